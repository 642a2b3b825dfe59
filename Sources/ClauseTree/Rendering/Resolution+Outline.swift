/// The readable outline: header fields, then one line per paragraph with its label, source
/// lines and first words.
struct OutlineWriter: ResolutionVisitor {
    var out = ""
    var width: Int
    var parentLabel = ""

    mutating func visitHeader(_ r: Resolution) {
        func field(_ name: String, _ value: String?) {
            out += Self.pad(name + ":", 10) + (value ?? "—") + "\n"
        }
        field("Title", r.title)
        field("Meeting", r.meeting)
        field("Date", r.date)
        field("Sponsors", r.sponsors.isEmpty ? nil : r.sponsors.joined(separator: "; "))
        field("Formula", r.formula)
    }

    mutating func visitSection(_ section: Section, in r: Resolution) {
        let count = r.paragraphs(in: section).count
        if section == .preamble {
            out += "\nPreamble: \(count) paragraph\(count == 1 ? "" : "s")\n"
        } else {
            out += "\nOperative: \(count) paragraph\(count == 1 ? "" : "s")"
            out += r.leadIn.map { " (lead-in: \($0))" } ?? ""
            out += "\n"
        }
    }

    mutating func visitParagraph(_ p: Paragraph, depth: Int) {
        let label: String
        if depth == 0 {
            label = p.label
            parentLabel = label
        } else {
            label = parentLabel + "(\(p.number ?? String(p.index)))"
            if depth == 1 { parentLabel = parentLabel.components(separatedBy: "(").first ?? parentLabel }
        }
        let indent = String(repeating: "  ", count: depth + 1)
        let head = Self.pad(indent + label, max(12, indent.count + label.count + 1))
        let lines = Self.pad("[\(p.lines)]", 10)
        out += head + lines + Self.firstWords(p.text, limit: max(20, width - head.count - lines.count)) + "\n"
    }

    mutating func leaveParagraph(_ p: Paragraph, depth: Int) {
        if depth == 1 { parentLabel = parentLabel.components(separatedBy: "(").first ?? parentLabel }
    }

    mutating func visitClosing(_ r: Resolution) {
        if !r.closing.isEmpty {
            out += "\nClosing:\n"
            for line in r.closing { out += "  line \(line.line): \(line.text)\n" }
        }
        if !r.noise.isEmpty {
            out += "\nNoise: \(r.noise.count) line\(r.noise.count == 1 ? "" : "s")\n"
            for line in r.noise { out += "  line \(line.line): \(line.text)\n" }
        }
    }

    /// `text` followed by spaces up to `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func firstWords(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit - 1))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}

extension Resolution {
    /// A readable tree for people: header fields, then each paragraph with its label
    /// (PP 3, OP 8, OP 8(a)), source lines and first words, then closing lines and noise.
    public func renderOutline(width: Int = 100) -> String {
        var writer = OutlineWriter(width: width)
        walk(&writer)
        return writer.out
    }
}
