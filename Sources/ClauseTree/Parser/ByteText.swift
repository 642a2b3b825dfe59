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

    /// `text.lowercased().contains(needle)`.
    static func lowercasedContains(_ text: String, _ needle: StaticString) -> Bool {
        withLowercasedBytes(text) { find(needle, in: $0) != nil }
    }

    /// `text.lowercased().hasPrefix(needle)`. Only the first bytes are looked at when they are
    /// ASCII (ASCII scalars lowercase to ASCII, one for one).
    static func lowercasedHasPrefix(_ text: String, _ needle: StaticString) -> Bool {
        edge(text, needle, atEnd: false)
    }

    /// `text.lowercased().hasSuffix(needle)`, looking only at the last bytes when they are ASCII.
    static func lowercasedHasSuffix(_ text: String, _ needle: StaticString) -> Bool {
        edge(text, needle, atEnd: true)
    }

    private static func edge(_ text: String, _ needle: StaticString, atEnd: Bool) -> Bool {
        var copy = text
        let answer: Bool? = copy.withUTF8 { bytes in
            needle.withUTF8Buffer { n in
                guard n.count <= bytes.count else { return nil }
                let start = atEnd ? bytes.count - n.count : 0
                for j in 0..<n.count {
                    let b = bytes[start + j]
                    if b >= 0x80 { return nil }
                    if lower(b) != n[j] { return false }
                }
                return true
            }
        }
        if let answer { return answer }
        // Not ASCII where it matters (or shorter than the needle): the Unicode way.
        let lowered = text.lowercased()
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
}

extension String {
    /// Byte-wise `hasPrefix` (no Unicode canonical equivalence).
    fileprivate func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Byte-wise `hasSuffix`.
    fileprivate func hasSuffixBytes(_ suffix: String) -> Bool { utf8.reversed().starts(with: suffix.utf8.reversed()) }
}
