/// Editing paragraph text as tokens, so that amendments match words whatever the spacing,
/// line breaks or quote style, and spacing stays natural around the words they change.
enum TokenText {
    /// The tokens joined back into text, one space where the source had whitespace.
    static func render<C: Collection>(_ tokens: C) -> String where C.Element == Token {
        var out = ""
        for token in tokens {
            if !out.isEmpty, token.spaceBefore { out += " " }
            out += token.text
        }
        return out
    }

    /// The comparison keys of `tokens`.
    static func keys<C: Collection>(_ tokens: C) -> [String] where C.Element == Token { tokens.map(\.key) }

    /// The start positions where `phrase` occurs in `tokens` (compared by key).
    static func occurrences(of phrase: [Token], in tokens: [Token]) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= tokens.count else { return [] }
        let needle = keys(phrase)
        let hay = keys(tokens)
        return (0...(hay.count - needle.count)).filter { start in
            hay[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// `tokens` with `range` replaced by `replacement`, the spacing at both seams made natural:
    /// no space before closing punctuation or after an opening bracket, none at the start.
    static func replacing(_ range: Range<Int>, in tokens: [Token], with replacement: [Token]) -> [Token] {
        var result = Array(tokens[..<range.lowerBound])
        var inserted = replacement
        if !inserted.isEmpty {
            if let replaced = tokens[range].first, replaced.key == inserted[0].key {
                inserted[0].spaceBefore = replaced.spaceBefore    // the seam is unchanged
            } else {
                inserted[0].spaceBefore = result.last.map { natural($0, inserted[0]) } ?? false
            }
        }
        let seamUnchanged = tokens[range].last?.key == inserted.last?.key
        result += inserted
        var rest = Array(tokens[range.upperBound...])
        if !rest.isEmpty {
            if result.isEmpty {
                rest[0].spaceBefore = false
            } else if let previous = result.last, !seamUnchanged {
                rest[0].spaceBefore = natural(previous, rest[0])
            }
        }
        if !result.isEmpty { result[0].spaceBefore = false }
        return result + rest
    }

    /// Whether a space belongs between `previous` and `next`.
    static func natural(_ previous: Token, _ next: Token) -> Bool {
        if let first = next.key.first, next.isPunctuation, ",;.:)]?!%".contains(first) { return false }
        if let last = previous.key.last, previous.isPunctuation, "([".contains(last) { return false }
        return true
    }

    /// `tokens` without a final `;`, `.` or `,`: the mark that changes with a paragraph's place.
    static func droppingFinalMark(_ tokens: [Token]) -> [Token] {
        guard let last = tokens.last, isFinalMark(last) else { return tokens }
        return Array(tokens.dropLast())
    }

    /// True for a `;`, `.` or `,` token: the mark that changes with a paragraph's place.
    static func isFinalMark(_ token: Token) -> Bool {
        [";", ".", ","].contains(token.key) && token.isPunctuation
    }
}
