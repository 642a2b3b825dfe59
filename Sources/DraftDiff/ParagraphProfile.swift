import ClauseTree

/// What the aligner knows about one top-level paragraph: its place in the document, its
/// layout-free text for exact matching, and — once ``analyse(with:)`` ran, which only
/// paragraphs left over by exact matching need — its words as numbers.
struct ParagraphProfile {
    /// Position in the document, preamble then operative, 0-based.
    var position: Int
    /// The paragraph itself.
    var paragraph: Paragraph
    /// ``Paragraph/fullText`` (the paragraph's own text, not a copy, when it has no
    /// sub-paragraphs; those are made again on each use rather than held by every profile).
    var fullText: String { paragraph.fullText }
    /// The canonical form when it is not simply the first ``canonicalLength`` bytes of
    /// ``fullText`` (which it is for plain text: then no copy is kept).
    private let folded: [UInt8]?
    /// The length of the canonical form in bytes.
    private let canonicalLength: Int
    /// ``hash(_:)`` of ``canonical``.
    var canonicalHash: UInt64
    /// Key ids of every token of ``Paragraph/fullText``, final ";" "," or "." left out.
    private(set) var keys: [Int32] = []
    /// The tokens of ``Paragraph/fullText`` and their key ids (final mark included), kept for
    /// the word diff so that a paragraph is tokenized once.
    private(set) var tokens: [Token] = []
    private(set) var tokenKeys: [Int32] = []
    /// Lowercased word ids (punctuation left out), in text order.
    private(set) var words: [Int32] = []
    /// ``words`` sorted: the word multiset, for similarity scores.
    private(set) var bag: [Int32] = []
    /// True once ``analyse(with:)`` ran.
    private(set) var isAnalysed = false

    /// Profiles of every top-level paragraph of `resolution`.
    static func profiles(of resolution: Resolution) -> [ParagraphProfile] {
        // Straight from both sections: `paragraphs` would copy them into one array first.
        var profiles: [ParagraphProfile] = []
        profiles.reserveCapacity(resolution.preamble.count + resolution.operative.count)
        for paragraph in resolution.preamble {
            profiles.append(ParagraphProfile(position: profiles.count, paragraph: paragraph))
        }
        for paragraph in resolution.operative {
            profiles.append(ParagraphProfile(position: profiles.count, paragraph: paragraph))
        }
        return profiles
    }

    /// Profiles `paragraph` standing at `position`.
    init(position: Int, paragraph: Paragraph) {
        self.position = position
        self.paragraph = paragraph
        var text = paragraph.fullText
        let (folded, length, hash) = text.withUTF8 { bytes in
            if let n = Self.plainCanonicalLength(bytes) {
                return ([UInt8]?.none, n, Self.hash(UnsafeBufferPointer(rebasing: bytes[..<n])))
            }
            let folded = Self.canonicalForm(bytes)
            return (folded, folded.count, folded.withUnsafeBufferPointer { Self.hash($0) })
        }
        self.folded = folded
        self.canonicalLength = length
        self.canonicalHash = hash
    }

    /// ``Paragraph/fullText`` in canonical form (see ``canonicalForm(_:)``).
    var canonical: [UInt8] {
        withCanonical { Array($0) }
    }

    /// Calls `body` with the canonical form's bytes, without copying them.
    func withCanonical<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let folded { return folded.withUnsafeBufferPointer(body) }
        var text = fullText
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[..<min(canonicalLength, $0.count)])) }
    }

    /// True when `other` has the same canonical form.
    func hasSameCanonical(as other: ParagraphProfile) -> Bool {
        guard canonicalLength == other.canonicalLength else { return false }
        return withCanonical { a in other.withCanonical { b in Self.bytesEqual(a, b) } }
    }

    /// Tokenizes the text and interns its tokens into `vocabulary`.
    mutating func analyse(with vocabulary: inout Vocabulary) {
        guard !isAnalysed else { return }
        isAnalysed = true
        tokens = Tokenizer.tokens(fullText)
        tokenKeys = vocabulary.ids(for: tokens)
        var keys = tokenKeys
        if let last = keys.last, Vocabulary.finalMarks.contains(last) {
            keys.removeLast()
        }
        self.keys = keys
        var words: [Int32] = []
        words.reserveCapacity(keys.count)
        for key in keys where !vocabulary.isPunctuation[Int(key)] {
            words.append(vocabulary.lowered[Int(key)])
        }
        self.words = words
        self.bag = words.sorted()
    }

    /// Frees what ``analyse(with:)`` made, once nothing will read it again (``isAnalysed``
    /// stays true).
    mutating func releaseAnalysis() {
        keys = []
        tokens = []
        tokenKeys = []
        words = []
        bag = []
    }

    /// `text` as UTF-8 with layout removed: white space runs folded to one space and trimmed,
    /// curly quotes and dashes folded as ``Tokenizer`` folds them, and one final ";", "," or "."
    /// dropped. Two texts with the same canonical form have the same tokens (the converse
    /// does not always hold: "word ," and "word," differ here but not in tokens).
    static func canonicalForm(_ text: String) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { bytes in
            if let n = plainCanonicalLength(bytes) { return Array(UnsafeBufferPointer(rebasing: bytes[..<n])) }
            return canonicalForm(bytes)
        }
    }

    /// The parser's paragraphs are nearly always plain already: ASCII, single spaces, no
    /// control characters, trimmed. Then the canonical form is the text, final mark aside: its
    /// length, or nil when `bytes` are not plain (see ``isPlain(_:)``).
    static func plainCanonicalLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isPlain(bytes) else { return nil }
        var n = bytes.count
        if n > 0, bytes[n - 1] == UInt8(ascii: ";") || bytes[n - 1] == UInt8(ascii: ",") || bytes[n - 1] == UInt8(ascii: ".") {
            n -= 1
            if n > 0, bytes[n - 1] == 0x20 { n -= 1 }
        }
        return n
    }

    /// ``canonicalForm(_:)`` of UTF-8 `bytes` that are not plain, folded byte by byte.
    static func canonicalForm(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // At most one byte per input byte: folding only shortens, spaces only collapse.
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            var n = 0
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    // ASCII fast path.
                    i += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    out[n] = byte
                    n += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(i + length, bytes.count)
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                i = end
                for scalar in piece.unicodeScalars {
                    if Tokenizer.isWhitespace(scalar) {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    for unit in String(Tokenizer.fold(scalar)).utf8 where n < out.count {
                        out[n] = unit
                        n += 1
                    }
                }
            }
            if n > 0, out[n - 1] == UInt8(ascii: ";") || out[n - 1] == UInt8(ascii: ",") || out[n - 1] == UInt8(ascii: ".") {
                n -= 1
                if n > 0, out[n - 1] == 0x20 { n -= 1 }
            }
            count = n
        }
    }

    /// True when `bytes` are ASCII without control characters, do not start or end with a
    /// space and have no two spaces in a row: text that ``canonicalForm(_:)`` leaves as it is
    /// (but for the final mark). Eight bytes at a time.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard first != 0x20, last != 0x20, let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        var previousSpace = false
        while i + 8 <= bytes.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Not ASCII, or a byte below 0x20 (the classic "has less than" test).
            if w & highs != 0 || (w &- ones &* 0x20) & ~w & highs != 0 { return false }
            // 0x80 exactly in each byte that is a space.
            let x = w ^ (ones &* 0x20)
            let spaces = ~(((x & lows) &+ lows) | x | lows)
            if spaces & (spaces >> 8) != 0 { return false }
            if previousSpace, spaces & 0x80 != 0 { return false }
            previousSpace = spaces >> 63 != 0
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 || b < 0x20 || (b == 0x20 && previousSpace) { return false }
            previousSpace = b == 0x20
            i += 1
        }
        return true
    }

    /// A well-mixed 64-bit hash of ``canonical``, for bucketing; equality is checked on the
    /// bytes. Eight bytes at a time, then a final avalanche (MurmurHash3's `fmix64`), so that
    /// every bit of the result depends on every byte.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// ``hash(_:)`` of bytes in place.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        let tail = ByteWords.forEach(in: UnsafeRawBufferPointer(bytes)) { word in
            h = (h ^ word) &* multiplier
            h ^= h >> 29
        }
        h = (h ^ tail) &* multiplier
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// True when `a` and `b` hold the same bytes; eight at a time.
    static func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.isEmpty }
        var i = 0
        while i + 8 <= a.count {
            if UnsafeRawPointer(pa + i).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(pb + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < a.count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}

extension Vocabulary {
    /// Ids of ";", "," and ".", interned first by ``seeded()``: the final mark that only says
    /// whether a paragraph is last, and so is left out when paragraphs are matched.
    static let finalMarks: Set<Int32> = [0, 1, 2]

    /// A vocabulary whose first ids are the final marks ";", "," and ".".
    static func seeded() -> Vocabulary {
        var vocabulary = Vocabulary()
        _ = vocabulary.id(for: ";", punctuation: true)
        _ = vocabulary.id(for: ",", punctuation: true)
        _ = vocabulary.id(for: ".", punctuation: true)
        return vocabulary
    }
}
