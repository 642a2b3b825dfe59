/// The test every line of a draft goes through: is it already in normal form?
enum PlainText {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// True when `bytes` is ASCII without control characters (below 0x20) and without two
    /// spaces in a row. Eight bytes are tested at a time (SWAR): the whole draft passes here.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        // The space mask of the previous word (high bit of byte 7 set: it ended with a space).
        var previous: UInt64 = 0
        while i + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // High bit set in a byte ≥ 0x80, or (borrow trick) in some byte below 0x20.
            if (word | ((word &- spaces) & ~word)) & high != 0 { return false }
            // Exactly the space bytes get their high bit set (no carry crosses a byte).
            let xored = word ^ spaces
            let isSpace = ~(((xored & low7) &+ low7) | xored) & high
            // A space whose next byte is a space, in this word or across from the previous one.
            if isSpace & ((isSpace >> 8) | (previous >> 56)) != 0 { return false }
            previous = isSpace
            i += 8
        }
        var previousSpace = previous >> 63 != 0
        while i < count {
            let b = bytes[i]
            if b >= 0x80 || b < 0x20 || (b == 0x20 && previousSpace) { return false }
            previousSpace = b == 0x20
            i += 1
        }
        return true
    }
}
