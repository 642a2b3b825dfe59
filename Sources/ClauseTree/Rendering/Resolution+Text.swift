/// Writes the canonical plain text of a resolution: header lines, then each paragraph as one
/// line separated by blank lines, sub-paragraphs on their own lines below their parent
/// (numerals under letters indented by four spaces). Noise is left out.
///
/// Parsing the canonical text gives the same tree (line numbers aside), and the canonical text
/// of a canonical text is itself, byte for byte.
struct CanonicalTextWriter: ResolutionVisitor {
    var out = ""

    mutating func visitHeader(_ r: Resolution) {
        var header: [[String]] = []
        if let title = r.title { header.append([title]) }
        let meetingLines = [r.meeting, r.date].compactMap { $0 }
        if !meetingLines.isEmpty { header.append(meetingLines) }
        if let line = r.sponsorLine ?? Self.sponsorLine(r.sponsors) { header.append([line]) }
        if let formula = r.formula { header.append([formula]) }
        for group in header {
            out += group.joined(separator: "\n") + "\n\n"
        }
    }

    static func sponsorLine(_ sponsors: [String]) -> String? {
        guard !sponsors.isEmpty else { return nil }
        let list = sponsors.count == 1 ? sponsors[0]
            : sponsors.dropLast().joined(separator: ", ") + " and " + (sponsors.last ?? "")
        return "(Sponsored by \(list))"
    }

    mutating func visitSection(_ section: Section, in r: Resolution) {
        if section == .operative, let leadIn = r.leadIn { out += leadIn + "\n\n" }
    }

    mutating func visitParagraph(_ p: Paragraph, depth: Int) {
        switch depth {
        case 0:
            if let number = p.number { out += number + "." + (p.text.isEmpty ? "" : " ") }
            out += p.text + "\n"
        default:
            out += String(repeating: "    ", count: depth - 1) + "(\(p.number ?? Numbering.letter(p.index))) " + p.text + "\n"
        }
    }

    mutating func leaveParagraph(_ p: Paragraph, depth: Int) {
        if depth == 0 { out += "\n" }
    }

    mutating func visitClosing(_ r: Resolution) {
        for line in r.closing { out += line.text + "\n" }
        while out.hasSuffix("\n\n") { out.removeLast() }
    }
}

extension Resolution {
    /// The canonical plain text (see the README): stable under parse → render → parse.
    public func renderText() -> String {
        var writer = CanonicalTextWriter()
        walk(&writer)
        return writer.out
    }
}
