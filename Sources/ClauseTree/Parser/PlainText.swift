/// The test every line of a draft goes through: is it already in normal form?
enum PlainText {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// True when `bytes` is ASCII without control characters (below 0x20) and without two
    /// spaces in a row.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let i = plainWords(base, from: 0, to: bytes.count)
        return plainBytes(bytes, from: i, after: i > 0 ? bytes[i - 1] : 0) == bytes.count
    }

    /// Skips plain bytes from `start` sixteen and eight at a time (SIMD, SWAR): returns the
    /// offset of the first byte that is not plain (a byte ≥ 0x80 or below 0x20, or the first of
    /// two spaces), read from the flags of the eight-byte word holding it, or where fewer than
    /// nine bytes are left before `end`. Everything before the returned offset is plain, pairs
    /// of spaces included; a line end (0x0A, a byte below 0x20) always stops the skip.
    static func plainWords(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var i = start
        // Sixteen bytes a step in vector registers while they are plain, then eight in an
        // integer; offsets stay below `end`, so the wrapping arithmetic never wraps.
        while i &+ 17 <= end, !mayHoldNonPlain(raw, i) { i &+= 16 }
        while i &+ 9 <= end {
            let flagged = flags(raw, i) & high
            // The lowest flagged byte is exact (see `flags`): the bytes before it are plain.
            if flagged != 0 { return i &+ flagged.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        return i
    }

    /// True when one of the sixteen bytes at `offset` is not plain: a byte ≥ 0x80 or below
    /// 0x20 (both below 0x20 as signed bytes), or a space followed by a space (the byte after
    /// the sixteen is read too). Compiles to a few SSE2 instructions.
    @inline(__always)
    private static func mayHoldNonPlain(_ raw: UnsafeRawPointer, _ offset: Int) -> Bool {
        let space = SIMD16<Int8>(repeating: 0x20)
        let bytes = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int8>.self)
        let next = raw.loadUnaligned(fromByteOffset: offset &+ 1, as: SIMD16<Int8>.self)
        return any((bytes .< space) .| ((bytes .== space) .& (next .== space)))
    }

    /// The eight bytes at `offset` and the byte after them: the high bit of a byte is set for a
    /// byte ≥ 0x80 (`| word`), below 0x20 (the borrow of `&- spaces` sets it in the lowest such
    /// byte), or the first of two spaces (a zero byte of `pairs`, found by the same borrow
    /// trick). Bytes below the lowest of these are never flagged, so "no high bit" is exact.
    @inline(__always)
    private static func flags(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        // Byte j of `next` is the byte after byte j of `word`.
        let next = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset &+ 1, as: UInt64.self))
        let pairs = (word ^ spaces) | (next ^ spaces)
        return (word &- spaces) | word | ((pairs &- ones) & ~pairs)
    }

    /// Reads plain bytes one by one from `start` (`before` is the byte before it, or 0): returns
    /// the offset of the first byte that is not plain (a line end is one), or of the second
    /// space of two, else `bytes.count`.
    @inline(__always)
    static func plainBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, after before: UInt8) -> Int {
        var previousSpace = before == 0x20
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 || b < 0x20 || (b == 0x20 && previousSpace) { return i }
            previousSpace = b == 0x20
            i += 1
        }
        return i
    }
}
