/// A fixed set of lowercase ASCII words looked up by bytes, ignoring ASCII case: FNV-1a hashing
/// and open addressing, so a lookup makes no string and runs no SipHash.
struct WordTable: Sendable {
    /// Index of the word in each slot, or -1.
    private let slots: [Int32]
    /// All words, concatenated; word k is `bytes[starts[k]..<starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let mask: Int

    init(_ words: Set<String>) {
        var capacity = 16
        while capacity < words.count * 3 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        for (k, word) in words.sorted().enumerated() {
            let utf8 = Array(word.utf8)
            bytes.append(contentsOf: utf8)
            starts.append(bytes.count)
            var slot = utf8.withUnsafeBufferPointer(Self.hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(k)
        }
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
        self.mask = capacity - 1
    }

    /// FNV-1a over the ASCII-lowercased bytes.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word {
            h ^= UInt64(ByteText.lower(b))
            h &*= 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// True when `word` (in any ASCII case) is in the table.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var slot = Self.hash(word) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return false }
            let start = starts[k]
            if starts[k + 1] - start == word.count {
                var same = true
                for j in 0..<word.count where ByteText.lower(word[j]) != bytes[start + j] {
                    same = false
                    break
                }
                if same { return true }
            }
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

    /// Cuts the next word: bytes up to a space, trimmed of what is not a letter or digit.
    private mutating func cutNext() -> Bool {
        func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var i = scan
        let count = bytes.count
        while i < count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < count else { scan = count; return false }
        var lower = i
        while i < count, bytes[i] != UInt8(ascii: " ") {
            if bytes[i] >= 0x80 { sawNonASCII = true }
            i += 1
        }
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
