/// Word-level amendments that turn one paragraph's old text into its new text.
enum WordAmendments {
    /// Above this many separate changes, one replacement of the whole paragraph reads better.
    static let maximumHunks = 6
    /// Above this share of changed tokens, one replacement of the whole paragraph reads better.
    static let maximumChangedShare = 0.6

    /// The amendments to `citation` that turn `oldText` into `newText` (a final `;`, `.` or `,`
    /// is ignored): insertions, deletions and replacements of words, each quoting enough
    /// unchanged words to be unambiguous; or one replacement of the whole paragraph when the
    /// changes are many, or cannot be pinned down by quoting words.
    static func amendments(_ citation: ParagraphCitation, from oldText: String, to newText: String) -> [Amendment] {
        let oldTokens = Tokenizer.tokens(oldText)
        let newTokens = TokenText.droppingFinalMark(Tokenizer.tokens(newText))
        let oldBody = TokenText.droppingFinalMark(oldTokens)
        guard TokenText.keys(oldBody) != TokenText.keys(newTokens) else { return [] }
        let whole = [Amendment(.replaceParagraph(citation, with: [newText]))]

        let hunks = TokenDiff.hunks(oldBody, newTokens, joinGap: 2)
        let changed = hunks.reduce(0) { $0 + max($1.oldRange.count, $1.newRange.count) }
        if hunks.count > maximumHunks || Double(changed) > maximumChangedShare * Double(max(oldBody.count, newTokens.count)) {
            return whole
        }
        var current = oldTokens
        var delta = 0
        var result: [Amendment] = []
        let parser = AmendmentParser()
        for hunk in hunks {
            let start = hunk.oldRange.lowerBound + delta
            let inserted = Array(newTokens[hunk.newRange])
            guard let action = wording(citation, in: current, at: start, deleting: hunk.oldRange.count, inserting: inserted),
                  let edited = try? AmendmentWorkspace.editedTokens(current, by: action, line: 0) else { return whole }
            let amendment = Amendment(action)
            // The wording must read back as the same amendment (quotes inside quoted text).
            guard (try? parser.parseAmendment(amendment.wording))?.action == action else { return whole }
            result.append(amendment)
            current = edited
            delta += hunk.newRange.count - hunk.oldRange.count
        }
        guard TokenText.keys(TokenText.droppingFinalMark(current)) == TokenText.keys(newTokens) else { return whole }
        return result
    }

    /// One amendment replacing `count` tokens at `start` of `tokens` with `inserted`.
    static func wording(_ citation: ParagraphCitation, in tokens: [Token], at start: Int, deleting count: Int,
                        inserting inserted: [Token]) -> Amendment.Action? {
        let hasWord: (ArraySlice<Token>) -> Bool = { $0.contains { !$0.isPunctuation } }
        let unique: (ArraySlice<Token>) -> Bool = { TokenText.occurrences(of: Array($0), in: tokens).count == 1 }
        let insertedText = TokenText.render(inserted)
        if count == 0 {
            guard !inserted.isEmpty else { return nil }
            if start > 0 {
                for length in 1...start {
                    let anchor = tokens[(start - length)..<start]
                    if hasWord(anchor), unique(anchor) {
                        return .insertWords(citation, anchor: .after(TokenText.render(anchor)), words: insertedText)
                    }
                }
            }
            if start < tokens.count {
                for length in 1...(tokens.count - start) {
                    let anchor = tokens[start..<(start + length)]
                    if hasWord(anchor), unique(anchor) {
                        return .insertWords(citation, anchor: .before(TokenText.render(anchor)), words: insertedText)
                    }
                }
            }
            return nil
        }
        let end = start + count
        let maximum = tokens.count - count
        guard maximum >= 0 else { return nil }
        for total in 0...maximum {
            for left in stride(from: min(total, start), through: 0, by: -1) {
                let right = total - left
                guard end + right <= tokens.count else { continue }
                let segment = tokens[(start - left)..<(end + right)]
                guard hasWord(segment), unique(segment) else { continue }
                if total == 0, inserted.isEmpty {
                    return .deleteWords(citation, words: TokenText.render(segment))
                }
                let replacement = Array(tokens[(start - left)..<start]) + inserted + Array(tokens[end..<(end + right)])
                if replacement.isEmpty {
                    return .deleteWords(citation, words: TokenText.render(segment))
                }
                return .replaceWords(citation, old: TokenText.render(segment), new: TokenText.render(replacement))
            }
        }
        return nil
    }
}
