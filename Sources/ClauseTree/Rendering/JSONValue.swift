#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON value with object keys kept in the order they were written, so that output reads in
/// the documented field order. Serialised compactly or pretty-printed with two-space indents.
///
/// Not `indirect`: nested values live in arrays, which are already on the heap, so no case
/// needs a box of its own (one allocation fewer per value in a large report).
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A number, written with up to `digits` decimals (trailing zeros trimmed).
    case number(Double, digits: Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object with keys in order.
    case object([(String, JSONValue)])

    /// `.string(s)` or `.null` for nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// The serialised text; `pretty` indents nested values; `terminator` is appended (for
    /// example "\n" for a whole document) without copying the text once more.
    public func serialized(pretty: Bool = true, terminator: String = "") -> String {
        var out = ByteBuffer()
        write(into: &out, indent: pretty ? 0 : nil)
        out.append(terminator)
        return out.string
    }

    // The writer works on UTF-8 bytes: strings are appended whole when nothing needs escaping,
    // and numbers are formatted without Foundation in the common cases.
    func write(into out: inout ByteBuffer, indent: Int?) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let b): Self.append(b ? "true" : "false", to: &out)
        case .int(let i): Self.writeInt(i, into: &out)
        case .number(let d, let digits): Self.writeNumber(d, digits: digits, into: &out)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { Self.append("[]", to: &out); return }
            out.append(UInt8(ascii: "["))
            let inner = indent.map { $0 + 1 }
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, inner)
                item.write(into: &out, indent: inner)
            }
            Self.newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            guard !fields.isEmpty else { Self.append("{}", to: &out); return }
            out.append(UInt8(ascii: "{"))
            let inner = indent.map { $0 + 1 }
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, inner)
                Self.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, indent: inner)
            }
            Self.newline(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func append(_ s: StaticString, to out: inout ByteBuffer) {
        out.append(s)
    }

    static func newline(_ out: inout ByteBuffer, _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        out.append(repeating: UInt8(ascii: " "), count: 2 * indent)
    }

    /// Appends `value` as a JSON integer, as ``int(_:)`` is written.
    public static func writeInt(_ value: Int, into out: inout ByteBuffer) {
        out.appendDecimal(value)
    }

    /// Appends `d` as ``number(_:digits:)`` is written: `%.<digits>f` with trailing zeros (and
    /// a trailing point) trimmed. Formatted from the scaled, rounded value when that is
    /// unambiguous; values within a hair of a rounding tie go through `String(format:)`, which
    /// rounds the exact binary value.
    public static func writeNumber(_ d: Double, digits: Int, into out: inout ByteBuffer) {
        guard d.isFinite else { append("null", to: &out); return }
        if digits >= 0, digits <= 9, abs(d) < 1e9 {
            // A whole number (a similarity of 0 or 1) is its digits: what the scaling below
            // gives it, without the rounding calls.
            if let whole = Int(exactly: d) {
                if d.sign == .minus { out.append(UInt8(ascii: "-")) }
                out.appendDecimal(abs(whole))
                return
            }
            var power = 1.0
            for _ in 0..<digits { power *= 10 }
            let scaled = abs(d) * power
            let fraction = scaled - scaled.rounded(.down)
            if abs(fraction - 0.5) > 1e-6 {
                let units = Int(scaled.rounded())
                let scale = Int(power)
                let whole = units / scale
                var rest = units % scale
                if d.sign == .minus { out.append(UInt8(ascii: "-")) }
                out.appendDecimal(whole)
                guard rest != 0 else { return }
                var width = digits
                while rest % 10 == 0 { rest /= 10; width -= 1 }
                out.append(UInt8(ascii: "."))
                out.append(repeating: UInt8(ascii: "0"), count: width - DecimalDigits.count(UInt(rest)))
                out.appendDecimal(rest)
                return
            }
        }
        var s = NumberText.fixed(d, places: digits)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        out.append(s)
    }

    /// Appends `s` as a quoted, escaped JSON string, as ``string(_:)`` is written.
    public static func writeString(_ s: String, into out: inout ByteBuffer) {
        // Native and small strings lend their UTF-8 where it is, without a copy of the string
        // (a small one is copied to the stack, 16 bytes); only bridged ones are made contiguous.
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeString(utf8: $0, into: &out) }) {
            return done
        }
        var text = s
        text.withUTF8 { writeString(utf8: $0, into: &out) }
    }

    /// Appends the UTF-8 text `bytes` as a quoted, escaped JSON string.
    static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteBuffer) {
        // Most strings (ids, numbers, words) need no escape: checked a word at a time, then
        // copied whole between their quotes with one capacity check.
        guard let base = bytes.baseAddress, Self.needsEscape(bytes) else {
            out.append(bytes, between: UInt8(ascii: "\""))
            return
        }
        out.append(UInt8(ascii: "\""))
        var start = 0
        var i = 0
        let count = bytes.count
        while i < count {
            // Eight bytes at a time while none of them needs an escape.
            while i + 8 <= count, !Self.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
            }
            guard i < count else { break }
            let b = base[i]
            if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                i += 1
                continue
            }
            out.append(UnsafeBufferPointer(start: base + start, count: i - start))
            i += 1
            start = i
            switch b {
            case UInt8(ascii: "\""): append("\\\"", to: &out)
            case UInt8(ascii: "\\"): append("\\\\", to: &out)
            case 0x0A: append("\\n", to: &out)
            case 0x0D: append("\\r", to: &out)
            case 0x09: append("\\t", to: &out)
            default:
                append("\\u00", to: &out)
                out.append(Self.hexDigit(b >> 4))
                out.append(Self.hexDigit(b & 0x0F))
            }
        }
        out.append(UnsafeBufferPointer(start: base + start, count: count - start))
        out.append(UInt8(ascii: "\""))
    }

    /// True when some byte of `bytes` is one a JSON string escapes.
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress, count >= 8 else {
            return bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        var i = 0
        while i + 8 < count {
            if Self.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
            i += 8
        }
        // The last eight bytes, overlapping the word before when the count is not a multiple
        // of eight.
        return Self.needsEscape(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
    }

    /// True when one of the eight bytes of `word` is a control character, a quote or a
    /// backslash (the bytes a JSON string escapes); bytes of 0x80 and above never are.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (word &- 0x20 &* ones) & ~word & highs != 0   // some byte below 0x20
        return control || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Equality by serialised form (object key order matters).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// Hashes the serialised form.
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized(pretty: false)) }
}
