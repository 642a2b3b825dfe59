/// The word lists of ``LeadingPhrase`` a word belongs to: one lookup answers for every list.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    static let modifier = WordFlags(rawValue: 1 << 0)
    static let complementCore = WordFlags(rawValue: 1 << 1)
    static let noteFeeling = WordFlags(rawValue: 1 << 2)
    static let noteIntensifier = WordFlags(rawValue: 1 << 3)
    static let noteFeelingNoun = WordFlags(rawValue: 1 << 4)
    static let expressAdjective = WordFlags(rawValue: 1 << 5)
    static let expressNoun = WordFlags(rawValue: 1 << 6)
    static let preambular = WordFlags(rawValue: 1 << 7)
    static let operative = WordFlags(rawValue: 1 << 8)
    static let knownParticiple = WordFlags(rawValue: 1 << 9)
    /// "we", which opens the phrase "We …": the first word's lookup answers for it too.
    static let we = WordFlags(rawValue: 1 << 10)
    /// "it", which opens the phrase "It is resolved …".
    static let it = WordFlags(rawValue: 1 << 11)
}

/// Lowercase ASCII words of at most 16 bytes, each with the lists it is in, looked up by bytes
/// ignoring ASCII case. A word is packed (lowercased) into two 64-bit integers, hashed with two
/// multiplications and compared as two integers: a lookup makes no string, runs no SipHash and
/// compares no bytes one by one.
struct WordTable: Sendable {
    /// The longest word the table can hold (two 64-bit integers).
    static let maximumLength = 16

    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// 0 for an empty slot.
        var length = 0
        var flags = WordFlags()
    }

    private let slots: [Slot]
    private let mask: Int

    /// A table of the words of every list, each word flagged with the lists it is in.
    init(_ lists: [(words: Set<String>, flags: WordFlags)]) {
        var merged: [String: WordFlags] = [:]
        for list in lists {
            for word in list.words { merged[word, default: []].formUnion(list.flags) }
        }
        var capacity = 16
        while capacity < merged.count * 4 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (word, flags) in merged {
            let packed = Array(word.utf8).withUnsafeBufferPointer(Self.pack)
            // The lists are fixed lowercase ASCII literals of up to 16 bytes.
            precondition(packed != nil && word.utf8.allSatisfy { $0 < 0x80 }, "word table: \(word)")
            guard let packed else { continue }
            var slot = Self.hash(packed) & (capacity - 1)
            while slots[slot].length != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(low: packed.low, high: packed.high, length: packed.length, flags: flags)
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The ASCII-lowercased bytes of `word` in two integers (byte j at bits 8 × (j mod 8)), or
    /// nil for an empty word or one longer than ``maximumLength``. Loaded and lowercased eight
    /// bytes at a time (``ByteWords``).
    @inline(__always)
    private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64, length: Int)? {
        let n = word.count
        guard n > 0, n <= maximumLength, let base = word.baseAddress else { return nil }
        let low = ByteWords.lower(ByteWords.load(base, count: min(n, 8)))
        let high = n > 8 ? ByteWords.lower(ByteWords.load(base + 8, count: n - 8)) : 0
        return (low, high, n)
    }

    @inline(__always)
    private static func hash(_ packed: (low: UInt64, high: UInt64, length: Int)) -> Int {
        var h = (packed.low ^ UInt64(truncatingIfNeeded: packed.length)) &* 0x9E37_79B9_7F4A_7C15
        h ^= packed.high &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The lists `word` (in any ASCII case) is in; empty when it is in none.
    func flags(_ word: UnsafeBufferPointer<UInt8>) -> WordFlags {
        guard let packed = Self.pack(word) else { return [] }
        var slot = Self.hash(packed) & mask
        while true {
            let entry = slots[slot]
            if entry.length == 0 { return [] }
            if entry.low == packed.low, entry.high == packed.high, entry.length == packed.length { return entry.flags }
            slot = (slot + 1) & mask
        }
    }
}

/// The first words (at most eight) of a paragraph as ranges of bytes, for ``LeadingPhrase``.
/// On the ASCII path the words are cut at spaces and trimmed of punctuation only as far as
/// they are asked for: most phrases are decided on the first word or two.
struct PhraseWords {
    static let limit = 8
    let bytes: UnsafeBufferPointer<UInt8>
    /// Storage for `limit` ranges; the first `found` are set.
    private let ranges: UnsafeMutableBufferPointer<Range<Int>>
    private(set) var found: Int
    /// Where cutting continues; `bytes.count` once all words are found.
    private var scan: Int
    /// True when a word cut so far has a byte that is not ASCII.
    private(set) var sawNonASCII = false

    /// Words cut from `bytes` on demand; `storage` holds at least `limit` ranges.
    init(cutting bytes: UnsafeBufferPointer<UInt8>, storage: UnsafeMutableBufferPointer<Range<Int>>) {
        self.bytes = bytes
        self.ranges = storage
        self.found = 0
        self.scan = 0
    }

    /// Words already cut: `storage[..<count]` are ranges of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, storage: UnsafeMutableBufferPointer<Range<Int>>, count: Int) {
        self.bytes = bytes
        self.ranges = storage
        self.found = count
        self.scan = bytes.count
    }

    /// True when there is a word `k` (cutting words up to it).
    mutating func has(_ k: Int) -> Bool {
        while found <= k, found < Self.limit, cutNext() {}
        return k < found
    }

    /// True when there is a word `k + 1`, word `k` being there. When word `k` is the last one
    /// cut, the next is only looked for (a byte that is not a space after it), not cut: most
    /// phrases ask whether a second word follows the first and never read it.
    mutating func hasWord(after k: Int) -> Bool {
        guard k + 1 == found, found < Self.limit else { return has(k + 1) }
        var i = scan
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        return i < bytes.count
    }

    /// Cuts the next word: bytes up to a space, trimmed of what is not a letter or digit.
    private mutating func cutNext() -> Bool {
        func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        // Locals: the loops then keep the buffer in registers (no reload after each store).
        let bytes = self.bytes
        var i = scan
        let count = bytes.count
        while i < count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < count else { scan = count; return false }
        var lower = i
        // The OR of the word's bytes: its high bit tells whether one is not ASCII.
        var all: UInt8 = 0
        while i < count {
            let b = bytes[i]
            if b == UInt8(ascii: " ") { break }
            all |= b
            i += 1
        }
        if all >= 0x80 { sawNonASCII = true }
        scan = i
        var upper = i
        while lower < upper, !keep(bytes[lower]) { lower += 1 }
        while upper > lower, !keep(bytes[upper - 1]) { upper -= 1 }
        ranges[found] = lower..<upper
        found += 1
        return true
    }

    /// Word `k`, which ``has(_:)`` has found.
    func word(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[ranges[k]])
    }

    /// The first `length` words (all found) as printed, joined by single spaces.
    func joined(_ length: Int) -> String {
        let words = UnsafeBufferPointer(rebasing: ranges[..<length])
        let size = words.reduce(max(0, length - 1)) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var at = 0
            for (k, range) in words.enumerated() {
                if k > 0 { buffer[at] = UInt8(ascii: " "); at += 1 }
                for b in bytes[range] { buffer[at] = b; at += 1 }
            }
            return at
        }
    }

    /// The bytes of the first `length` words (all found) when they are ``joined(_:)`` as they
    /// stand: each word ends where a single space before the next starts (nothing trimmed
    /// between them). Nil otherwise, and for no words.
    func span(_ length: Int) -> Range<Int>? {
        guard length > 0 else { return nil }
        for k in 1..<length where ranges[k - 1].upperBound + 1 != ranges[k].lowerBound { return nil }
        // A word cut at a space and not trimmed at its end ends at that space, and the next word
        // starts right after it only when it was not trimmed at its start either.
        return ranges[0].lowerBound..<ranges[length - 1].upperBound
    }

    /// True when there is a word `k` and it is `literal` (ignoring ASCII case).
    mutating func isWord(_ k: Int, _ literal: StaticString) -> Bool {
        has(k) && Self.equal(word(k), literal)
    }

    /// `word` equals the lowercase `literal`, ignoring ASCII case.
    static func equal(_ word: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard word.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { l in
            for j in 0..<l.count where ByteText.lower(word[j]) != l[j] { return false }
            return true
        }
    }
}
