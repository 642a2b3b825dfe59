/// The leading phrases of one parse, made strings once: the phrase strings are shared
/// (``StringInterner``), and a paragraph whose phrase is its first word alone ("Recalling",
/// "Urges", "Aware,") is answered from that word as printed when it was seen before
/// (``FirstWordLeads``), one whose phrase is decided by its first two to four words ("Deeply
/// concerned", "Calls upon", "Noting with concern") from those words as printed
/// (``PhraseLeads``), without the phrase rules.
struct Leads {
    /// The phrase strings.
    var strings = StringInterner()
    /// Phrases that are the first word alone, by that word.
    var firstWords = FirstWordLeads()
    /// Phrases decided by the first few words, by those words.
    var phrases = PhraseLeads()

    /// The leading phrase of the text in `bytes` and how it classifies: what
    /// ``LeadingPhrase/find(in:leads:)`` answers.
    mutating func find(in bytes: UnsafeBufferPointer<UInt8>) -> (lead: String, kind: LeadKind) {
        guard let token = FirstWordLeads.token(bytes) else { return LeadingPhrase.find(in: bytes, leads: &strings) }
        if let known = firstWords.lead(for: token) { return known }
        var keys = PhraseLeads.Keys(bytes, after: token.count)
        while let key = keys.next() {
            if let known = phrases.lead(for: key) { return known }
        }
        let found = LeadingPhrase.findSharing(in: bytes, leads: &strings)
        if found.isFirstWordAlone {
            firstWords.keep(token, lead: found.lead, kind: found.kind)
        } else if PhraseLeads.words.contains(found.wordsCut), let key = PhraseLeads.key(bytes, words: found.wordsCut) {
            phrases.keep(key, lead: found.lead, kind: found.kind)
        }
        return (found.lead, found.kind)
    }
}

/// Leading phrases decided by a paragraph's first words (two to four), remembered by those
/// words as printed: the bytes up to and including the space after the last of them, when
/// more words follow (``LeadingPhrase/findSharing(in:leads:)`` tells how many words it cut).
/// The phrase rules read nothing but the words they cut and whether a word follows, and words
/// are cut at spaces, so a paragraph opening with the same bytes and going on has the same
/// lead and kind.
///
/// Keys are packed in four integers (``ByteWords``, up to 32 bytes) and compared as a vector
/// in an open-addressing table that starts small and doubles; it stops taking phrases at
/// ``maximumCount``.
struct PhraseLeads {
    /// How many words a remembered phrase may be decided by.
    static let words = 2...4
    /// The longest key in bytes (four integers).
    static let maximumLength = 32
    /// Phrases kept at most.
    static let maximumCount = 256

    /// The opening words of a text, packed.
    struct Key: LeadTableKey {
        /// The key's bytes, eight to an integer, zero past its end.
        let packed: SIMD4<UInt64>
        /// The length in bytes (the space after the last word included).
        let count: Int

        static var empty: Key { Key(packed: .zero, count: 0) }

        var tableHash: Int {
            var h = (packed[0] ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
            h ^= packed[1] &* 0xC2B2_AE3D_27D4_EB4F
            h ^= packed[2] &* 0x1656_67B1_9E37_79F9
            h ^= packed[3] &* 0x27D4_EB2F_1656_67C5
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    /// The keys of one text for two, three and four words, in that order (each is looked for
    /// only if the one before was not kept): the cut continues where the last key ended.
    struct Keys {
        /// The text.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where the last word cut ends (at a space, or the text's end).
        private var end: Int
        /// How many words are cut.
        private var cut = 1

        /// The keys of `bytes`, whose first word ends at `firstEnd`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, after firstEnd: Int) {
            self.bytes = bytes
            self.end = firstEnd
        }

        /// The key of the next number of words, nil when there is none (no more words, no word
        /// after them, too long).
        mutating func next() -> Key? {
            guard cut < PhraseLeads.words.upperBound else { return nil }
            end = PhraseLeads.wordEnd(bytes, from: end)
            cut += 1
            return PhraseLeads.key(bytes, end: end)
        }
    }

    /// The kept phrases, by key.
    private var table = LeadTable<Key>(maximumCount: Self.maximumCount)

    /// Where the word after offset `start` (skipping spaces) ends: at the space after it, or at
    /// the text's end; as ``PhraseWords`` cuts words.
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let count = bytes.count
        while i < count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        while i < count, bytes[i] != UInt8(ascii: " ") { i += 1 }
        return i
    }

    /// The key of the first `words` words of `bytes` (the text not opening with a space), nil
    /// when there is none.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Key? {
        var end = 0
        for _ in 0..<words { end = wordEnd(bytes, from: end) }
        return key(bytes, end: end)
    }

    /// The key of the words ending at `end`: the bytes up to and including the space there;
    /// nil when no word follows, or when it is longer than ``maximumLength``.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Key? {
        let count = end + 1
        guard count <= maximumLength, end < bytes.count, let base = bytes.baseAddress else { return nil }
        // A word follows: a byte that is not a space after the spaces.
        var i = count
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count else { return nil }
        let packed = SIMD4(word(base, 0, key: count, text: bytes.count), word(base, 1, key: count, text: bytes.count),
                           word(base, 2, key: count, text: bytes.count), word(base, 3, key: count, text: bytes.count))
        return Key(packed: packed, count: count)
    }

    /// Word `k` of a key of `key` bytes at `base` (zero past the key), in a text of `text`
    /// bytes: eight bytes loaded whole and masked when the text has them (a word follows the
    /// key, so nearly always), else loaded byte-exactly (``ByteWords/load(_:count:)``).
    @inline(__always)
    private static func word(_ base: UnsafePointer<UInt8>, _ k: Int, key: Int, text: Int) -> UInt64 {
        let from = 8 &* k
        let n = key &- from
        guard n > 0 else { return 0 }
        guard from &+ 8 <= text else { return ByteWords.load(base + from, count: min(n, 8)) }
        let whole = ByteWords.load(base, at: from)
        return n >= 8 ? whole : whole & ((1 &<< UInt64(8 &* n)) &- 1)
    }

    /// The lead and kind kept for `key`, if any.
    func lead(for key: Key) -> (lead: String, kind: LeadKind)? { table.lead(for: key) }

    /// Keeps the lead and kind of the phrase decided by the words of `key` (not kept yet).
    mutating func keep(_ key: Key, lead: String, kind: LeadKind) { table.keep(key, lead: lead, kind: kind) }
}

/// Leading phrases that are a paragraph's first word alone, remembered by that word as printed
/// (the bytes before the first space, ASCII, up to sixteen): such a phrase depends on nothing
/// after the word (``LeadingPhrase/findSharing(in:leads:)`` says when), so a paragraph opening
/// with the same word has the same lead and kind.
///
/// Words are packed in two integers (``ByteWords``) and compared as two integers in an
/// open-addressing table; the table stops taking words when half full.
struct FirstWordLeads {
    /// Words kept at most (half the slots).
    static let maximumCount = 256

    /// A word as printed, packed.
    struct Token: LeadTableKey {
        /// The first eight bytes (zero past the word's end).
        let low: UInt64
        /// The next eight bytes (zero past the word's end).
        let high: UInt64
        /// The length in bytes (1 to 16).
        let count: Int

        static var empty: Token { Token(low: 0, high: 0, count: 0) }

        var tableHash: Int {
            var h = (low ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
            h ^= high &* 0xC2B2_AE3D_27D4_EB4F
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    /// The kept words.
    private var table = LeadTable<Token>(maximumCount: Self.maximumCount)

    /// The first word of `bytes` as printed (up to the first space or the end), packed; nil when
    /// the text opens with a space or the word is longer than sixteen bytes or not ASCII.
    static func token(_ bytes: UnsafeBufferPointer<UInt8>) -> Token? {
        guard let base = bytes.baseAddress, let first = bytes.first, first != UInt8(ascii: " ") else { return nil }
        if bytes.count > 16 { return wideToken(base) }
        var end = 1
        while end < bytes.count, end <= 16, bytes[end] != UInt8(ascii: " ") { end += 1 }
        guard end <= 16 else { return nil }
        let low = ByteWords.load(base, count: min(end, 8))
        let high = end > 8 ? ByteWords.load(base + 8, count: end - 8) : 0
        guard (low | high) & ByteWords.high == 0 else { return nil }
        return Token(low: low, high: high, count: end)
    }

    /// ``token(_:)`` of a text of more than sixteen bytes at `base`, not opening with a space:
    /// the first sixteen bytes loaded as two words, the first space found in them as the
    /// lowest zero byte of the words XOR spaces (exact: the borrow runs only above it), the
    /// seventeenth byte read when there is none.
    @inline(__always)
    private static func wideToken(_ base: UnsafePointer<UInt8>) -> Token? {
        let first = ByteWords.load(base, at: 0)
        let second = ByteWords.load(base, at: 8)
        let end: Int
        if let space = firstSpace(first) {
            end = space
        } else if let space = firstSpace(second) {
            end = 8 + space
        } else {
            guard base[16] == UInt8(ascii: " ") else { return nil }
            end = 16
        }
        let low = end >= 8 ? first : first & ((1 &<< UInt64(8 &* end)) &- 1)
        let high = end <= 8 ? 0 : end == 16 ? second : second & ((1 &<< UInt64(8 &* (end - 8))) &- 1)
        guard (low | high) & ByteWords.high == 0 else { return nil }
        return Token(low: low, high: high, count: end)
    }

    /// The index of the first space byte of `word`, if any.
    @inline(__always)
    private static func firstSpace(_ word: UInt64) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ 0x2020_2020_2020_2020
        let zero = (x &- ones) & ~x & ByteWords.high
        return zero == 0 ? nil : zero.trailingZeroBitCount &>> 3
    }

    /// The lead and kind kept for `token`, if any.
    func lead(for token: Token) -> (lead: String, kind: LeadKind)? { table.lead(for: token) }

    /// Keeps the lead and kind of a paragraph whose phrase is its first word alone, `token`
    /// (not kept yet).
    mutating func keep(_ token: Token, lead: String, kind: LeadKind) { table.keep(token, lead: lead, kind: kind) }
}

/// A key of a ``LeadTable``: bytes packed into integers, compared whole.
protocol LeadTableKey: Equatable {
    /// The key of an empty slot (never looked up: slots are told empty by their entry).
    static var empty: Self { get }
    /// A well-mixed hash of the key (masked to the table's size).
    var tableHash: Int { get }
}

/// Leading phrases kept by a packed key: an open-addressing table that starts with sixteen
/// slots (a parse of a few paragraphs zeroes no more) and doubles to stay at most half full; it
/// stops taking keys at its maximum count.
struct LeadTable<Key: LeadTableKey> {
    /// One slot: a kept key and where its lead is.
    private struct Slot {
        /// The key.
        var key = Key.empty
        /// 0 for an empty slot, else the index in `leads` plus one.
        var entry: Int32 = 0
    }

    /// Keys kept at most.
    let maximumCount: Int
    /// The table.
    private var slots = [Slot](repeating: Slot(), count: 16)
    /// The lead and kind of each kept key, in the order kept.
    private var leads: [(lead: String, kind: LeadKind)] = []

    /// An empty table that keeps up to `maximumCount` keys.
    init(maximumCount: Int) {
        self.maximumCount = maximumCount
    }

    /// The lead and kind kept for `key`, if any.
    @inline(__always)
    func lead(for key: Key) -> (lead: String, kind: LeadKind)? {
        let mask = slots.count - 1
        var slot = key.tableHash & mask
        while slots[slot].entry != 0 {
            if slots[slot].key == key { return leads[Int(slots[slot].entry) - 1] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Keeps the lead and kind for `key` (not kept yet), unless the table is full.
    mutating func keep(_ key: Key, lead: String, kind: LeadKind) {
        guard leads.count < maximumCount else { return }
        if 2 * (leads.count + 1) > slots.count { grow() }
        leads.append((lead, kind))
        insert(Slot(key: key, entry: Int32(leads.count)))
    }

    /// Doubles the table, placing the kept keys again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: 2 * old.count)
        for slot in old where slot.entry != 0 { insert(slot) }
    }

    /// Puts `slot` in the first free slot from its key's hash.
    private mutating func insert(_ slot: Slot) {
        let mask = slots.count - 1
        var at = slot.key.tableHash & mask
        while slots[at].entry != 0 { at = (at + 1) & mask }
        slots[at] = slot
    }
}
