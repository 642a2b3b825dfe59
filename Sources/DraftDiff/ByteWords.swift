/// Reading bytes as 64-bit words for hashing: the one loop behind ``ContentHash`` and the
/// differ's bucket hash.
enum ByteWords {
    /// Calls `body` with each little-endian 64-bit word of `buffer`, eight bytes at a time, and
    /// returns the 0–7 bytes left over packed into one word (low byte first, zero-padded).
    @inline(__always)
    static func forEach(in buffer: UnsafeRawBufferPointer, _ body: (UInt64) -> Void) -> UInt64 {
        var offset = 0
        while offset + 8 <= buffer.count {
            body(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < buffer.count {
            tail |= UInt64(buffer[offset]) << shift
            shift += 8
            offset += 1
        }
        return tail
    }
}
