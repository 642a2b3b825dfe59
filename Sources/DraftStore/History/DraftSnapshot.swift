import ClauseTree
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One revision of a draft as the history walk sees it: its bytes, where its lines end, and its
/// top-level paragraphs (preamble first).
///
/// Only the newest revision is parsed whole. An older one is derived from the next newer one
/// (see ``DraftSnapshot/derive(olderBytes:)``): the lines both share at the start and at the end
/// keep their paragraphs, and only the paragraphs around the lines in between are parsed again.
/// Indices, eIds and line numbers inside the paragraph values are not kept up to date here:
/// labels come from positions (``label(at:)``), and the lines of each top-level paragraph in
/// this revision from ``lines``, so that a derived revision reuses the paragraph values it shares
/// with the newer one as they are, even when lines were added or removed before them.
struct DraftSnapshot {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The offset just after each line feed, ascending.
    let breaks: [Int]
    /// Top-level paragraphs: the preamble, then the operative part, each in a shared box: a
    /// derived revision's list holds the same boxes as the newer one's around the window, so
    /// making the list costs a reference per paragraph, not a copy of each paragraph's fields.
    let shared: [SharedParagraph]
    /// The lines of each of ``paragraphs`` in this revision.
    let lines: [SourceRange]
    /// How many of ``paragraphs`` are preambular.
    let preambleCount: Int
    /// Whether older revisions may be derived from this one line-wise (no carriage returns,
    /// valid text).
    let isLineStable: Bool
    /// Whether each window is also parsed on the newer side and checked against the paragraphs
    /// already known (for drafts with page furniture or unnumbered operative paragraphs, where
    /// parsing a window on its own is more likely to read differently from a whole parse).
    let verifiesWindows: Bool

    /// The number of lines, as the parser counts them (a final line feed opens no line).
    var lineCount: Int {
        breaks.count + ((bytes.last ?? 0x0A) == 0x0A ? 0 : 1)
    }

    /// The top-level paragraphs (copies; the history walk reads ``shared``).
    var paragraphs: [Paragraph] { shared.map(\.value) }

    /// The number of top-level paragraphs.
    var count: Int { shared.count }

    /// The byte offset where 1-based line `line` starts.
    func lineStart(_ line: Int) -> Int {
        line <= 1 ? 0 : min(breaks[min(line - 2, breaks.count - 1)], bytes.count)
    }

    /// The byte offset just after 1-based line `line` (after its line feed, if it has one).
    func lineEnd(_ line: Int) -> Int {
        line - 1 < breaks.count ? breaks[line - 1] : bytes.count
    }

    /// The drafters' label of the paragraph at `position`: "PP 3" (by position), "OP 8" (by
    /// printed number, else position).
    func label(at position: Int) -> String {
        let paragraph = shared[position].value
        if paragraph.section == .preamble { return "PP \(position + 1)" }
        return "OP \(paragraph.number ?? String(position - preambleCount + 1))"
    }

    /// Whether the paragraph at `position` has the same label as the one at `other` in `snapshot`,
    /// without building the labels.
    func hasSameLabel(at position: Int, as other: Int, in snapshot: DraftSnapshot) -> Bool {
        let mine = shared[position].value, theirs = snapshot.shared[other].value
        guard mine.section == theirs.section else { return false }
        if mine.section == .preamble { return position == other }
        if let number = mine.number, let otherNumber = theirs.number { return number == otherNumber }
        return mine.number == nil && theirs.number == nil
            && position - preambleCount == other - snapshot.preambleCount
    }

    /// Parses `bytes` whole. Bytes that are not a draft's text give no paragraphs.
    static func parse(_ bytes: [UInt8]) -> DraftSnapshot {
        guard let text = try? DraftText.decode(bytes, path: "") else {
            return DraftSnapshot(bytes: bytes, breaks: lineBreaks(bytes), shared: [], lines: [], preambleCount: 0,
                                 isLineStable: false, verifiesWindows: true)
        }
        return DraftSnapshot(bytes: bytes, resolution: ResolutionParser().parse(text))
    }

    /// The snapshot of `resolution`, parsed from `bytes`.
    init(bytes: [UInt8], resolution: Resolution) {
        let paragraphs = resolution.paragraphs
        self.init(bytes: bytes, breaks: Self.lineBreaks(bytes), shared: paragraphs.map(SharedParagraph.init),
                  lines: paragraphs.map(\.lines),
                  preambleCount: resolution.preamble.count, isLineStable: !Self.containsByte(0x0D, bytes),
                  verifiesWindows: !resolution.noise.isEmpty || resolution.operative.contains { $0.number == nil })
    }

    init(bytes: [UInt8], breaks: [Int], shared: [SharedParagraph], lines: [SourceRange], preambleCount: Int,
         isLineStable: Bool, verifiesWindows: Bool) {
        self.verifiesWindows = verifiesWindows
        self.bytes = bytes
        self.breaks = breaks
        self.shared = shared
        self.lines = lines
        self.preambleCount = preambleCount
        self.isLineStable = isLineStable
    }

    /// The offsets just after each line feed of `bytes`.
    static func lineBreaks(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(bytes.count / 64 + 1)
        appendLineBreaks(of: bytes, in: 0..<bytes.count, to: &result)
        return result
    }

    /// The offsets just after each line feed of `older`, which has its first `prefix` and last
    /// `suffix` bytes in common with this revision's (not overlapping): the breaks of those parts
    /// are this revision's, moved; only the bytes between are scanned.
    func lineBreaks(of older: [UInt8], sharingPrefix prefix: Int, suffix: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(breaks.count + 16)
        // A line feed at offset p < prefix gives the break p + 1 <= prefix, the same in both.
        result += breaks[..<Self.countAtMost(prefix, in: breaks)]
        Self.appendLineBreaks(of: older, in: prefix..<(older.count - suffix), to: &result)
        // One at p >= count - suffix here is at p + (older.count - count) there.
        let shift = older.count - bytes.count
        for offset in breaks[Self.countAtMost(bytes.count - suffix, in: breaks)...] { result.append(offset + shift) }
        return result
    }

    /// Appends the offsets just after each line feed of `bytes[range]` to `result`.
    private static func appendLineBreaks(of bytes: [UInt8], in range: Range<Int>, to result: inout [Int]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = range.lowerBound
            let end = range.upperBound
            while offset < end, let hit = memchr(base + offset, 0x0A, end - offset) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                result.append(position + 1)
                offset = position + 1
            }
        }
    }
}

/// The paragraphs around a change between two revisions: the part of each paragraph list that
/// was parsed again, outside of which paragraphs correspond one to one.
struct ChangeWindow {
    /// The window in the newer revision's paragraphs.
    var newer: Range<Int>
    /// The window in the older revision's paragraphs.
    var older: Range<Int>
}

extension DraftSnapshot {
    /// The snapshot of an older revision of the same file, with the window of paragraphs that
    /// may differ. Falls back to parsing `olderBytes` whole (the window is then everything)
    /// when the change touches the header, or when parsing the window alone does not give the
    /// paragraphs back exactly as the whole parse had them.
    func derive(olderBytes: [UInt8]) -> (snapshot: DraftSnapshot, window: ChangeWindow) {
        if let derived = deriveByLines(olderBytes) {
            return derived
        }
        let older = DraftSnapshot.parse(olderBytes)
        return (older, ChangeWindow(newer: 0..<count, older: 0..<older.count))
    }

    /// The line-wise derivation, or nil when it cannot be trusted.
    private func deriveByLines(_ olderBytes: [UInt8]) -> (snapshot: DraftSnapshot, window: ChangeWindow)? {
        // The parts shared with this revision are valid text; the rest is checked when the
        // window is decoded. A NUL byte anywhere makes the revision unreadable as a draft.
        guard isLineStable, !shared.isEmpty, !Self.containsByte(0x0D, olderBytes),
              !Self.containsByte(0, olderBytes) else { return nil }
        let newLength = bytes.count
        let (prefixBytes, suffixBytes) = Self.commonEnds(bytes, olderBytes)
        let olderBreaks = lineBreaks(of: olderBytes, sharingPrefix: prefixBytes, suffix: suffixBytes)

        // Lines wholly inside the common prefix, and lines starting inside the common suffix.
        let prefixLines = Self.countAtMost(prefixBytes, in: breaks)
        let suffixStart = newLength - suffixBytes
        let suffixLines = Self.countBetween(suffixStart, newLength, in: breaks)
        let newLines = lineCount
        let olderLineCount = olderBreaks.count + ((olderBytes.last ?? 0x0A) == 0x0A ? 0 : 1)
        let lineShift = olderLineCount - newLines

        let count = self.count
        // First paragraph not wholly in the prefix; last one not wholly in the suffix.
        let firstTouched = lines.firstIndex { $0.last > prefixLines } ?? count
        let lastTouched = lines.lastIndex { $0.first <= newLines - suffixLines } ?? -1
        let windowStart = max(firstTouched - 1, 0)          // one unchanged paragraph before, as context
        let windowEnd = min(max(lastTouched + 1, firstTouched), count - 1)   // and one after (inclusive)
        guard windowStart <= windowEnd else { return nil }
        let hasContextBefore = firstTouched >= 1
        let hasContextAfter = lines[windowEnd].first > newLines - suffixLines

        // A window that starts at a paragraph after the first is parsed on its own: its first line
        // opens a paragraph, so the parser leaves the header at once. (The checks below catch
        // the rare line the header rules would claim.)
        let startLine = windowStart == 0 ? 1 : lines[windowStart].first
        let newEndLine = hasContextAfter ? lines[windowEnd].last : newLines
        let oldEndLine = hasContextAfter ? lines[windowEnd].last + lineShift : olderLineCount

        let older = DraftSnapshot(bytes: olderBytes, breaks: olderBreaks, shared: [], lines: [], preambleCount: 0,
                                  isLineStable: true, verifiesWindows: verifiesWindows)
        guard let oldWindow = Self.parseWindow(older, startLine: startLine, endLine: oldEndLine) else { return nil }
        let expected = windowStart...windowEnd
        let verify = verifiesWindows || oldWindow.hasLeadIn
            || expected.contains { shared[$0].value.section == .operative && shared[$0].value.number == nil }
            || oldWindow.paragraphs.contains { $0.section == .operative && $0.number == nil }
        if verify {
            // Parsing the newer window alone must give back exactly what is known of it.
            guard let newWindow = Self.parseWindow(self, startLine: startLine, endLine: newEndLine),
                  newWindow.hasLeadIn == oldWindow.hasLeadIn, newWindow.paragraphs.count == expected.count,
                  expected.allSatisfy({ k in
                      Self.sameParagraph(newWindow.paragraphs[k - windowStart], newWindow.lines[k - windowStart],
                                         shared[k].value, lines[k], shift: 0)
                  }) else { return nil }
        }
        // The context paragraphs must come back unchanged from the older window.
        if hasContextBefore {
            guard let first = oldWindow.paragraphs.first, let firstLines = oldWindow.lines.first,
                  Self.sameParagraph(first, firstLines, shared[windowStart].value, lines[windowStart], shift: 0) else { return nil }
        }
        if hasContextAfter {
            guard let last = oldWindow.paragraphs.last, let lastLines = oldWindow.lines.last,
                  Self.sameParagraph(last, lastLines, shared[windowEnd].value, lines[windowEnd], shift: lineShift) else { return nil }
        }

        let newRange = windowStart..<(windowStart + expected.count)
        // The paragraph values around the window are shared as they are; only their lines move.
        var combined = [SharedParagraph]()
        combined.reserveCapacity(windowStart + oldWindow.paragraphs.count + count - newRange.upperBound)
        combined += shared[..<windowStart]
        combined += oldWindow.paragraphs.map(SharedParagraph.init)
        combined += shared[newRange.upperBound...]
        var combinedLines = [SourceRange]()
        combinedLines.reserveCapacity(combined.count)
        combinedLines += lines[..<windowStart]
        combinedLines += oldWindow.lines
        for range in lines[newRange.upperBound...] {
            combinedLines.append(SourceRange(first: range.first + lineShift, last: range.last + lineShift))
        }
        // Preamble first, then operative, as a whole parse would have them.
        let preambleCount = combined.prefix { $0.value.section == .preamble }.count
        guard !combined[preambleCount...].contains(where: { $0.value.section == .preamble }) else { return nil }
        let snapshot = DraftSnapshot(bytes: olderBytes, breaks: olderBreaks, shared: combined, lines: combinedLines,
                                     preambleCount: preambleCount, isLineStable: true, verifiesWindows: verifiesWindows)
        let oldRange = windowStart..<(windowStart + oldWindow.paragraphs.count)
        return (snapshot, ChangeWindow(newer: newRange, older: oldRange))
    }

    /// A header line put before a window that starts after the first paragraph: once the parser
    /// has read a sponsor line it no longer tries to read one in each following line, which on
    /// long paragraph lines is the costliest header rule.
    private static let windowHeader = Array("(Sponsored by Redraft)\n\n".utf8)

    /// The paragraphs read from lines `startLine...endLine` of `snapshot` parsed on their own
    /// (after ``windowHeader`` unless the window starts at line 1), and their lines in the file.
    private static func parseWindow(
        _ snapshot: DraftSnapshot, startLine: Int, endLine: Int
    ) -> (paragraphs: [Paragraph], lines: [SourceRange], hasLeadIn: Bool)? {
        guard startLine <= endLine + 1 else { return nil }
        let windowStart = snapshot.lineStart(startLine)
        let windowEnd = snapshot.lineEnd(endLine)
        guard windowStart <= windowEnd else { return nil }
        let header = startLine == 1 ? [] : windowHeader
        var text = header
        text.append(contentsOf: snapshot.bytes[windowStart..<windowEnd])
        guard let decoded = String(validating: text, as: UTF8.self) else { return nil }
        let resolution = ResolutionParser().parse(decoded)
        let headerLines = startLine == 1 ? 0 : 2
        let shift = startLine - 1 - headerLines
        let paragraphs = resolution.paragraphs
        var lines: [SourceRange] = []
        lines.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            guard paragraph.lines.first > headerLines else { return nil }
            lines.append(SourceRange(first: paragraph.lines.first + shift, last: paragraph.lines.last + shift))
        }
        return (paragraphs, lines, resolution.leadIn != nil)
    }

    /// Whether two parses of a paragraph agree: section, number, text and lines (`a` at
    /// `aLines`, `b` at `bLines` moved by `shift`).
    private static func sameParagraph(_ a: Paragraph, _ aLines: SourceRange, _ b: Paragraph, _ bLines: SourceRange,
                                      shift: Int) -> Bool {
        a.section == b.section && a.number == b.number && aLines.first == bLines.first + shift
            && aLines.last == bLines.last + shift && a.lead == b.lead && a.fullText == b.fullText
    }

    /// The lengths of the common prefix and the common suffix of `a` and `b` (not overlapping).
    static func commonEnds(_ a: [UInt8], _ b: [UInt8]) -> (prefix: Int, suffix: Int) {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                guard let xBase = x.baseAddress, let yBase = y.baseAddress else { return (0, 0) }
                let limit = min(x.count, y.count)
                // Large blocks first (most of two revisions is the same), then small ones, then bytes.
                var prefix = 0
                for chunk in [4096, 64] {
                    while prefix + chunk <= limit, memcmp(xBase + prefix, yBase + prefix, chunk) == 0 { prefix += chunk }
                }
                while prefix < limit, x[prefix] == y[prefix] { prefix += 1 }
                let room = limit - prefix
                var suffix = 0
                for chunk in [4096, 64] {
                    while suffix + chunk <= room,
                          memcmp(xBase + x.count - suffix - chunk, yBase + y.count - suffix - chunk, chunk) == 0 {
                        suffix += chunk
                    }
                }
                while suffix < room, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
                return (prefix, suffix)
            }
        }
    }

    /// Whether `bytes` contains `byte` (`memchr`).
    static func containsByte(_ byte: UInt8, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// How many of the ascending `values` are at most `limit`.
    static func countAtMost(_ limit: Int, in values: [Int]) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// How many of the ascending `values` lie strictly between `low` and `high`.
    static func countBetween(_ low: Int, _ high: Int, in values: [Int]) -> Int {
        let upTo = countAtMost(high - 1, in: values)
        let through = countAtMost(low, in: values)
        return max(upTo - through, 0)
    }
}

/// One paragraph of a ``DraftSnapshot``, boxed so that the lists of successive revisions share it.
final class SharedParagraph: Sendable {
    /// The paragraph.
    let value: Paragraph

    /// Boxes `value`.
    init(_ value: Paragraph) {
        self.value = value
    }
}
