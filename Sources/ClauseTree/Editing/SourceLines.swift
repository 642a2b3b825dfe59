/// The lines of a source text with their line ends, numbered 1-based as the parser numbers
/// them (LF, CRLF and lone CR each end a line), so that edits keep every other byte.
struct SourceLines {
    private(set) var lines: [String]
    private(set) var ends: [String]
    let newline: String

    init(_ text: String) {
        var lines: [String] = []
        var ends: [String] = []
        var current = ""
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if scalar == "\n" {
                lines.append(current); ends.append("\n"); current = ""
            } else if scalar == "\r" {
                if let next = iterator.next() {
                    if next == "\n" { lines.append(current); ends.append("\r\n"); current = "" } else {
                        lines.append(current); ends.append("\r"); current = ""; pending = next
                    }
                } else {
                    lines.append(current); ends.append("\r"); current = ""
                }
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(current); ends.append("") }
        self.lines = lines
        self.ends = ends
        self.newline = ends.first { !$0.isEmpty } ?? "\n"
    }

    var count: Int { lines.count }

    /// Lines `first…last` (1-based, inclusive) without their line ends.
    func text(_ first: Int, through last: Int) -> [String] {
        Array(lines[(first - 1)..<min(last, lines.count)])
    }

    /// Replaces lines `first…last` with `replacement`.
    mutating func replace(_ first: Int, through last: Int, with replacement: [String]) {
        let range = (first - 1)..<min(last, lines.count)
        let lastEnd = ends[range.upperBound - 1]
        lines.replaceSubrange(range, with: replacement)
        ends.replaceSubrange(range, with: Array(repeating: newline, count: max(0, replacement.count - 1)) + [lastEnd.isEmpty ? "" : lastEnd])
    }

    /// Inserts `block` after line `line` (0 inserts at the top).
    mutating func insert(_ block: [String], after line: Int) {
        let at = min(line, lines.count)
        if at == lines.count, let lastEnd = ends.last, lastEnd.isEmpty {
            ends[ends.count - 1] = newline
        }
        lines.insert(contentsOf: block, at: at)
        ends.insert(contentsOf: Array(repeating: newline, count: block.count), at: at)
    }

    /// Removes lines `first…last` and the blank lines after them (or, at the end of the text,
    /// the blank lines before them), so that one separator remains.
    mutating func removeBlock(_ first: Int, through last: Int) {
        var lower = first - 1
        var upper = min(last, lines.count)
        var after = upper
        while after < lines.count, lines[after].trimmingTrailingSpaces().isEmpty { after += 1 }
        if after < lines.count {
            upper = after
        } else {
            while lower > 0, lines[lower - 1].trimmingTrailingSpaces().isEmpty { lower -= 1 }
            upper = lines.count
        }
        let keepFinalEnd = upper == lines.count ? (ends.last ?? "") : nil
        lines.removeSubrange(lower..<upper)
        ends.removeSubrange(lower..<upper)
        if let keepFinalEnd, !ends.isEmpty { ends[ends.count - 1] = keepFinalEnd }
    }

    /// Rewrites the number `from` at the start of line `line` as `to`.
    mutating func renumber(line: Int, from: String, to: String) {
        let text = lines[line - 1]
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        let rest = text.dropFirst(indent.count)
        guard rest.hasPrefix(from) else { return }
        lines[line - 1] = String(indent) + to + rest.dropFirst(from.count)
    }

    /// The text with its line ends.
    func joined() -> String {
        var out = ""
        for (line, end) in zip(lines, ends) { out += line + end }
        return out
    }
}
