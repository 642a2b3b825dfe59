/// Recognisers for the lines around the paragraphs: meeting, date, sponsors, opening formula,
/// operative lead-in, closing lines.
enum HeaderRules {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// "14 January 2015", "January 14, 2015", "14th January, 2015", optionally after a place
    /// ("Quito, 14 January 2015"). Returns the date part as printed.
    static func date(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= 80, mayEndWithYear(bytes) else { return nil }
        let line = String(decoding: bytes, as: UTF8.self)
        let words = line.split(separator: " ").map(String.init)
        guard words.count >= 3, words.count <= 8 else { return nil }
        let tail = Array(words.suffix(3))
        let year = LeadingPhrase.stripPunctuation(tail[2])
        guard year.count == 4, year.allSatisfy(\.isNumber) else { return nil }
        func isDay(_ w: String) -> Bool {
            let core = LeadingPhrase.stripPunctuation(w).lowercased()
            let digits = core.prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2 else { return false }
            return ["", "st", "nd", "rd", "th"].contains(String(core.dropFirst(digits.count)))
        }
        func isMonth(_ w: String) -> Bool { months.contains(LeadingPhrase.stripPunctuation(w).lowercased()) }
        let dayFirst = isDay(tail[0]) && isMonth(tail[1])
        let monthFirst = isMonth(tail[0]) && isDay(tail[1])
        guard dayFirst || monthFirst else { return nil }
        // What precedes the date must be a short place name, not a sentence.
        if words.count > 3 {
            let place = words.dropLast(3).joined(separator: " ")
            guard place.hasSuffix(","), !place.contains(";") else { return nil }
        }
        var date = tail.joined(separator: " ")
        while let last = date.last, last == "." || last == "," { date.removeLast() }
        return date
    }

    /// False when an ASCII `line` plainly does not end with a four-digit year (its last word,
    /// punctuation trimmed, is not four digits): the cheap test before ``date(in:)`` splits words.
    static func mayEndWithYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
        func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        while end > start, !keep(bytes[end - 1]) { end -= 1 }
        while start < end, !keep(bytes[start]) { start += 1 }
        return end - start == 4 && bytes[start..<end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "23rd Annual Meeting of the Asia-Pacific Parliamentary Forum", "Seventy-second session".
    static func isMeeting(_ line: String) -> Bool {
        guard line.count < 160, !line.hasSuffix(";") else { return false }
        let lower = line.lowercased()
        let hasNoun = lower.contains("meeting") || lower.contains("session") || lower.contains("assembly")
            || lower.contains("conference") || lower.contains("plenary")
        guard hasNoun else { return false }
        let first = lower.split(separator: " ").first.map(String.init) ?? ""
        let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                            "ninth", "tenth", "eleventh", "twelfth", "twentieth", "thirtieth", "fortieth",
                            "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "annual"]
        let digits = first.prefix { $0.isNumber }
        let isOrdinal = !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(first.dropFirst(digits.count)))
        return isOrdinal || ordinalWords.contains { first.hasPrefix($0) || first.hasSuffix($0) }
    }

    /// The sponsors named on a sponsor line, or nil when `line` is not one. Handles
    /// "(Sponsored by Canada)", "(submitted by Japan and Korea)", "(jointly submitted by …)",
    /// "Resolution submitted by the delegations of …", "Draft Resolution Sponsored by: …" and
    /// misspellings such as "Sponsord by".
    static func sponsors(in line: String) -> [String]? {
        guard line.utf8.count < 400, containsVerbBy(line) else { return nil }
        let lower = line.lowercased()
        let verbs: [StaticString] = ["co-sponsored by", "cosponsored by", "sponsored by", "sponsord by", "sponsered by",
                                     "sponspored by", "submitted by", "submited by", "proposed by", "presented by",
                                     "tabled by", "introduced by"]
        // Byte search in the lowercased text (no Foundation search); offsets are UTF-8 offsets.
        let hit: (offset: Int, length: Int)? = ByteText.withLowercasedBytes(line) { bytes in
            for verb in verbs {
                if let offset = ByteText.find(verb, in: bytes) { return (offset, verb.utf8CodeUnitCount) }
            }
            return nil
        }
        guard let hit else { return nil }
        let start = lower.utf8.index(lower.utf8.startIndex, offsetBy: hit.offset)
        let found = start..<lower.utf8.index(start, offsetBy: hit.length)
        // Only a few words may precede the verb: "(", "Draft Resolution", "jointly".
        let before = lower[lower.startIndex..<found.lowerBound]
            .split { $0 == " " || $0 == "(" }
            .filter { !["draft", "resolution", "jointly", "the", "this", "a", "as"].contains($0) }
        guard before.isEmpty else { return nil }
        var rest = Substring(line[found.upperBound...])
        rest = rest.drop { $0 == " " || $0 == ":" }
        while let last = rest.last, last == ")" || last == "." || last == " " || last == ";" || last == "," { rest = rest.dropLast() }
        for prefix in ["the delegations of ", "the delegation of ", "delegations of ", "delegation of "] {
            if rest.lowercased().hasPrefix(prefix) { rest = rest.dropFirst(prefix.count); break }
        }
        return splitNames(String(rest))
    }

    /// A fast byte scan for "d by" in any case: every sponsoring verb ends in "d"
    /// ("sponsored by", "submitted by", "sponsord by").
    static func containsVerbBy(_ line: String) -> Bool {
        var window: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in line.utf8 {
            let b = byte | 0x20   // ASCII letters to lowercase; ' ' stays ' '
            if window == (UInt8(ascii: "d"), UInt8(ascii: " "), UInt8(ascii: "b")), b == UInt8(ascii: "y") { return true }
            window = (window.1, window.2, b)
        }
        return false
    }

    /// Country names that contain "and", kept whole when a sponsor list is split.
    static let compoundNames = ["Trinidad and Tobago", "Antigua and Barbuda", "Bosnia and Herzegovina",
                                "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
                                "Sao Tome and Principe", "São Tomé and Príncipe", "Heard Island and McDonald Islands",
                                "Turks and Caicos Islands", "Wallis and Futuna", "Saint Pierre and Miquelon"]

    /// Splits "Japan, Australia, Peru and the Philippines" into names.
    static func splitNames(_ list: String) -> [String] {
        // One name (no ",", no "&" byte, no " and " in any case) has nothing to split, and the
        // general splitting (collection separators) costs thousands of instructions: a history
        // walk parses a sponsor line for every window.
        if !ByteText.lowercasedContains(list, " and "), !list.utf8.contains(UInt8(ascii: ",")),
           !list.utf8.contains(UInt8(ascii: "&")) {
            var name = list.trimmingSpaces()
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)).trimmingSpaces() }
            return name.isEmpty ? [] : [name]
        }
        return splitNamesInGeneral(list)
    }

    /// ``splitNames(_:)`` for any list: the reference its one-name path must agree with.
    static func splitNamesInGeneral(_ list: String) -> [String] {
        var text = list
        var protected = false
        // Every compound name has " and ": without it there is nothing to protect.
        let mayHaveCompound = ByteText.lowercasedContains(list, " and ")
        for (k, name) in compoundNames.enumerated() where mayHaveCompound && text.contains(name) {
            text = text.replacing(name, with: "\u{1}\(k)\u{1}")
            protected = true
        }
        var names: [String] = []
        for piece in text.split(separator: ",") {
            var part = piece.trimmingSpaces()
            if part.hasPrefix("and ") { part = String(part.dropFirst(4)) }
            let pieces = part.split(separator: " and ", omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: " & ", omittingEmptySubsequences: false) }
            for name in pieces {
                var n = name.trimmingSpaces()
                for (k, original) in compoundNames.enumerated() where protected {
                    n = n.replacing("\u{1}\(k)\u{1}", with: original)
                }
                if !n.isEmpty { names.append(n) }
            }
        }
        return names
    }

    /// An opening formula: "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum,",
    /// "The General Assembly,", "We, the parliamentarians of the APPF, …". Checked on the first
    /// line of a block; the formula may end in ",", ";", ":" or ".".
    static func isFormulaStart(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.hasPrefix("we, ") || lower.hasPrefix("we the ") { return true }
        guard lower.hasPrefix("the ") else { return false }
        let bodies = ["meeting", "assembly", "forum", "council", "parliament", "conference", "congress", "union", "summit"]
        guard bodies.contains(where: { lower.contains($0) }) else { return false }
        return line.count < 300
    }

    /// The operative lead-in on a line of its own: "Resolves to:", "Hereby resolves to:",
    /// "RESOLVES TO:", "It is resolved to", "Resolves to", "Resolve:", "Decides:".
    static func isLeadIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 30 else { return false }
        // Every form starts with "r", "h", "i" or "d" after the trimmed marks: test that byte
        // before the Foundation trimming.
        if let first = bytes.first(where: { !" :.,;".utf8.contains($0) }), first < 0x80,
           !"rhid".utf8.contains(first | 0x20) {
            return false
        }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased().trimming(where: { " :.,;".unicodeScalars.contains($0) })
        return leadInForms.contains(lower)
    }

    private static let leadInForms: Set<String> = ["resolves to", "resolve to", "hereby resolves to", "hereby resolve to",
                                  "it is resolved to", "it is hereby resolved to", "resolves", "resolve",
                                  "hereby resolves", "resolves that", "it is resolved that", "have resolved to",
                                  "has resolved to", "hereby resolve", "decides", "decide", "resolved"]

    /// A lead-in at the end of a paragraph ("…pressing needs, Resolves to:"): returns the text
    /// before it (with its punctuation) and the lead-in.
    static func trailingLeadIn(_ text: String) -> (body: String, leadIn: String)? {
        let patterns = ["Hereby resolves to:", "Hereby Resolves to:", "Resolves to:", "RESOLVES TO:",
                        "Resolve to:", "It is resolved to:", "Resolves to", "RESOLVES TO", "Hereby resolves to"]
        for pattern in patterns where text.hasSuffix(pattern) {
            let body = text.dropLast(pattern.count)
            guard let last = body.last, last == " " else { continue }
            let trimmed = body.trimmingSpaces()
            guard let end = trimmed.last, ",;:.".contains(end) else { continue }
            return (trimmed, pattern)
        }
        return nil
    }

    /// A closing line: "Adopted at the …", "Adopted by consensus", "Done at …".
    static func isAdoptionLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Under 250 bytes, so also under 250 characters.
        guard let first = line.first, first == UInt8(ascii: "A") || first == UInt8(ascii: "a")
                || first == UInt8(ascii: "D") || first == UInt8(ascii: "P"),
              line.count < 250 else { return false }
        let adopted = ByteText.lowercasedHasPrefix(line, "adopted")
        return adopted && (line.count == 7 || ByteText.lowercasedHasPrefix(line, "adopted ")
                           || ByteText.lowercasedHasPrefix(line, "adopted,"))
            || ByteText.lowercasedHasPrefix(line, "done at ") || ByteText.lowercasedHasPrefix(line, "passed ")
            || ByteText.lowercasedHasPrefix(line, "approved at ")
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
