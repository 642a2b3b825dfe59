/// A 128-bit checksum of bytes, used to recognise corpus files whose content has not changed
/// since their index was cached, and to detect a damaged cache file.
///
/// It is not cryptographic: it guards against accidental change, not against someone forging
/// a file to match a cached one. Two independent 64-bit lanes make an accidental collision
/// (about 2⁻¹²⁸ per pair) negligible for any corpus.
///
/// ```swift
/// let hash = ContentHash(of: Array("Recalling its resolution 71/1;".utf8))
/// print(hash)   // 32 hex digits
/// ```
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    /// The first lane.
    public var high: UInt64
    /// The second lane.
    public var low: UInt64

    /// A hash with the given lanes (as read back from a cache).
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The hash of `bytes`.
    public init(of bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { Self(of: $0) }
    }

    /// The hash of the bytes in `buffer`.
    public init(of buffer: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(buffer.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344 &+ UInt64(buffer.count) &* 0x9E37_79B9_7F4A_7C15
        let tail = ByteWords.forEach(in: buffer) { word in
            a = Self.mix(a ^ word, 0xFF51_AFD7_ED55_8CCD)
            b = Self.mix(b &+ word, 0xC4CE_B9FE_1A85_EC53)
        }
        a = Self.mix(a ^ tail ^ 0x8000_0000_0000_0000, 0xFF51_AFD7_ED55_8CCD)
        b = Self.mix(b &+ tail, 0xC4CE_B9FE_1A85_EC53)
        high = Self.finish(a ^ (b >> 7))
        low = Self.finish(b ^ (a << 3))
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String {
        let h = String(high, radix: 16), l = String(low, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h + String(repeating: "0", count: 16 - l.count) + l
    }

    private static func mix(_ x: UInt64, _ k: UInt64) -> UInt64 {
        var z = x &* k
        z ^= z >> 31
        z = (z << 27) | (z >> 37)
        return z &* 0x9E37_79B9_7F4A_7C15 &+ 0x52DC_E729
    }

    private static func finish(_ x: UInt64) -> UInt64 {
        var z = x
        z ^= z >> 33
        z &*= 0xFF51_AFD7_ED55_8CCD
        z ^= z >> 33
        z &*= 0xC4CE_B9FE_1A85_EC53
        z ^= z >> 33
        return z
    }
}
