/// Byte-level tests on the UTF-8 of a line, for the parser's hot paths. They avoid Foundation's
/// `range(of:)`/`contains(_:)` (which go through CFString on Linux) and `lowercased()` copies.
/// The needles are lowercase ASCII; a text that is not ASCII is lowercased the Unicode way
/// first, so the answers are those of `text.lowercased().contains(needle)` and friends.
enum ByteText {
    /// True when every byte of `text` is ASCII.
    static func isASCII<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 }
        } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// True when every byte of `bytes` is ASCII (one OR over all of them, which vectorises).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var all: UInt8 = 0
        for b in bytes { all |= b }
        return all < 0x80
    }

    /// `text.lowercased().contains(needle)`.
    static func lowercasedContains(_ text: String, _ needle: StaticString) -> Bool {
        withLowercasedBytes(text) { find(needle, in: $0) != nil }
    }

    /// `text.lowercased().hasPrefix(needle)`. Only the first bytes are looked at when they are
    /// ASCII (ASCII scalars lowercase to ASCII, one for one).
    static func lowercasedHasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        edge(text, needle, atEnd: false)
    }

    /// `text.lowercased().hasSuffix(needle)`, looking only at the last bytes when they are ASCII.
    static func lowercasedHasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        edge(text, needle, atEnd: true)
    }

    private static func edge(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, atEnd: Bool) -> Bool {
        let answer: Bool? = needle.withUTF8Buffer { n in
            guard n.count <= bytes.count else { return nil }
            let start = atEnd ? bytes.count - n.count : 0
            for j in 0..<n.count {
                let b = bytes[start + j]
                if b >= 0x80 { return nil }
                if lower(b) != n[j] { return false }
            }
            return true
        }
        if let answer { return answer }
        // Not ASCII where it matters (or shorter than the needle): the Unicode way.
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        let string = needle.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        return atEnd ? lowered.hasSuffixBytes(string) : lowered.hasPrefixBytes(string)
    }

    /// True when `bytes`, ASCII-lowercased, start with `needle`.
    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            guard n.count <= bytes.count else { return false }
            for j in 0..<n.count where lower(bytes[j]) != n[j] { return false }
            return true
        }
    }

    /// The ASCII lowercase of one byte.
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b + 32 : b
    }

    /// The offset of the first occurrence of `needle` in `bytes` (compared after ASCII
    /// lowercasing the haystack), or nil.
    static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUTF8Buffer { n in
            guard let first = n.first, n.count <= bytes.count else { return nil }
            var i = 0
            let last = bytes.count - n.count
            while i <= last {
                if lower(bytes[i]) == first {
                    var j = 1
                    while j < n.count, lower(bytes[i + j]) == n[j] { j += 1 }
                    if j == n.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// The offset of the first occurrence of `needle` (exact bytes) in `bytes` from `start`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Calls `body` with the bytes of `text`, ASCII-lowercased lazily by the callers when the
    /// text is ASCII, or with the bytes of `text.lowercased()` otherwise.
    static func withLowercasedBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = isASCII(text) ? text : text.lowercased()
        return copy.withUTF8(body)
    }

    /// ``withLowercasedBytes(_:_:)-(String,_)`` for the bytes of a line: ASCII bytes are passed
    /// as they are.
    static func withLowercasedBytes<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isASCII(bytes) { return body(bytes) }
        var lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        return lowered.withUTF8(body)
    }
}

/// Character tests at the edges of a line's bytes. A byte is a whole character when it is
/// ASCII and the next byte is ASCII too (no combining mark follows); then the test is a byte
/// test, otherwise the bytes are read as characters (which also matches canonical equivalents,
/// such as U+037E GREEK QUESTION MARK for ";").
extension ByteText {
    /// `String(text).hasSuffix(suffix)`, for a suffix with no canonical equivalent (":", "—", "-").
    static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard n <= text.count else { return false }
        let tail = UnsafeBufferPointer(rebasing: text[(text.count - n)...])
        guard suffix.withUTF8Buffer({ tail.elementsEqual($0) }) else { return false }
        // The byte before the suffix is ASCII: the suffix is a character of its own.
        if n == text.count || text[text.count - n - 1] < 0x80 { return true }
        return String(decoding: text, as: UTF8.self).hasSuffix(suffix.description)
    }

    /// True when the last character of `text` is one of the ASCII characters of `set`.
    static func lastCharacter(of text: UnsafeBufferPointer<UInt8>, isOneOf set: StaticString) -> Bool {
        guard let last = text.last else { return false }
        if last < 0x80, text.count == 1 || text[text.count - 2] < 0x80 {
            return set.withUTF8Buffer { $0.contains(last) }
        }
        guard let character = String(decoding: text, as: UTF8.self).last else { return false }
        return set.description.contains(character)
    }

    /// True when the byte at `index` is a space that is a character of its own (no combining
    /// mark follows it).
    static func isSpaceCharacter(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < text.count, text[index] == UInt8(ascii: " ") else { return false }
        if index + 1 == text.count || text[index + 1] < 0x80 { return true }
        return String(decoding: UnsafeBufferPointer(rebasing: text[index...]), as: UTF8.self).first == " "
    }

    /// The offset after the spaces from `index` on: `drop { $0 == " " }` on characters.
    static func skippingSpaces(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var i = index
        while isSpaceCharacter(text, at: i) { i += 1 }
        return i
    }

    /// How the text of a line starts, for telling a new paragraph from a continuation.
    struct LeadingCase {
        /// The first character is uppercase, or is a quote followed by an uppercase character.
        let startsUppercase: Bool
        /// The first character is lowercase.
        let firstIsLowercase: Bool

        /// Nil for an empty text; `isASCII` says that the text is ASCII (bytes are characters).
        init?(_ text: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
            guard let first = text.first else { return nil }
            if isASCII {
                func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
                let isQuote = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
                startsUppercase = isUpper(first) || (isQuote && text.count > 1 && isUpper(text[1]))
                firstIsLowercase = first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
                return
            }
            let string = String(decoding: text, as: UTF8.self)
            guard let first = string.first else { return nil }
            startsUppercase = first.isUppercase
                || ("\"“‘'".contains(first) && string.dropFirst().first?.isUppercase == true)
            firstIsLowercase = first.isLowercase
        }
    }
}

extension String {
    /// Byte-wise `hasPrefix` (no Unicode canonical equivalence).
    fileprivate func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Byte-wise `hasSuffix`.
    fileprivate func hasSuffixBytes(_ suffix: String) -> Bool { utf8.reversed().starts(with: suffix.utf8.reversed()) }
}
