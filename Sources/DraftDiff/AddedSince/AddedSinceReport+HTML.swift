extension AddedSinceReport {
    /// The report as one self-contained HTML page (inline style sheet, nothing loaded from the
    /// network, every text escaped): the summary, then one entry per paragraph — new, adapted
    /// with `<ins>`/`<del>` word changes and its source, reused with its source — and a table
    /// of the earlier files the draft borrows from.
    /// - Parameter draftName: the draft's file name for the title.
    public func htmlReport(draftName: String) -> String {
        let e = HTMLText.escape
        var out = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>Added since: \(e(draftName))</title>",
            "<style>\n\(HTMLStyle.css)\n\(Self.css)\n</style>", "</head>", "<body>",
            "<header><h1>What is new in <span class=\"file\">\(e(draftName))</span></h1>",
            "<p class=\"summary\">\(e(summaryLine)), against \(priorFiles) earlier files (\(priorParagraphs) paragraphs).</p></header>",
        ]
        for (status, title) in [(OriginStatus.new, "New"), (.adapted, "Adapted"), (.reused, "Reused")] {
            let group = paragraphs.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            out.append("<h2>\(title) (\(group.count))</h2>")
            for origin in group { out.append(Self.htmlParagraph(origin)) }
        }
        if !sources.isEmpty {
            out.append("<h2>Sources</h2>")
            out.append("<table class=\"sources\"><tr><th>Earlier file</th><th>Reused</th><th>Adapted</th></tr>")
            for tally in sources {
                out.append("<tr><td class=\"file\">\(e(tally.file))</td><td>\(tally.reused)</td><td>\(tally.adapted)</td></tr>")
            }
            out.append("</table>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private static func htmlParagraph(_ origin: ParagraphOrigin) -> String {
        let e = HTMLText.escape
        let p = origin.paragraph
        let body: String
        var note = ""
        switch origin.status {
        case .new:
            body = e(p.fullText)
        case .adapted:
            body = HTMLText.runs(origin.words)
            let score = origin.similarity.map { (origin.splitOff ? ", containment " : ", similarity ") + rounded($0) } ?? ""
            note = (origin.splitOff ? "split off " : "adapted from ") + "\(e(origin.source?.label ?? "?"))\(score)"
        case .reused:
            body = e(p.fullText)
            let more = origin.copies > 1 ? " and \(origin.copies - 1) more" : ""
            note = "reused from \(e(origin.source?.label ?? "?"))\(more)"
        }
        var html = "<div class=\"para s-\(origin.status.rawValue)\" id=\"\(e(p.id))\"><div class=\"num\">\(e(p.label))</div><div class=\"text\">\(body)</div>"
        if !note.isEmpty { html += "<div class=\"note\">\(note)</div>" }
        return html + "</div>"
    }

    static let css = """
    .s-new { border-left-color: #2e8b57; }
    .s-new .text { background: #eef9f0; }
    .s-adapted { border-left-color: #d9a400; }
    .s-reused { border-left-color: #bbb; }
    .s-reused .text { color: #555; }
    p.summary { font-size: 1.05em; }
    .file { font-family: ui-monospace, Menlo, monospace; font-size: 0.9em; }
    table.sources { border-collapse: collapse; }
    table.sources td, table.sources th { padding: 0.2em 1em 0.2em 0; text-align: left; }
    """
}
