/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes left, so that a
/// truncated or damaged cache file is reported as ``Corrupt`` rather than trusted or trapping.
struct BinaryReader {
    /// Thrown when the bytes do not hold what the reader expects.
    struct Corrupt: Error, CustomStringConvertible {
        /// What was wrong, for a diagnostic.
        var description: String
    }

    private let bytes: [UInt8]
    /// The offset of the next byte to read.
    private(set) var offset: Int

    /// A reader over `bytes` starting at `offset`.
    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// True when every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws(Corrupt) -> Int {
        guard count >= 0, count <= bytes.count - offset else {
            throw Corrupt(description: "truncated at byte \(offset)")
        }
        let start = offset
        offset += count
        return start
    }

    /// Reads one byte.
    mutating func readByte() throws(Corrupt) -> UInt8 {
        bytes[try take(1)]
    }

    /// Reads a 32-bit unsigned integer.
    mutating func readUInt32() throws(Corrupt) -> UInt32 {
        let start = try take(4)
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[start + i]) << (8 * UInt32(i)) }
        return value
    }

    /// Reads a 64-bit unsigned integer.
    mutating func readUInt64() throws(Corrupt) -> UInt64 {
        let start = try take(8)
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[start + i]) << (8 * UInt64(i)) }
        return value
    }

    /// Reads a count, refusing one larger than `limit`.
    mutating func readCount(limit: Int) throws(Corrupt) -> Int {
        let value = Int(try readUInt32())
        guard value <= limit else { throw Corrupt(description: "count \(value) over \(limit) at byte \(offset - 4)") }
        return value
    }

    /// Reads a length-prefixed UTF-8 string.
    mutating func readString() throws(Corrupt) -> String {
        let count = try readCount(limit: bytes.count - offset)
        let start = try take(count)
        guard let string = String(validating: bytes[start..<(start + count)], as: UTF8.self) else {
            throw Corrupt(description: "invalid UTF-8 at byte \(start)")
        }
        return string
    }

    /// Reads an optional string.
    mutating func readOptionalString() throws(Corrupt) -> String? {
        switch try readByte() {
        case 0: return nil
        case 1: return try readString()
        case let flag: throw Corrupt(description: "bad optional flag \(flag) at byte \(offset - 1)")
        }
    }

    /// Reads an array of 32-bit integers.
    mutating func readUInt32Array() throws(Corrupt) -> [UInt32] {
        let count = try readCount(limit: (bytes.count - offset) / 4)
        let start = try take(count * 4)
        return Self.load(bytes, start: start, count: count, as: UInt32.self)
    }

    /// Reads an array of 64-bit integers.
    mutating func readUInt64Array() throws(Corrupt) -> [UInt64] {
        let count = try readCount(limit: (bytes.count - offset) / 8)
        let start = try take(count * 8)
        return Self.load(bytes, start: start, count: count, as: UInt64.self)
    }

    private static func load<T: FixedWidthInteger>(_ bytes: [UInt8], start: Int, count: Int, as: T.Type) -> [T] {
        bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                let size = MemoryLayout<T>.size
                for i in 0..<count {
                    buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: start + i * size, as: T.self))
                }
                initialized = count
            }
        }
    }
}
