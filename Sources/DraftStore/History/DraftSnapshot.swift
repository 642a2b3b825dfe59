import ClauseTree
import Foundation

/// One revision of a draft as the history walk sees it: its bytes, where its lines end, and its
/// top-level paragraphs (preamble first).
///
/// Only the newest revision is parsed whole. An older one is derived from the next newer one
/// (see ``DraftSnapshot/derive(olderBytes:)``): the lines both share at the start and at the end
/// keep their paragraphs, and only the paragraphs around the lines in between are parsed again.
/// Indices and eIds of the paragraphs are not kept up to date here; labels come from positions
/// (``label(at:)``).
struct DraftSnapshot {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The offset just after each line feed, ascending.
    let breaks: [Int]
    /// Top-level paragraphs: the preamble, then the operative part.
    let paragraphs: [Paragraph]
    /// How many of ``paragraphs`` are preambular.
    let preambleCount: Int
    /// Whether older revisions may be derived from this one line-wise (no carriage returns,
    /// valid text).
    let isLineStable: Bool

    /// The number of lines, as the parser counts them (a final line feed opens no line).
    var lineCount: Int {
        breaks.count + ((bytes.last ?? 0x0A) == 0x0A ? 0 : 1)
    }

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
        let paragraph = paragraphs[position]
        if paragraph.section == .preamble { return "PP \(position + 1)" }
        return "OP \(paragraph.number ?? String(position - preambleCount + 1))"
    }

    /// Parses `bytes` whole. Bytes that are not a draft's text give no paragraphs.
    static func parse(_ bytes: [UInt8]) -> DraftSnapshot {
        guard let text = try? DraftText.decode(bytes, path: "") else {
            return DraftSnapshot(bytes: bytes, breaks: lineBreaks(bytes), paragraphs: [], preambleCount: 0, isLineStable: false)
        }
        return DraftSnapshot(bytes: bytes, resolution: ResolutionParser().parse(text))
    }

    /// The snapshot of `resolution`, parsed from `bytes`.
    init(bytes: [UInt8], resolution: Resolution) {
        self.init(bytes: bytes, breaks: Self.lineBreaks(bytes), paragraphs: resolution.paragraphs,
                  preambleCount: resolution.preamble.count, isLineStable: !bytes.contains(0x0D))
    }

    init(bytes: [UInt8], breaks: [Int], paragraphs: [Paragraph], preambleCount: Int, isLineStable: Bool) {
        self.bytes = bytes
        self.breaks = breaks
        self.paragraphs = paragraphs
        self.preambleCount = preambleCount
        self.isLineStable = isLineStable
    }

    /// The offsets just after each line feed of `bytes`.
    static func lineBreaks(_ bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(bytes.count / 64 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            let count = buffer.count
            while offset < count, let hit = memchr(base + offset, 0x0A, count - offset) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                result.append(position + 1)
                offset = position + 1
            }
        }
        return result
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
        return (older, ChangeWindow(newer: 0..<paragraphs.count, older: 0..<older.paragraphs.count))
    }

    /// The line-wise derivation, or nil when it cannot be trusted.
    private func deriveByLines(_ olderBytes: [UInt8]) -> (snapshot: DraftSnapshot, window: ChangeWindow)? {
        guard isLineStable, !paragraphs.isEmpty, !olderBytes.contains(0x0D),
              (try? DraftText.decode(olderBytes, path: "")) != nil else { return nil }
        let olderBreaks = Self.lineBreaks(olderBytes)
        let newLength = bytes.count
        let (prefixBytes, suffixBytes) = Self.commonEnds(bytes, olderBytes)

        // Lines wholly inside the common prefix, and lines starting inside the common suffix.
        let prefixLines = Self.countAtMost(prefixBytes, in: breaks)
        let suffixStart = newLength - suffixBytes
        let suffixLines = Self.countBetween(suffixStart, newLength, in: breaks)
        let newLines = lineCount
        let olderLineCount = olderBreaks.count + ((olderBytes.last ?? 0x0A) == 0x0A ? 0 : 1)
        let lineShift = olderLineCount - newLines

        let count = paragraphs.count
        // First paragraph not wholly in the prefix; last one not wholly in the suffix.
        let firstTouched = paragraphs.firstIndex { $0.lines.last > prefixLines } ?? count
        let lastTouched = paragraphs.lastIndex { $0.lines.first <= newLines - suffixLines } ?? -1
        let windowStart = max(firstTouched - 1, 0)          // one unchanged paragraph before, as context
        let windowEnd = min(max(lastTouched + 1, firstTouched), count - 1)   // and one after (inclusive)
        guard windowStart <= windowEnd else { return nil }
        let hasContextBefore = firstTouched >= 1
        let hasContextAfter = paragraphs[windowEnd].lines.first > newLines - suffixLines

        let startLine = windowStart == 0 ? 1 : paragraphs[windowStart].lines.first
        let headerLines = windowStart == 0 ? 0 : paragraphs[0].lines.first - 1
        let newEndLine = hasContextAfter ? paragraphs[windowEnd].lines.last : newLines
        let oldEndLine = hasContextAfter ? paragraphs[windowEnd].lines.last + lineShift : olderLineCount
        guard headerLines <= prefixLines, startLine <= prefixLines + 1 || windowStart == 0 else { return nil }

        let older = DraftSnapshot(bytes: olderBytes, breaks: olderBreaks, paragraphs: [], preambleCount: 0, isLineStable: true)
        guard let newWindow = Self.parseWindow(self, headerLines: headerLines, startLine: startLine, endLine: newEndLine),
              let oldWindow = Self.parseWindow(older, headerLines: headerLines, startLine: startLine, endLine: oldEndLine),
              newWindow.hasLeadIn == oldWindow.hasLeadIn else { return nil }

        // Parsing the newer window alone must give back exactly what the whole parse gave.
        let expected = Array(paragraphs[windowStart...windowEnd])
        guard newWindow.paragraphs.count == expected.count,
              zip(newWindow.paragraphs, expected).allSatisfy({ Self.sameParagraph($0, $1, shift: 0) }) else { return nil }
        // The context paragraphs must come back unchanged from the older window.
        if hasContextBefore {
            guard let first = oldWindow.paragraphs.first, Self.sameParagraph(first, paragraphs[windowStart], shift: 0) else { return nil }
        }
        if hasContextAfter {
            guard let last = oldWindow.paragraphs.last, Self.sameParagraph(last, paragraphs[windowEnd], shift: lineShift) else { return nil }
        }

        let newRange = windowStart..<(windowStart + expected.count)
        let suffix = paragraphs[newRange.upperBound...].map { Self.shifted($0, by: lineShift) }
        let combined = Array(paragraphs[..<windowStart]) + oldWindow.paragraphs + suffix
        // Preamble first, then operative, as a whole parse would have them.
        let preambleCount = combined.prefix { $0.section == .preamble }.count
        guard !combined[preambleCount...].contains(where: { $0.section == .preamble }) else { return nil }
        let snapshot = DraftSnapshot(bytes: olderBytes, breaks: olderBreaks, paragraphs: combined,
                                     preambleCount: preambleCount, isLineStable: true)
        let oldRange = windowStart..<(windowStart + oldWindow.paragraphs.count)
        return (snapshot, ChangeWindow(newer: newRange, older: oldRange))
    }

    /// The paragraphs read from lines `startLine...endLine` of `snapshot`, preceded by its first
    /// `headerLines` lines so that the header is read as a header, with line numbers of the file.
    private static func parseWindow(
        _ snapshot: DraftSnapshot, headerLines: Int, startLine: Int, endLine: Int
    ) -> (paragraphs: [Paragraph], hasLeadIn: Bool)? {
        guard startLine <= endLine + 1 else { return nil }
        var text: [UInt8] = []
        let headerEnd = headerLines == 0 ? 0 : snapshot.lineEnd(headerLines)
        let windowStart = snapshot.lineStart(startLine)
        let windowEnd = snapshot.lineEnd(endLine)
        guard headerEnd <= windowStart, windowStart <= windowEnd else { return nil }
        text.reserveCapacity(headerEnd + windowEnd - windowStart)
        text.append(contentsOf: snapshot.bytes[0..<headerEnd])
        text.append(contentsOf: snapshot.bytes[windowStart..<windowEnd])
        guard let decoded = String(validating: text, as: UTF8.self) else { return nil }
        let resolution = ResolutionParser().parse(decoded)
        let shift = startLine - 1 - headerLines
        var result: [Paragraph] = []
        result.reserveCapacity(resolution.preamble.count + resolution.operative.count)
        for paragraph in resolution.paragraphs {
            guard paragraph.lines.first > headerLines else { return nil }
            result.append(shifted(paragraph, by: shift))
        }
        return (result, resolution.leadIn != nil)
    }

    /// Whether two parses of a paragraph agree: section, number, text and lines (`b` moved by `shift`).
    private static func sameParagraph(_ a: Paragraph, _ b: Paragraph, shift: Int) -> Bool {
        a.section == b.section && a.number == b.number && a.lines.first == b.lines.first + shift
            && a.lines.last == b.lines.last + shift && a.lead == b.lead && a.fullText == b.fullText
    }

    /// `paragraph` with its lines, and its children's, moved by `shift`.
    static func shifted(_ paragraph: Paragraph, by shift: Int) -> Paragraph {
        guard shift != 0 else { return paragraph }
        var copy = paragraph
        copy.lines = SourceRange(first: paragraph.lines.first + shift, last: paragraph.lines.last + shift)
        copy.children = paragraph.children.map { shifted($0, by: shift) }
        return copy
    }

    /// The lengths of the common prefix and the common suffix of `a` and `b` (not overlapping).
    static func commonEnds(_ a: [UInt8], _ b: [UInt8]) -> (prefix: Int, suffix: Int) {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let limit = min(x.count, y.count)
                var prefix = 0
                while prefix < limit, x[prefix] == y[prefix] { prefix += 1 }
                var suffix = 0
                while suffix < limit - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
                return (prefix, suffix)
            }
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
