/// A growable run of bytes for writers that append many small pieces: JSON reports of tens of
/// thousands of entries, outlines.
///
/// Appending is a capacity check and a copy: no copy-on-write uniqueness test, no generic
/// sequence walk and no reference counting, which is what `[UInt8].append(contentsOf:)` costs
/// per call. The buffer owns its memory and cannot be copied, so it is passed `inout`.
///
/// ```swift
/// var out = ByteBuffer()
/// out.append("{\"count\": ")
/// out.appendDecimal(12)
/// out.append(UInt8(ascii: "}"))
/// out.string   // {"count": 12}
/// ```
public struct ByteBuffer: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var written = 0

    /// How many bytes have been written.
    public var count: Int { written }

    /// An empty buffer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inlinable
    public mutating func reserve(_ extra: Int) {
        if written + extra > capacity { grow(toHold: written + extra) }
    }

    @usableFromInline
    mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    // `@inline(__always)` here and on the other small appends: `@inlinable` alone leaves the
    // inlining to the optimizer's size limits, which keep these out of large callers in other
    // modules (the JSON report writer), at a call and a return for each punctuation mark.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        base[written] = byte
        written += 1
    }

    /// Appends the bytes of `bytes`.
    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + written).initialize(from: source, count: bytes.count)
        written += bytes.count
    }

    /// Appends `bytes` between two `mark` bytes (a quoted string) with one capacity check.
    @inlinable
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, between mark: UInt8) {
        let count = bytes.count
        reserve(count + 2)
        base[written] = mark
        if let source = bytes.baseAddress {
            (base + written + 1).initialize(from: source, count: count)
        }
        base[written + count + 1] = mark
        written += count + 2
    }

    /// Appends the UTF-8 bytes of a literal.
    @inlinable @inline(__always)
    public mutating func append(_ text: StaticString) {
        if text.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            appendScalar(of: text)
        }
    }

    /// Appends a literal of one Unicode scalar stored without a pointer: the rare case of
    /// appending a literal, kept out of line so that the inlined common case stays small.
    @usableFromInline
    mutating func appendScalar(of text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inlinable
    public mutating func append(_ text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) {
            return done
        }
        for byte in text.utf8 { append(byte) }
    }

    /// Appends `byte` `count` times (nothing when `count` is not positive).
    public mutating func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (base + written).initialize(repeating: byte, count: count)
        written += count
    }

    /// Appends `value` in decimal, as `String(value)` spells it.
    public mutating func appendDecimal(_ value: Int) {
        if value >= 0, value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        let total = DecimalDigits.count(value.magnitude) + (value < 0 ? 1 : 0)
        reserve(total)
        DecimalDigits.write(value.magnitude, endingBefore: base + written + total)
        if value < 0 { base[written] = UInt8(ascii: "-") }
        written += total
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    public mutating func removeAll() { written = 0 }

    /// Calls `body` with the bytes written; the pointer is valid only during the call.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, decoded as UTF-8 (invalid sequences repaired).
    public var string: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
