/// Decimal digits written straight into bytes: for identifiers and JSON numbers, made by the
/// tens of thousands, where `String(value)` would build a string each time.
enum DecimalDigits {
    /// How many decimal digits `value` has (1 for 0).
    @inline(__always)
    static func count(_ value: UInt) -> Int {
        var digits = 1
        var rest = value
        while rest >= 10 { rest /= 10; digits += 1 }
        return digits
    }

    /// Writes the digits of `value` into the `count(value)` bytes that end just before `end`.
    @inline(__always)
    static func write(_ value: UInt, endingBefore end: UnsafeMutablePointer<UInt8>) {
        var position = end
        var rest = value
        repeat {
            position -= 1
            position.pointee = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
    }
}
