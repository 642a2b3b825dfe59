#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of the input after layout normalisation: a range of ``LineBuffer/bytes``.
struct SourceLine: Sendable {
    /// 1-based line number in the input.
    let number: Int
    /// Where the normalised text starts in the buffer: typographic spaces, tabs and hyphen
    /// variants normalised and runs of spaces folded; trimmed at both ends.
    let start: Int
    /// Where the normalised text ends (exclusive).
    let end: Int
    /// Leading spaces (tabs count as four) before normalisation: a hint for list nesting.
    let indent: Int
    /// True when the normalised text is ASCII (then characters are bytes).
    let isASCII: Bool

    var isBlank: Bool { start == end }
    var range: Range<Int> { start..<end }
}

/// The normalised text of a draft and its lines. Each line is normalised in place (it never
/// grows), so plain lines (nearly all) are neither copied nor turned into strings.
struct LineBuffer {
    var bytes: [UInt8]
    var lines: [SourceLine]
}

enum LineSplitter {
    /// Splits `text` into normalised lines, 1-based. Handles CRLF and lone CR line ends and a
    /// leading byte-order mark.
    static func split(_ text: String) -> LineBuffer {
        var copy = text
        var bytes = copy.withUTF8 { Array($0) }
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 60 + 1)
        bytes.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress, all.count > 0 else {
                lines.append(SourceLine(number: 1, start: 0, end: 0, indent: 0, isASCII: true))
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
                lines.append(normalize(UnsafeMutableBufferPointer(rebasing: all[start..<end]), offset: start, number: number))
                guard end < count else { break }
                if all[end] == 0x0D, end + 1 < count, all[end + 1] == 0x0A { end += 1 }
                start = end + 1
            }
        }
        // A final line end does not open one more (empty) line.
        if let last = lines.last, last.isBlank, text.utf8.last == 0x0A || text.utf8.last == 0x0D {
            lines.removeLast()
        }
        return LineBuffer(bytes: bytes, lines: lines)
    }

    /// Normalises one line in place; `offset` is where `bytes` starts in the whole buffer.
    private static func normalize(_ bytes: UnsafeMutableBufferPointer<UInt8>, offset: Int, number: Int) -> SourceLine {
        var indent = 0
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x20 { indent += 1 } else if b == 0x09 { indent += 4 } else { break }
            k += 1
        }
        // Fast path: after the indent, plain ASCII with single spaces and nothing to trim at
        // the end; normalising would only drop the indent.
        let rest = UnsafeBufferPointer(rebasing: bytes[k...])
        if rest.last != 0x20, PlainText.isPlain(rest) {
            return SourceLine(number: number, start: offset + k, end: offset + bytes.count, indent: indent, isASCII: true)
        }
        var normalized = TextNormalizer.normalizeLine(String(decoding: bytes, as: UTF8.self))
        // The normalised text is never longer than the raw line (every rule drops or shortens).
        let length = normalized.withUTF8 { out in
            let n = min(out.count, bytes.count)
            for j in 0..<n { bytes[j] = out[j] }
            return n
        }
        let isASCII = UnsafeBufferPointer(rebasing: bytes[..<length]).allSatisfy { $0 < 0x80 }
        return SourceLine(number: number, start: offset, end: offset + length, indent: indent, isASCII: isASCII)
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
