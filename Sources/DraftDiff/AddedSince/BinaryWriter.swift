/// Appends little-endian integers, length-prefixed strings and integer arrays to a byte buffer:
/// the writing half of the corpus index's cache format (see ``BinaryReader``).
struct BinaryWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends one byte.
    mutating func write(_ value: UInt8) { bytes.append(value) }

    /// Appends a 32-bit unsigned integer.
    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a 64-bit unsigned integer.
    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a count or index (stored as 32 bits).
    mutating func write(count: Int) { write(UInt32(truncatingIfNeeded: count)) }

    /// Appends a string as its UTF-8 byte count then its bytes.
    mutating func write(_ string: String) {
        write(count: string.utf8.count)
        bytes.append(contentsOf: string.utf8)
    }

    /// Appends an optional string: a 0 byte for nil, else a 1 byte and the string.
    mutating func write(_ string: String?) {
        if let string {
            write(UInt8(1))
            write(string)
        } else {
            write(UInt8(0))
        }
    }

    /// Appends an array of 32-bit integers: its count, then the values.
    mutating func write(_ values: [UInt32]) {
        write(count: values.count)
        bytes.reserveCapacity(bytes.count + values.count * 4)
        for value in values { write(value) }
    }

    /// Appends an array of 64-bit integers: its count, then the values.
    mutating func write(_ values: [UInt64]) {
        write(count: values.count)
        bytes.reserveCapacity(bytes.count + values.count * 8)
        for value in values { write(value) }
    }
}
