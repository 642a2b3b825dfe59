#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists written inside one paragraph: "… the following elements: (a) A summary; (b) …".
enum InlineLists {
    /// Splits `text` at inline markers (a), (b) … or (i), (ii) … that follow an intro ending in
    /// ":" and run in sequence. Returns nil unless at least two items are found.
    /// A fast byte scan for ": (a" or ": (i" before the string search.
    static func mayContainList(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8(mayContainList)
    }

    /// ``mayContainList(_:)-(String)`` on the bytes of a text.
    static func mayContainList(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return false }
        var i = 0
        let last = bytes.count - 4
        // memchr finds each ":" quickly; most paragraphs have none or few.
        while i <= last, let found = memchr(base + i, Int32(UInt8(ascii: ":")), last + 1 - i) {
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[i + 1] == UInt8(ascii: " "), bytes[i + 2] == UInt8(ascii: "("),
               bytes[i + 3] == UInt8(ascii: "a") || bytes[i + 3] == UInt8(ascii: "i") {
                return true
            }
            i += 1
        }
        return false
    }

    /// The range of the first occurrence of `needle` in `text` (bytes compared, so no Foundation
    /// search), or nil.
    static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        var copy = text
        let offset: Int? = copy.withUTF8 { ByteText.find(pattern, in: $0) }
        guard let offset else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    static func split(_ text: String) -> (intro: String, items: [(marker: String, text: String)])? {
        guard Self.mayContainList(text), let colon = firstRange(of: ": (", in: text[...]) else { return nil }
        let intro = String(text[..<colon.lowerBound]) + ":"
        var rest = text[text.index(before: colon.upperBound)...]
        let firstMarker: String
        if rest.hasPrefix("(a) ") { firstMarker = "a" } else if rest.hasPrefix("(i) ") { firstMarker = "i" } else { return nil }
        let roman = firstMarker == "i"
        var items: [(marker: String, text: String)] = []
        var value = 1
        var marker = firstMarker
        rest = rest.dropFirst(marker.count + 3)
        while true {
            let nextMarker = roman ? Numbering.roman(value + 1) : Numbering.letter(value + 1)
            if let r = firstRange(of: " (\(nextMarker)) ", in: rest) {
                items.append((marker, String(rest[..<r.lowerBound])))
                rest = rest[r.upperBound...]
                marker = nextMarker
                value += 1
            } else {
                items.append((marker, String(rest)))
                break
            }
        }
        return items.count >= 2 ? (intro, items) : nil
    }
}
