import ClauseTree

extension DraftComparison {
    /// The comparison as one self-contained HTML page (inline style, no scripts, nothing from
    /// the network): a header naming both drafts, the summary and a linked list of the changes,
    /// then the new draft in order with insertions in `<ins>` and deletions in `<del>`.
    /// Deleted paragraphs stand struck where they were; a moved paragraph is marked at its new
    /// place and by a stub at its old place, each linking to the other; renumbering shows as
    /// "old → new". Every change has the anchor `#cN` (N its index in ``changes``), the stub of
    /// a moved paragraph `#cN-from`.
    /// - Parameters:
    ///   - oldName: the old draft's file name.
    ///   - newName: the new draft's file name.
    ///   - options: layout options (two columns or one).
    public func htmlReport(oldName: String, newName: String,
                           options: HTMLReportOptions = HTMLReportOptions()) -> String {
        var html = HTMLPage(comparison: self, sideBySide: options.sideBySide)
        return html.render(oldName: oldName, newName: newName)
    }
}

/// Builds the HTML page of a comparison.
struct HTMLPage {
    let comparison: DraftComparison
    let sideBySide: Bool
    private var out: [String] = []

    init(comparison: DraftComparison, sideBySide: Bool) {
        self.comparison = comparison
        self.sideBySide = sideBySide
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }

    /// The page's title: the new draft's, else the old draft's.
    private var title: String { comparison.new.title ?? comparison.old.title ?? "Draft comparison" }

    mutating func render(oldName: String, newName: String) -> String {
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(Self.e(title)) — comparison</title>")
        out.append("<style>\n\(HTMLStyle.css)\n</style></head>")
        out.append(sideBySide ? "<body class=\"two\">" : "<body>")
        header(oldName: oldName, newName: newName)
        summary()
        out.append("<main>")
        body()
        out.append("</main></body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private mutating func header(oldName: String, newName: String) {
        out.append("<header><h1>\(Self.e(title))</h1>")
        out.append("<table class=\"drafts\">")
        for (role, name, draft) in [("Old", oldName, comparison.old), ("New", newName, comparison.new)] {
            out.append("<tr><td>\(role)</td><td class=\"file\">\(Self.e(name))</td><td>\(Self.e(draft.title ?? "untitled"))</td>"
                + "<td>\(draft.preamble.count) preambular, \(draft.operative.count) operative paragraphs</td></tr>")
        }
        out.append("</table></header>")
    }

    private mutating func summary() {
        out.append("<nav class=\"summary\"><p><strong>\(Self.e(comparison.summaryLine))</strong></p>")
        let ranges = comparison.renumberingRanges
        if !ranges.isEmpty { out.append("<p>Renumbered: \(Self.e(ranges.joined(separator: "; ")))</p>") }
        let listed = comparison.changes.enumerated().filter { $0.element.isReportable }
        if !listed.isEmpty {
            out.append("<ol>")
            for (index, change) in listed {
                out.append("<li><a href=\"#c\(index)\">\(Self.e(change.headline))</a></li>")
            }
            out.append("</ol>")
        }
        out.append("</nav>")
    }

    /// Where the stubs of moved paragraphs go: after which entry, or at the start of a section.
    private func stubPlacement() -> (after: [Int: [Int]], atStart: [Section: [Int]]) {
        var owner: [String: Int] = [:]
        for (index, change) in comparison.changes.enumerated() {
            for ref in change.old { owner["\(ref.section.rawValue)#\(ref.index)"] = index }
        }
        var after: [Int: [Int]] = [:]
        var atStart: [Section: [Int]] = [:]
        let moved = comparison.changes.indices.filter { comparison.changes[$0].kind == .moved }
            .sorted { (comparison.changes[$0].old.first?.index ?? 0) < (comparison.changes[$1].old.first?.index ?? 0) }
        for index in moved {
            guard let ref = comparison.changes[index].old.first else { continue }
            var candidate = ref.index - 1
            var placed = false
            while candidate >= 1 {
                if let j = owner["\(ref.section.rawValue)#\(candidate)"], comparison.changes[j].kind != .moved {
                    after[j, default: []].append(index)
                    placed = true
                    break
                }
                candidate -= 1
            }
            if !placed { atStart[ref.section, default: []].append(index) }
        }
        return (after, atStart)
    }

    private mutating func body() {
        let stubs = stubPlacement()
        for section in Section.allCases {
            let entries = comparison.changes.indices.filter { index in
                let change = comparison.changes[index]
                return (change.new.first ?? change.old.first)?.section == section
            }
            let starting = stubs.atStart[section] ?? []
            guard !entries.isEmpty || !starting.isEmpty else { continue }
            out.append("<h2>\(section == .preamble ? "Preamble" : "Operative part")</h2>")
            if sideBySide {
                out.append("<div class=\"para\"><div class=\"num\"></div><div><strong>Old</strong></div><div><strong>New</strong></div></div>")
            }
            for stub in starting { movedStub(stub) }
            for index in entries {
                entry(index)
                for stub in stubs.after[index] ?? [] { movedStub(stub) }
            }
        }
    }

    private func numberCell(_ change: ParagraphChange) -> String {
        let oldLabel = change.oldLabels, newLabel = change.newLabels
        if oldLabel.isEmpty { return Self.e(newLabel) }
        if newLabel.isEmpty { return "<del>\(Self.e(oldLabel))</del>" }
        if oldLabel == newLabel { return Self.e(newLabel) }
        return "<del>\(Self.e(oldLabel))</del> → \(Self.e(newLabel))"
    }

    private mutating func entry(_ index: Int) {
        let change = comparison.changes[index]
        let runs = comparison.displayRuns(of: change)
        out.append("<div class=\"para k-\(change.kind.rawValue)\" id=\"c\(index)\">")
        out.append("<div class=\"num\">\(numberCell(change))</div>")
        if sideBySide {
            let oldCell = change.old.isEmpty ? "<div class=\"cell empty\"></div>"
                : "<div class=\"cell text\">\(HTMLText.runs(runs, skip: .insert))</div>"
            let newCell = change.new.isEmpty ? "<div class=\"cell empty\"></div>"
                : "<div class=\"cell text\">\(HTMLText.runs(runs, skip: .delete))</div>"
            out.append(oldCell)
            out.append(newCell)
        } else {
            out.append("<div class=\"text\">\(HTMLText.runs(runs))</div>")
        }
        if let note = note(for: change, index: index) {
            out.append("<div class=\"note\">\(note)</div>")
        }
        out.append("</div>")
    }

    private func note(for change: ParagraphChange, index: Int) -> String? {
        var parts: [String] = []
        switch change.kind {
        case .moved:
            parts.append("Moved from <a href=\"#c\(index)-from\">\(Self.e(change.oldLabels))</a>.")
        case .added: parts.append("New paragraph.")
        case .deleted: parts.append("Deleted paragraph.")
        case .split, .merged: parts.append(Self.e(change.headline) + ".")
        case .modified, .renumbered, .unchanged: break
        }
        if change.leadChanged { parts.append("Leading phrase changed.") }
        if change.crossedSection { parts.append("Moved between the preamble and the operative part.") }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private mutating func movedStub(_ index: Int) {
        let change = comparison.changes[index]
        let from = change.oldLabels, to = change.newLabels
        out.append("<div class=\"para stub\" id=\"c\(index)-from\">")
        out.append("<div class=\"num\"><del>\(Self.e(from))</del></div>")
        out.append("<div class=\"note\">\(Self.e(from)) moved from here to <a href=\"#c\(index)\">\(Self.e(to))</a>.</div>")
        out.append("</div>")
    }
}
