import ClauseTree

extension AmendmentWorkspace {
    /// The amended paragraphs and the amended resolution.
    func result() -> AmendedDraft {
        var paragraphs: [AmendedParagraph] = []
        var preamble: [Paragraph] = []
        var operative: [Paragraph] = []
        let numbered = old.operative.isEmpty || old.operative.contains { $0.number != nil }
        var section = Section.preamble
        for item in items {
            if let marker = item.marker { section = marker; continue }
            let text = !item.amended ? (item.original?.fullText ?? TokenText.render(item.tokens)) : TokenText.render(item.tokens)
            paragraphs.append(AmendedParagraph(section: section, text: text, origin: item.citations, isAmended: item.amended))
            var paragraph: Paragraph
            if !item.amended, let original = item.original {
                paragraph = original
            } else {
                let lead = item.original.map(\.lead).flatMap { text.hasPrefix($0) && !$0.isEmpty ? $0 : nil }
                    ?? String(text.prefix { !$0.isWhitespace })
                paragraph = Paragraph(section: section, index: 0, number: nil, lead: lead, text: text,
                                      lines: item.original?.lines ?? SourceRange(line: max(1, item.line)))
            }
            paragraph.section = section
            if section == .operative {
                paragraph.number = numbered ? String(operative.count + 1) : nil
                operative.append(paragraph)
            } else {
                paragraph.number = nil
                preamble.append(paragraph)
            }
        }
        var resolution = old
        resolution.preamble = preamble
        resolution.operative = operative
        return AmendedDraft(paragraphs: paragraphs, resolution: resolution.assigningIdentifiers())
    }
}
