import Foundation

/// Lists written inside one paragraph: "… the following elements: (a) A summary; (b) …".
enum InlineLists {
    /// Splits `text` at inline markers (a), (b) … or (i), (ii) … that follow an intro ending in
    /// ":" and run in sequence. Returns nil unless at least two items are found.
    /// A fast byte scan for ": (a) " or ": (i) " before the slower string search.
    static func mayContainList(_ text: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for b in text.utf8 {
            if previous == (UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "(")), b == UInt8(ascii: "a") || b == UInt8(ascii: "i") {
                return true
            }
            previous = (previous.1, previous.2, b)
        }
        return false
    }

    static func split(_ text: String) -> (intro: String, items: [(marker: String, text: String)])? {
        guard Self.mayContainList(text), let colon = text.range(of: ": (") else { return nil }
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
            if let r = rest.range(of: " (\(nextMarker)) ") {
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
