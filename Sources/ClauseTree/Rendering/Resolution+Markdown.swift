/// Markdown for review threads and wikis: a heading, the header fields, preambular paragraphs
/// in italics-led paragraphs, operative paragraphs as a numbered list with nested sub-items.
struct MarkdownWriter: ResolutionVisitor {
    var out = ""

    mutating func visitHeader(_ r: Resolution) {
        out += "# " + Self.escape(r.title ?? "Untitled resolution") + "\n\n"
        var facts: [String] = []
        if let meeting = r.meeting { facts.append(Self.escape(meeting)) }
        if let date = r.date { facts.append(Self.escape(date)) }
        if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
        if !r.sponsors.isEmpty { out += "**Sponsors:** " + r.sponsors.map(Self.escape).joined(separator: ", ") + "\n\n" }
        if let formula = r.formula { out += Self.escape(formula) + "\n\n" }
    }

    mutating func visitSection(_ section: Section, in r: Resolution) {
        if section == .operative, let leadIn = r.leadIn { out += "**" + Self.escape(leadIn) + "**\n\n" }
    }

    mutating func visitParagraph(_ p: Paragraph, depth: Int) {
        let body = Self.emphasizeLead(p)
        switch depth {
        case 0 where p.section == .preamble:
            out += body + "\n\n"
        case 0:
            let marker = p.number.map { "\($0)." } ?? "-"
            out += "\(marker) " + body + "\n"
        default:
            out += String(repeating: "    ", count: depth) + "- (\(p.number ?? String(p.index))) " + Self.escape(p.text) + "\n"
        }
    }

    mutating func leaveParagraph(_ p: Paragraph, depth: Int) {
        if depth == 0, p.section == .operative { out += "\n" }
    }

    mutating func visitClosing(_ r: Resolution) {
        for line in r.closing { out += "_" + Self.escape(line.text) + "_\n\n" }
        while out.hasSuffix("\n\n") { out.removeLast() }
    }

    static func emphasizeLead(_ p: Paragraph) -> String {
        guard !p.lead.isEmpty, p.text.hasPrefix(p.lead) else { return escape(p.text) }
        return "_" + escape(p.lead) + "_" + escape(String(p.text.dropFirst(p.lead.count)))
    }

    /// Escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension Resolution {
    /// The resolution as Markdown.
    public func renderMarkdown() -> String {
        var writer = MarkdownWriter()
        walk(&writer)
        return writer.out
    }
}
