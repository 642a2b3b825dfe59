import ClauseTree

extension AddedSinceReport {
    /// The report for a terminal: the summary line, then new paragraphs, adapted ones (with
    /// their source, score and word changes marked `[-deleted-]{+inserted+}` or in colour) and
    /// reused ones (one line each), then with `sources` the earlier files ranked by how many
    /// draft paragraphs they carry.
    ///
    /// ```text
    /// 2 new, 3 adapted, 29 reused of 34 (against 1000 earlier files, 30000 paragraphs)
    ///
    /// new      OP 7   Call on APPF Member States to …
    /// adapted  OP 3   from priors/2016.txt OP 5 (0.87)
    ///          Urge APPF Member States to {+fully+} implement …
    /// reused   PP 1   priors/2016.txt PP 1
    /// ```
    public func textReport(colour: Bool = false, sources showSources: Bool = false) -> String {
        var out = ["\(summaryLine) (against \(priorFiles) earlier \(priorFiles == 1 ? "file" : "files"), \(priorParagraphs) paragraphs)"]
        let bold = { (s: String) in colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        for origin in groupedParagraphs {
            let label = Self.padded(origin.paragraph.label, 7)
            switch origin.status {
            case .new:
                out.append("")
                out.append(bold("new      \(label)") + Self.excerpt(origin.paragraph.fullText))
            case .adapted:
                out.append("")
                let score = origin.similarity.map { (origin.splitOff ? " (split off, " : " (") + NumberText.fixed($0, places: 2) + ")" } ?? ""
                out.append(bold("adapted  \(label)") + "from \(origin.source?.label ?? "?")\(score)")
                out.append("         " + DraftComparison.textRuns(origin.words, colour: colour))
            case .reused:
                let copies = origin.copies > 1 ? " (and \(origin.copies - 1) more)" : ""
                out.append("reused   \(label)\(origin.source?.label ?? "?")\(copies)")
            }
        }
        if showSources {
            out += ["", "sources (draft paragraphs each earlier file carries):"]
            if sources.isEmpty { out.append("  none") }
            for tally in sources {
                out.append("  \(Self.padded(String(tally.total), 4))\(tally.file)  (\(tally.reused) reused, \(tally.adapted) adapted)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    /// The first 100 characters of `text`, cut at a word.
    static func excerpt(_ text: String) -> String {
        guard text.count > 100 else { return text }
        let cut = text.prefix(100)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
