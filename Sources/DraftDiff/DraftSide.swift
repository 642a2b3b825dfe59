import ClauseTree

/// One draft as the differ reads it. Paragraphs are numbered by position (preamble, then
/// operative, 0-based). For each: its ``Paragraph/fullText`` as UTF-8, its canonical form (see
/// ``CanonicalText``) and that form's hash, for exact matching; and — once ``analyse(_:with:)``
/// ran, which only paragraphs left over by exact matching need — its tokens, key ids and words.
///
/// Everything lives in a few flat arrays with per-paragraph ranges rather than in a value per
/// paragraph: tens of thousands of paragraphs cost a handful of allocations, and passing a side
/// around copies no paragraph.
struct DraftSide: Sendable {
    /// The preambular paragraphs (the resolution's own array, not a copy).
    let preamble: [Paragraph]
    /// The operative paragraphs.
    let operative: [Paragraph]
    /// Full texts back to back, then the canonical forms that are not a prefix of their text.
    private(set) var bytes: [UInt8] = []
    /// Paragraph p's full text is `bytes[textStarts[p] ..< textStarts[p + 1]]`.
    private var textStarts: [Int] = [0]
    /// Paragraph p's canonical form is `bytes[canonicalStarts[p] ..< canonicalEnds[p]]`.
    private var canonicalStarts: [Int] = []
    private var canonicalEnds: [Int] = []
    /// ``CanonicalText/hash(_:)`` of each paragraph's canonical form.
    private(set) var hashes: [UInt64] = []
    /// The paragraphs by ``hashes``, for exact matching.
    private(set) var occurrences = TextOccurrences([])

    /// The tokens of the analysed paragraphs, back to back (spans of ``bytes``), and their key ids.
    private(set) var tokens: [TokenSpan] = []
    private(set) var tokenKeys: [Int32] = []
    /// Lowercased word ids (punctuation and the final mark left out) of the analysed paragraphs,
    /// back to back in text order; `bags` holds the same runs, each sorted (word multisets).
    private var wordIDs: [Int32] = []
    private var bags: [Int32] = []
    /// Paragraph p's run of ``tokens`` and of `wordIDs`/`bags`: empty until analysed.
    private var tokenRanges: [Range<Int>]
    private var wordRanges: [Range<Int>]
    /// True once ``analyse(_:with:)`` (or ``collectWords(_:with:)``) ran for the paragraph.
    private(set) var isAnalysed: [Bool]
    /// True once the paragraph's tokens are interned (by ``intern(_:with:)``).
    private var isInterned: [Bool]
    /// True once the paragraph's tokens are made (by ``tokenize(_:)`` or ``analyse(_:with:)``).
    private var isTokenized: [Bool]

    /// The paragraphs of `resolution`, with their texts, canonical forms and hashes.
    init(_ resolution: Resolution) {
        preamble = resolution.preamble
        operative = resolution.operative
        let count = preamble.count + operative.count
        tokenRanges = Array(repeating: 0..<0, count: count)
        wordRanges = Array(repeating: 0..<0, count: count)
        isAnalysed = Array(repeating: false, count: count)
        isInterned = Array(repeating: false, count: count)
        isTokenized = Array(repeating: false, count: count)
        // Sized first, then filled by copying each text's bytes: appending them one paragraph
        // at a time costs more in growth checks than the copying itself.
        textStarts.reserveCapacity(count + 1)
        var length = 0
        for i in preamble.indices { length += Self.fullTextLength(preamble[i].text, preamble[i].children) }
        for i in operative.indices { length += Self.fullTextLength(operative[i].text, operative[i].children) }
        bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            for i in preamble.indices {
                Self.writeFullText(preamble[i].text, preamble[i].children, to: buffer, at: &initialized)
                textStarts.append(initialized)
            }
            for i in operative.indices {
                Self.writeFullText(operative[i].text, operative[i].children, to: buffer, at: &initialized)
                textStarts.append(initialized)
            }
        }
        canonicalStarts.reserveCapacity(count)
        canonicalEnds.reserveCapacity(count)
        hashes.reserveCapacity(count)
        var folded: [UInt8] = []
        bytes.withUnsafeBufferPointer { all in
            for p in 0..<count {
                let text = UnsafeBufferPointer(rebasing: all[textStarts[p]..<textStarts[p + 1]])
                if let (length, hash) = CanonicalText.plain(text) {
                    canonicalStarts.append(textStarts[p])
                    canonicalEnds.append(textStarts[p] + length)
                    hashes.append(hash)
                } else {
                    // Offsets past the texts, where the folded forms are appended below.
                    let start = folded.count
                    CanonicalText.appendFolded(text, to: &folded)
                    canonicalStarts.append(all.count + start)
                    canonicalEnds.append(all.count + folded.count)
                    hashes.append(folded.withUnsafeBufferPointer {
                        CanonicalText.hash(UnsafeBufferPointer(rebasing: $0[start...]))
                    })
                }
            }
        }
        bytes += folded
        occurrences = TextOccurrences(hashes)
    }

    /// The UTF-8 length of ``Paragraph/fullText`` of a paragraph with `text` and `children`.
    private static func fullTextLength(_ text: String, _ children: [Paragraph]) -> Int {
        var length = text.utf8.count
        for k in children.indices {
            length += 4 + marker(children[k].number, children[k].index).utf8.count
            length += fullTextLength(children[k].text, children[k].children)
        }
        return length
    }

    /// Writes ``Paragraph/fullText`` of a paragraph with `text` and `children` — its text, then
    /// each child's " (marker) " and full text — as UTF-8 into `buffer` from `offset`, without
    /// making the joined string; `offset` ends after it. Stops at the end of `buffer`.
    private static func writeFullText(_ text: String, _ children: [Paragraph], to buffer: UnsafeMutableBufferPointer<UInt8>,
                                      at offset: inout Int) {
        write(text, to: buffer, at: &offset)
        for k in children.indices {
            write(" (", to: buffer, at: &offset)
            write(marker(children[k].number, children[k].index), to: buffer, at: &offset)
            write(") ", to: buffer, at: &offset)
            writeFullText(children[k].text, children[k].children, to: buffer, at: &offset)
        }
    }

    /// The marker ``Paragraph/fullText`` prints for a child: its number, or else its index.
    private static func marker(_ number: String?, _ index: Int) -> String { number ?? String(index) }

    /// Copies the UTF-8 bytes of `text` into `buffer` from `offset` (as many as fit).
    @inline(__always)
    private static func write(_ text: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int) {
        func copy(_ source: UnsafeBufferPointer<UInt8>) {
            let n = min(source.count, buffer.count - offset)
            guard n > 0, let from = source.baseAddress, let to = buffer.baseAddress else { return }
            (to + offset).initialize(from: from, count: n)
            offset += n
        }
        // Native strings lend their bytes in place; anything else is copied out first.
        if text.utf8.withContiguousStorageIfAvailable(copy) == nil { Array(text.utf8).withUnsafeBufferPointer(copy) }
    }

    /// The number of paragraphs.
    var count: Int { hashes.count }

    // Paragraph fields are read one by one through the array (`preamble[i].number`): handing
    // out the paragraph itself would copy it, retaining each of its fields.

    /// Whether paragraph `p` is in the preamble, and its index in its section's array.
    @inline(__always)
    private func locate(_ p: Int) -> (preamble: Bool, index: Int) {
        p < preamble.count ? (true, p) : (false, p - preamble.count)
    }

    /// The section paragraph `p` belongs to.
    func section(_ p: Int) -> Section {
        let (pre, i) = locate(p)
        return pre ? preamble[i].section : operative[i].section
    }

    /// Paragraph `p`'s 1-based position in its section.
    func index(_ p: Int) -> Int {
        let (pre, i) = locate(p)
        return pre ? preamble[i].index : operative[i].index
    }

    /// Paragraph `p`'s printed number, if any.
    func number(_ p: Int) -> String? {
        let (pre, i) = locate(p)
        return pre ? preamble[i].number : operative[i].number
    }

    /// Paragraph `p`'s leading phrase.
    func lead(_ p: Int) -> String {
        let (pre, i) = locate(p)
        return pre ? preamble[i].lead : operative[i].lead
    }

    /// The reference to paragraph `p`.
    func ref(_ p: Int) -> ParagraphRef {
        let (pre, i) = locate(p)
        return ParagraphRef(section: section(p), index: index(p), number: number(p),
                            id: pre ? preamble[i].id : operative[i].id)
    }

    /// The bytes of paragraph `p`'s full text.
    func textRange(_ p: Int) -> Range<Int> { textStarts[p]..<textStarts[p + 1] }

    /// Paragraph `p`'s canonical form within `bytes`, which must be this side's ``bytes``.
    func canonical(_ p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[canonicalStarts[p]..<canonicalEnds[p]])
    }
}

extension DraftSide {
    /// Makes the tokens of those of `paragraphs` not tokenized yet: the part of the analysis
    /// that needs nothing but this side, so that both sides can do it at the same time.
    mutating func tokenize(_ paragraphs: [Int]) {
        var tokens = self.tokens, tokenRanges = self.tokenRanges, isTokenized = self.isTokenized
        self.tokens = []
        let textLength = paragraphs.reduce(0) { $0 + (isTokenized[$1] ? 0 : textRange($1).count) }
        tokens.reserveCapacity(tokens.count + textLength / 5)
        bytes.withUnsafeBufferPointer { all in
            for p in paragraphs where !isTokenized[p] {
                isTokenized[p] = true
                let tokenStart = tokens.count
                Tokenizer.appendSpans(of: all, in: textRange(p), to: &tokens)
                tokenRanges[p] = tokenStart..<tokens.count
            }
        }
        self.tokens = tokens
        self.tokenRanges = tokenRanges
        self.isTokenized = isTokenized
    }

    /// Tokenizes those of `paragraphs` not analysed yet (unless ``tokenize(_:)`` did), interns
    /// their tokens into `vocabulary` and collects their words. Ids are given in the order of
    /// `paragraphs`.
    mutating func analyse(_ paragraphs: [Int], with vocabulary: inout Vocabulary) {
        intern(paragraphs, with: &vocabulary)
        collectWords(paragraphs, with: vocabulary)
    }

    /// The first half of ``analyse(_:with:)``: tokenizes those of `paragraphs` not interned yet
    /// (unless ``tokenize(_:)`` did) and interns their tokens into `vocabulary`, in the order of
    /// `paragraphs`.
    mutating func intern(_ paragraphs: [Int], with vocabulary: inout Vocabulary) {
        tokenize(paragraphs)
        // Built in a local and put back, so that the loop touches no property of `self` (and
        // the array stays uniquely referenced).
        var tokenKeys = self.tokenKeys
        self.tokenKeys = []
        // Keys sit at their tokens' positions; tokens made but not interned yet have none.
        tokenKeys.append(contentsOf: repeatElement(-1, count: tokens.count - tokenKeys.count))
        bytes.withUnsafeBufferPointer { all in
            for p in paragraphs where !isInterned[p] {
                isInterned[p] = true
                for k in tokenRanges[p] { tokenKeys[k] = vocabulary.id(of: tokens[k], in: all) }
            }
        }
        self.tokenKeys = tokenKeys
    }

    /// Replaces every key id `k` given so far by `ids[k]`: after this side was interned into a
    /// vocabulary of its own that another then absorbed (``Vocabulary/absorb(_:)`` returns
    /// `ids`). Only before words are collected, which are made of key ids.
    mutating func renumberKeys(_ ids: [Int32]) {
        var tokenKeys = self.tokenKeys
        self.tokenKeys = []
        for k in tokenKeys.indices where tokenKeys[k] >= 0 { tokenKeys[k] = ids[Int(tokenKeys[k])] }
        self.tokenKeys = tokenKeys
    }

    /// The second half of ``analyse(_:with:)``: the words and word multisets of those of
    /// `paragraphs` (all interned into `vocabulary`) not analysed yet.
    mutating func collectWords(_ paragraphs: [Int], with vocabulary: Vocabulary) {
        // Built in locals and put back, so that the loops touch no property of `self`.
        var wordIDs = self.wordIDs, wordRanges = self.wordRanges, isAnalysed = self.isAnalysed
        (self.wordIDs, self.wordRanges, self.isAnalysed) = ([], [], [])
        let firstNew = wordIDs.count
        // At most one word per token.
        wordIDs.reserveCapacity(paragraphs.reduce(firstNew) { isAnalysed[$1] ? $0 : $0 + tokenRanges[$1].count })
        var collected: [Int] = []
        tokenKeys.withUnsafeBufferPointer { keys in
            vocabulary.isPunctuation.withUnsafeBufferPointer { isPunctuation in
                vocabulary.lowered.withUnsafeBufferPointer { lowered in
                    for p in paragraphs where !isAnalysed[p] {
                        isAnalysed[p] = true
                        collected.append(p)
                        let range = tokenRanges[p]
                        // Words: the keys but the final mark, punctuation left out, lowercased.
                        let wordStart = wordIDs.count
                        for k in range.lowerBound..<Self.endBeforeFinalMark(range, of: keys) {
                            let key = Int(keys[k])
                            if !isPunctuation[key] { wordIDs.append(lowered[key]) }
                        }
                        wordRanges[p] = wordStart..<wordIDs.count
                    }
                }
            }
        }
        // The multisets: the same runs, each sorted.
        var bags = self.bags
        self.bags = []
        bags += wordIDs[firstNew...]
        bags.withUnsafeMutableBufferPointer { bags in
            for p in collected { SmallSort.sort(UnsafeMutableBufferPointer(rebasing: bags[wordRanges[p]])) }
        }
        (self.wordIDs, self.bags, self.wordRanges, self.isAnalysed) = (wordIDs, bags, wordRanges, isAnalysed)
    }

    /// Key ids of every token of analysed paragraph `p`, the final ";" "," or "." left out.
    func keys(_ p: Int) -> ArraySlice<Int32> {
        let range = tokenRanges[p]
        return tokenKeys[range.lowerBound..<Self.endBeforeFinalMark(range, of: tokenKeys)]
    }

    /// The end of the run `range` of `keys` once a final ";" "," or "." is left out.
    private static func endBeforeFinalMark<Keys: RandomAccessCollection<Int32>>(_ range: Range<Int>, of keys: Keys) -> Int
        where Keys.Index == Int {
        if let last = range.last, Vocabulary.isFinalMark(keys[last]) { return last }
        return range.upperBound
    }

    /// The tokens of analysed paragraph `p` (final mark included).
    func tokenRange(_ p: Int) -> Range<Int> { tokenRanges[p] }

    /// Lowercased word ids of analysed paragraph `p` (punctuation left out), in text order.
    func words(_ p: Int) -> ArraySlice<Int32> { wordIDs[wordRanges[p]] }

    /// ``words(_:)`` sorted: the word multiset, for similarity scores.
    func bag(_ p: Int) -> ArraySlice<Int32> { bags[wordRanges[p]] }
}
