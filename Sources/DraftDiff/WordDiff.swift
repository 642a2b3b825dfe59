/// The word-level diff of two paragraph texts, as runs that read as phrases.
///
/// Texts are split by ``Tokenizer`` (punctuation is a token of its own, so "2015," → "2015;" is
/// one punctuation change), compared on token keys with ``MyersDiff``, then cleaned up so that
/// a short run of one or two function words or marks between two changes joins the change,
/// and each change reads as one deletion followed by one insertion.
///
/// Every run's text keeps the spacing of its source, including a leading space when its first
/// token had one, so joining the equal and delete runs gives back the old text and joining the
/// equal and insert runs the new text (up to whitespace: runs of spaces and line breaks fold to
/// one space; equal runs are spelt as in the new text, with a space where either text had one).
///
/// ```swift
/// WordDiff.changes(from: "Urge Member States to act;", to: "Call on Member States to act;")
/// // [delete "Urge", insert "Call on", equal " Member States to act;"]
/// ```
public enum WordDiff {
    /// The runs turning `old` into `new`. `maxEdits` bounds the exact search (see
    /// ``DraftDiffer/Options/maxWordEdits``).
    public static func changes(from old: String, to new: String, maxEdits: Int = 1_000) -> [WordChange] {
        let a = Tokenizer.tokens(old), b = Tokenizer.tokens(new)
        var ids: [String: Int32] = [:]
        func intern(_ token: Token) -> Int32 {
            if let id = ids[token.key] { return id }
            let id = Int32(ids.count)
            ids[token.key] = id
            return id
        }
        let aKeys = a.map(intern), bKeys = b.map(intern)
        return changes(old: a, oldKeys: aKeys, new: b, newKeys: bKeys, maxEdits: maxEdits) { o in
            a[o].isPunctuation || Vocabulary.stopWords.contains(a[o].key.lowercased())
        }
    }

    /// The runs turning the tokens `a` into `b`, given key ids that are equal exactly when the
    /// tokens' keys are (so that a differ that already tokenized and interned both paragraphs
    /// does not do it again). `absorbable(o)` says whether old token `o` is punctuation or a
    /// function word.
    static func changes(old a: [Token], oldKeys aKeys: [Int32], new b: [Token], newKeys bKeys: [Int32],
                        maxEdits: Int, absorbable: (Int) -> Bool) -> [WordChange] {
        let steps = MyersDiff.diff(aKeys, bKeys, maxEdits: max(1, maxEdits))
        var segments = DiffSegment.segments(from: steps, oldCount: a.count, newCount: b.count)
        segments = DiffSegment.cleanedUp(segments) { range in range.allSatisfy(absorbable) }
        var runs: [WordChange] = []
        for segment in segments {
            if segment.isEqual {
                // Spelt as in the new text, with a space where either text had one, so that
                // both rebuilds keep their words apart.
                var text = ""
                for (i, n) in segment.new.enumerated() {
                    let o = segment.old.lowerBound + i
                    if b[n].spaceBefore || (o < segment.old.upperBound && a[o].spaceBefore) { text += " " }
                    text += b[n].text
                }
                runs.append(WordChange(.equal, text))
            } else {
                if !segment.old.isEmpty { runs.append(WordChange(.delete, spelled(a[segment.old]))) }
                if !segment.new.isEmpty { runs.append(WordChange(.insert, spelled(b[segment.new]))) }
            }
        }
        return runs
    }

    /// Tokens joined as printed: a space before each token that had whitespace before it.
    static func spelled(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        for token in tokens {
            if token.spaceBefore { out += " " }
            out += token.text
        }
        return out
    }
}
