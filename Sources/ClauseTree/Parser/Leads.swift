/// The leading phrases of one parse, made strings once: the phrase strings are shared
/// (``StringInterner``), and a paragraph whose phrase is its first word alone ("Recalling",
/// "Urges", "Aware,") is answered from that word as printed when it was seen before
/// (``FirstWordLeads``), without the phrase rules.
struct Leads {
    /// The phrase strings.
    var strings = StringInterner()
    /// Phrases that are the first word alone, by that word.
    var firstWords = FirstWordLeads()

    /// The leading phrase of the text in `bytes` and how it classifies: what
    /// ``LeadingPhrase/find(in:leads:)`` answers.
    mutating func find(in bytes: UnsafeBufferPointer<UInt8>) -> (lead: String, kind: LeadKind) {
        guard let token = FirstWordLeads.token(bytes) else { return LeadingPhrase.find(in: bytes, leads: &strings) }
        if let known = firstWords.lead(for: token) { return known }
        let found = LeadingPhrase.findSharing(in: bytes, leads: &strings)
        if found.isFirstWordAlone { firstWords.keep(token, lead: found.lead, kind: found.kind) }
        return (found.lead, found.kind)
    }
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

    /// One slot of the table: a kept word and where its lead is.
    private struct Slot {
        /// The word's first eight bytes, packed.
        var low: UInt64 = 0
        /// The word's next eight bytes, packed (0 past its end).
        var high: UInt64 = 0
        /// 0 for an empty slot, else the index in `leads` plus one.
        var entry: Int32 = 0
        /// The word's length in bytes.
        var count: Int32 = 0
    }

    /// A word as printed, packed.
    struct Token {
        /// The first eight bytes (zero past the word's end).
        let low: UInt64
        /// The next eight bytes (zero past the word's end).
        let high: UInt64
        /// The length in bytes (1 to 16).
        let count: Int
    }

    /// Twice as many slots as words kept.
    private var slots = [Slot](repeating: Slot(), count: 2 * maximumCount)
    /// The lead and kind of each kept word, in the order kept.
    private var leads: [(lead: String, kind: LeadKind)] = []

    /// The first word of `bytes` as printed (up to the first space or the end), packed; nil when
    /// the text opens with a space or the word is longer than sixteen bytes or not ASCII.
    static func token(_ bytes: UnsafeBufferPointer<UInt8>) -> Token? {
        guard let base = bytes.baseAddress, let first = bytes.first, first != UInt8(ascii: " ") else { return nil }
        var end = 1
        while end < bytes.count, end <= 16, bytes[end] != UInt8(ascii: " ") { end += 1 }
        guard end <= 16 else { return nil }
        let low = ByteWords.load(base, count: min(end, 8))
        let high = end > 8 ? ByteWords.load(base + 8, count: end - 8) : 0
        guard (low | high) & ByteWords.high == 0 else { return nil }
        return Token(low: low, high: high, count: end)
    }

    /// The lead and kind kept for `token`, if any.
    func lead(for token: Token) -> (lead: String, kind: LeadKind)? {
        let mask = slots.count - 1
        var slot = Self.hash(token) & mask
        while slots[slot].entry != 0 {
            let found = slots[slot]
            if found.low == token.low, found.high == token.high, Int(found.count) == token.count {
                return leads[Int(found.entry) - 1]
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Keeps the lead and kind of a paragraph whose phrase is its first word alone, `token`
    /// (not kept yet).
    mutating func keep(_ token: Token, lead: String, kind: LeadKind) {
        guard leads.count < Self.maximumCount else { return }
        let mask = slots.count - 1
        var slot = Self.hash(token) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        leads.append((lead, kind))
        slots[slot] = Slot(low: token.low, high: token.high, entry: Int32(leads.count), count: Int32(token.count))
    }

    /// The slot a token hashes to (before the mask).
    private static func hash(_ token: Token) -> Int {
        var h = (token.low ^ UInt64(truncatingIfNeeded: token.count)) &* 0x9E37_79B9_7F4A_7C15
        h ^= token.high &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
