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
        var oldText = old, newText = new
        return oldText.withUTF8 { aBytes in
            newText.withUTF8 { bBytes in
                var a: [TokenSpan] = [], b: [TokenSpan] = []
                Tokenizer.appendSpans(of: aBytes, in: 0..<aBytes.count, to: &a)
                Tokenizer.appendSpans(of: bBytes, in: 0..<bBytes.count, to: &b)
                var vocabulary = Vocabulary()
                let aKeys = a.map { vocabulary.id(of: $0, in: aBytes) }
                let bKeys = b.map { vocabulary.id(of: $0, in: bBytes) }
                let isStopWord = vocabulary.isStopWord
                return changes(old: a, oldKeys: aKeys, in: aBytes, new: b, newKeys: bKeys, in: bBytes,
                               maxEdits: maxEdits) { o in a[o].isPunctuation || isStopWord[Int(aKeys[o])] }
            }
        }
    }

    /// The runs turning the tokens `a` (spans of `aBytes`) into `b` (spans of `bBytes`), given
    /// key ids that are equal exactly when the tokens' keys are (so that a differ that already
    /// tokenized and interned both paragraphs does not do it again). `absorbable(o)` says
    /// whether old token `o` is punctuation or a function word.
    static func changes(old a: [TokenSpan], oldKeys aKeys: [Int32], in aBytes: UnsafeBufferPointer<UInt8>,
                        new b: [TokenSpan], newKeys bKeys: [Int32], in bBytes: UnsafeBufferPointer<UInt8>,
                        maxEdits: Int, absorbable: (Int) -> Bool) -> [WordChange] {
        let steps = MyersDiff.diff(aKeys, bKeys, maxEdits: max(1, maxEdits))
        var segments = DiffSegment.segments(from: steps, oldCount: a.count, newCount: b.count)
        segments = DiffSegment.cleanedUp(segments) { range in range.allSatisfy(absorbable) }
        var runs: [WordChange] = []
        runs.reserveCapacity(2 * segments.count)
        for segment in segments {
            if segment.isEqual {
                // Spelt as in the new text, with a space where either text had one, so that
                // both rebuilds keep their words apart.
                runs.append(WordChange(.equal, spelled(b[segment.new], in: bBytes, orSpacedLike: a[segment.old])))
            } else {
                if !segment.old.isEmpty { runs.append(WordChange(.delete, spelled(a[segment.old], in: aBytes))) }
                if !segment.new.isEmpty { runs.append(WordChange(.insert, spelled(b[segment.new], in: bBytes))) }
            }
        }
        return runs
    }

    /// Tokens joined as printed: each token's text from `bytes`, after a space when whitespace
    /// preceded it — or preceded the token at the same offset in `others`. Written straight
    /// into the string's storage.
    private static func spelled(_ tokens: ArraySlice<TokenSpan>, in bytes: UnsafeBufferPointer<UInt8>,
                                orSpacedLike others: ArraySlice<TokenSpan> = []) -> String {
        func spaced(_ k: Int, _ token: TokenSpan) -> Bool {
            token.spaceBefore || (k < others.count && others[others.startIndex + k].spaceBefore)
        }
        var length = 0
        for (k, token) in tokens.enumerated() { length += (spaced(k, token) ? 1 : 0) + token.end - token.start }
        return String(unsafeUninitializedCapacity: length) { out in
            guard let to = out.baseAddress, let from = bytes.baseAddress else { return 0 }
            var n = 0
            for (k, token) in tokens.enumerated() {
                if spaced(k, token), n < out.count {
                    to[n] = 0x20
                    n += 1
                }
                let count = min(token.end - token.start, out.count - n)
                guard count > 0, token.start >= 0, token.start + count <= bytes.count else { continue }
                (to + n).initialize(from: from + token.start, count: count)
                n += count
            }
            return n
        }
    }
}
