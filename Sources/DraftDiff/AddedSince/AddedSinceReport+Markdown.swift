import ClauseTree
extension AddedSinceReport {
    /// The report as Markdown: a bold summary line, a `## New` section with each new
    /// paragraph's text, `## Adapted` with the source and the word changes (`~~deleted~~`,
    /// `**inserted**`), `## Reused` as a table of sources, and `## Sources` ranking the earlier
    /// files.
    public func markdownReport() -> String {
        var out = ["**Added since:** \(summaryLine) (against \(priorFiles) earlier files, \(priorParagraphs) paragraphs)"]
        let new = paragraphs.filter { $0.status == .new }
        if !new.isEmpty {
            out += ["", "## New"]
            for origin in new {
                out += ["", "**\(origin.paragraph.label)** " + DraftComparison.markdownEscape(origin.paragraph.fullText)]
            }
        }
        let adapted = paragraphs.filter { $0.status == .adapted }
        if !adapted.isEmpty {
            out += ["", "## Adapted"]
            for origin in adapted {
                let score = origin.similarity.map { " (\(origin.splitOff ? "split off, containment" : "similarity") \(Self.rounded($0)))" } ?? ""
                out += ["", "### \(origin.paragraph.label) from \(DraftComparison.markdownEscape(origin.source?.label ?? "?"))\(score)", ""]
                out.append(DraftComparison.markdownRuns(origin.words))
            }
        }
        let reused = paragraphs.filter { $0.status == .reused }
        if !reused.isEmpty {
            out += ["", "## Reused", "", "| Draft | Source | Copies |", "|---|---|---|"]
            for origin in reused {
                out.append("| \(origin.paragraph.label) | \(DraftComparison.markdownEscape(origin.source?.label ?? "?")) | \(origin.copies) |")
            }
        }
        if !sources.isEmpty {
            out += ["", "## Sources", "", "| Earlier file | Reused | Adapted |", "|---|---|---|"]
            for tally in sources {
                out.append("| \(DraftComparison.markdownEscape(tally.file)) | \(tally.reused) | \(tally.adapted) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `value` with at most three decimals.
    static func rounded(_ value: Double) -> String {
        var s = NumberText.fixed(value, places: 3)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
