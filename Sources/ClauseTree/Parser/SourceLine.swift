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
        split(text, oneLineAtATime: false)
    }

    /// ``split(_:)``; `oneLineAtATime` makes it find each line end first and then check the line
    /// (the path for text with CR line ends), the reference for the one-pass scan.
    static func split(_ text: String, oneLineAtATime: Bool) -> LineBuffer {
        var copy = text
        return split(utf8: copy.withUTF8 { Array($0) }, oneLineAtATime: oneLineAtATime)
    }

    /// ``split(_:)`` of the valid UTF-8 text `bytes`, normalised in place in that array (not
    /// copied when the caller hands over its only reference).
    static func split(utf8 bytes: consuming [UInt8], oneLineAtATime: Bool = false) -> LineBuffer {
        var bytes = bytes
        let endsWithLineBreak = bytes.last == 0x0A || bytes.last == 0x0D
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 60 + 1)
        bytes.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress, all.count > 0 else {
                lines.append(SourceLine(number: 1, start: 0, end: 0, indent: 0, isASCII: true))
                return
            }
            let start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            // Without any CR (the usual case) one pass finds line ends and checks the lines; it
            // hands over to the line-by-line split at the first line holding a CR.
            if oneLineAtATime {
                splitLineByLine(all, from: start, into: &lines)
            } else {
                scanLines(all, base: base, from: start, into: &lines)
            }
        }
        // A final line end does not open one more (empty) line.
        if let last = lines.last, last.isBlank, endsWithLineBreak {
            lines.removeLast()
        }
        return LineBuffer(bytes: bytes, lines: lines)
    }

    /// Finds each line end (LF, CR or CRLF), then normalises the line; the line at `first` is
    /// line `after + 1`.
    private static func splitLineByLine(_ all: UnsafeMutableBufferPointer<UInt8>, from first: Int, after: Int = 0,
                                        into lines: inout [SourceLine]) {
        let count = all.count
        var start = first
        var number = after
        while true {
            var end = start
            while end < count, all[end] != 0x0A, all[end] != 0x0D { end += 1 }
            number += 1
            let line = UnsafeMutableBufferPointer(rebasing: all[start..<end])
            let k = indentEnd(UnsafeBufferPointer(line))
            let rest = UnsafeBufferPointer(rebasing: line[k.end...])
            if PlainText.isPlain(rest) {
                lines.append(plainLine(rest, offset: start + k.end, number: number, indent: k.indent)
                             ?? normalize(line, offset: start, number: number, indent: k.indent))
            } else {
                lines.append(normalize(line, offset: start, number: number, indent: k.indent))
            }
            guard end < count else { break }
            if all[end] == 0x0D, end + 1 < count, all[end + 1] == 0x0A { end += 1 }
            start = end + 1
        }
    }

    /// One pass over text with LF line ends: plain bytes are skipped eight at a time, and
    /// the line end is the control byte that stops the skip. A line found not plain is
    /// normalised (its end then found with memchr), unless it holds a CR: a CR stops the skip,
    /// so only such lines are searched for one, and from the first the rest of the text is
    /// split line by line (the lines before end in LF alone, which both splits read alike).
    private static func scanLines(_ all: UnsafeMutableBufferPointer<UInt8>, base: UnsafeMutablePointer<UInt8>, from first: Int,
                                  into lines: inout [SourceLine]) {
        let count = all.count
        let bytes = UnsafeBufferPointer(all)
        var start = first
        var number = 0
        while true {
            number += 1
            let k = indentEnd(UnsafeBufferPointer(rebasing: bytes[start...]))
            let restStart = start + k.end
            let skipped = PlainText.plainWords(base, from: restStart, to: count)
            let stop = PlainText.plainBytes(bytes, from: skipped, after: skipped > restStart ? bytes[skipped - 1] : 0)
            var end = stop
            if stop < count, bytes[stop] != 0x0A, let found = memchr(base + stop, 0x0A, count - stop) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if stop < count, bytes[stop] != 0x0A {
                end = count
            }
            if stop < end, memchr(base + stop, 0x0D, end - stop) != nil {
                splitLineByLine(all, from: start, after: number - 1, into: &lines)
                return
            }
            // Plain up to the line end: the fast path, unless a space ends the line.
            let line = UnsafeMutableBufferPointer(rebasing: all[start..<end])
            if stop == end, let plain = plainLine(UnsafeBufferPointer(rebasing: bytes[restStart..<end]), offset: restStart,
                                                  number: number, indent: k.indent) {
                lines.append(plain)
            } else {
                lines.append(normalize(line, offset: start, number: number, indent: k.indent))
            }
            guard end < count else { break }
            start = end + 1
        }
    }

    /// Where the leading spaces and tabs of `line` end, and the indent they make (tabs count as four).
    @inline(__always)
    private static func indentEnd(_ line: UnsafeBufferPointer<UInt8>) -> (end: Int, indent: Int) {
        var indent = 0
        var k = 0
        while k < line.count {
            let b = line[k]
            if b == 0x20 { indent += 1 } else if b == 0x09 { indent += 4 } else { break }
            k += 1
        }
        return (k, indent)
    }

    /// The line whose text after the indent is `rest`, known plain: normalising would only drop
    /// the indent. Nil when a space ends it (then it is trimmed by normalising).
    @inline(__always)
    private static func plainLine(_ rest: UnsafeBufferPointer<UInt8>, offset: Int, number: Int, indent: Int) -> SourceLine? {
        guard rest.last != 0x20 else { return nil }
        return SourceLine(number: number, start: offset, end: offset + rest.count, indent: indent, isASCII: true)
    }

    /// Normalises one line in place; `offset` is where `bytes` starts in the whole buffer.
    private static func normalize(_ bytes: UnsafeMutableBufferPointer<UInt8>, offset: Int, number: Int, indent: Int) -> SourceLine {
        var normalized = TextNormalizer.normalizeLine(String(decoding: bytes, as: UTF8.self))
        // The normalised text is never longer than the raw line (every rule drops or shortens).
        let length = normalized.withUTF8 { out in
            let n = min(out.count, bytes.count)
            for j in 0..<n { bytes[j] = out[j] }
            return n
        }
        let isASCII = ByteText.isASCII(UnsafeBufferPointer(rebasing: bytes[..<length]))
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
