/// Eight bytes at a time (SWAR): loads of a few bytes into one integer and exact per-byte work
/// on it, for the parser's byte scans. Byte j of a word is the byte at offset j (bits 8 × j).
enum ByteWords {
    /// 0x80 in every byte.
    static let high: UInt64 = 0x8080_8080_8080_8080
    /// 0x7F in every byte.
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `base + offset`.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The first `count` (0...8) bytes at `base`, zero above them; nothing past them is read.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(base)
        switch count {
        case 8:
            return load(base, at: 0)
        case 4...7:
            // Two overlapping four-byte loads: the bytes both cover land on the same place.
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return first | last &<< UInt64(8 * (count - 4))
        case 1...3:
            var word: UInt64 = 0
            for j in 0..<count { word |= UInt64(base[j]) &<< UInt64(8 * j) }
            return word
        default:
            return 0
        }
    }

    /// ``ByteText/lower(_:)`` applied to each byte of `word`: "A"..."Z" become "a"..."z", every
    /// other byte (those ≥ 0x80 too) is kept.
    @inline(__always)
    static func lower(_ word: UInt64) -> UInt64 {
        let seven = word & low7
        // High bit of each: the byte's low seven bits are ≥ 0x41, and ≥ 0x5B (no carry: ≤ 0x7F + 0x3F).
        let atLeastA = seven &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = seven &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~pastZ & ~word & high
        return word | upper &>> 2
    }
}
