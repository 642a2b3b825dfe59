
extension DraftComparison {
    /// The comparison as a terminal report: the summary line, the renumbering in one line, then
    /// each change under its headline ("OP 8 → OP 9 modified") with its text, deletions and
    /// insertions marked as `[-deleted-]{+inserted+}` (or in colour).
    ///
    /// ```swift
    /// print(comparison.textReport(options: TextReportOptions(colour: true, context: 1)))
    /// ```
    public func textReport(options: TextReportOptions = TextReportOptions()) -> String {
        var out: [String] = [summaryLine]
        let ranges = renumberingRanges
        if !ranges.isEmpty { out.append("renumbered: " + ranges.joined(separator: "; ")) }

        let shown = shownIndices(context: options.context)
        var previous: Int?
        for index in shown {
            if let previous, index != previous + 1 { out.append("  …") }
            previous = index
            let change = changes[index]
            out.append("")
            out.append(options.colour ? "\u{1B}[1m\(change.headline)\u{1B}[0m" : change.headline)
            out.append("    " + Self.textRuns(displayRuns(of: change), colour: options.colour))
            if change.leadChanged { out.append("    (leading phrase changed)") }
            if change.crossedSection { out.append("    (moved between preamble and operative part)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The indices of the entries to print: every reportable change and `context` entries either side.
    func shownIndices(context: Int) -> [Int] {
        var shown = Set<Int>()
        for (index, change) in changes.enumerated() where change.isReportable {
            let low = max(0, index - context)
            let high = min(changes.count - 1, index + context)
            for i in low...high { shown.insert(i) }
        }
        return shown.sorted()
    }

    /// The runs joined into one line, marked for a terminal.
    static func textRuns(_ runs: [WordChange], colour: Bool) -> String {
        joinedRuns(runs) { op, text in
            switch (op, colour) {
            case (.equal, _): text
            case (.insert, true): "\u{1B}[32;4m\(text)\u{1B}[0m"
            case (.delete, true): "\u{1B}[31;9m\(text)\u{1B}[0m"
            case (.insert, false): "{+\(text)+}"
            case (.delete, false): "[-\(text)-]"
            }
        }
    }

    /// The runs joined into one line, each run's trimmed text (empty ones left out) passed
    /// through `mark`, runs of the `skip` operation left out: the layout every report shares.
    static func joinedRuns(_ runs: [WordChange], skip: WordChange.Operation? = nil,
                           mark: (WordChange.Operation, String) -> String) -> String {
        var line = ""
        for run in runs where run.op != skip {
            let text = run.text.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            // Runs carry no leading space of their own; words are separated by one space
            // unless the run starts with closing punctuation.
            if !line.isEmpty, !attachesLeft(text) { line += " " }
            line += mark(run.op, text)
        }
        return line
    }

    /// True when `text` starts with punctuation that is written without a space before it.
    static func attachesLeft(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return ",;.:)]?!".contains(first)
    }
}
