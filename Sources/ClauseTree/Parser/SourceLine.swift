import Foundation

/// One line of the input after layout normalisation.
struct SourceLine: Sendable {
    /// 1-based line number in the input.
    let number: Int
    /// The text with typographic spaces, tabs and hyphen variants normalised and runs of spaces
    /// folded; trimmed at both ends.
    let text: String
    /// Leading spaces (tabs count as four) before normalisation: a hint for list nesting.
    let indent: Int

    var isBlank: Bool { text.isEmpty }
}

enum LineSplitter {
    /// Splits `text` into normalised lines, 1-based. Handles CRLF and lone CR line ends and a
    /// leading byte-order mark.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(text.utf8.count / 60 + 1)
        var copy = text
        copy.withUTF8 { all in
            guard let base = all.baseAddress else {
                result.append(SourceLine(number: 1, text: "", indent: 0))
                return
            }
            var start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let count = all.count
            // Without any CR (the usual case) line ends are found with memchr.
            let hasCR = memchr(base + start, 0x0D, count - start) != nil
            var number = 0
            while true {
                var end = start
                if hasCR {
                    while end < count, all[end] != 0x0A, all[end] != 0x0D { end += 1 }
                } else if let found = memchr(base + start, 0x0A, count - start) {
                    end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = count
                }
                number += 1
                result.append(makeLine(UnsafeBufferPointer(start: base + start, count: end - start), number: number))
                guard end < count else { break }
                if all[end] == 0x0D, end + 1 < count, all[end + 1] == 0x0A { end += 1 }
                start = end + 1
            }
        }
        // A final line end does not open one more (empty) line.
        if let last = result.last, last.isBlank, text.utf8.last == 0x0A || text.utf8.last == 0x0D {
            result.removeLast()
        }
        return result
    }

    private static func makeLine(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> SourceLine {
        var indent = 0
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x20 { indent += 1 } else if b == 0x09 { indent += 4 } else { break }
            k += 1
        }
        // Fast path: plain ASCII with single spaces only, nothing to trim.
        var plain = k == 0 && bytes.last != 0x20
        if plain {
            var previousSpace = false
            for b in bytes {
                if b >= 0x80 || b < 0x20 || (b == 0x20 && previousSpace) { plain = false; break }
                previousSpace = b == 0x20
            }
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        return SourceLine(number: number, text: plain ? raw : TextNormalizer.normalizeLine(raw), indent: indent)
    }
}

/// Layout normalisation applied to every line before parsing.
enum TextNormalizer {
    /// Folds non-breaking and other typographic spaces and tabs to spaces, U+2010/U+2011 hyphens
    /// to "-", drops zero-width characters and the byte-order mark, folds runs of spaces, trims.
    static func normalizeLine(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0B, 0x0C:
                pendingSpace = true
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x0000...0x0008, 0x000E...0x001F, 0x7F:
                continue
            default:
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                switch scalar.value {
                case 0x2010, 0x2011: out.append("-")
                default: out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
