
extension DraftComparison {
    /// The comparison as Markdown for review threads: a bold summary line, the renumbering,
    /// then one `### OP 8 → OP 9 modified` heading per change with the text below it,
    /// deleted runs as `~~deleted~~` and inserted runs as `**inserted**`.
    /// Unchanged and renumbered paragraphs are not listed.
    public func markdownReport() -> String {
        var out: [String] = ["**Changes:** \(summaryLine)"]
        let ranges = renumberingRanges
        if !ranges.isEmpty { out += ["", "**Renumbered:** " + Self.markdownEscape(ranges.joined(separator: "; "))] }
        for change in changes where change.isReportable {
            out += ["", "### " + change.headline, ""]
            out.append(Self.markdownRuns(displayRuns(of: change)))
            var notes: [String] = []
            if change.leadChanged { notes.append("leading phrase changed") }
            if change.crossedSection { notes.append("moved between the preamble and the operative part") }
            if !notes.isEmpty { out += ["", "_(" + notes.joined(separator: "; ") + ")_"] }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The runs as one Markdown paragraph.
    static func markdownRuns(_ runs: [WordChange]) -> String {
        joinedRuns(runs) { op, text in
            let escaped = markdownEscape(text)
            switch op {
            case .equal: return escaped
            case .insert: return "**\(escaped)**"
            case .delete: return "~~\(escaped)~~"
            }
        }
    }

    /// `text` with the characters Markdown would read as markup backslash-escaped.
    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_~[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
