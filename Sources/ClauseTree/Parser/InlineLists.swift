import Foundation

/// Lists written inside one paragraph: "… the following elements: (a) A summary; (b) …".
enum InlineLists {
    /// Splits `text` at inline markers (a), (b) … or (i), (ii) … that follow an intro ending in
    /// ":" and run in sequence. Returns nil unless at least two items are found.
    static func split(_ text: String) -> (intro: String, items: [(marker: String, text: String)])? {
        guard let colon = text.range(of: ": (") else { return nil }
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
