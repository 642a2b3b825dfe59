#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ParseRun {
    /// Classifies the blocks into preamble and operative part and builds the tree.
    mutating func build() -> Resolution {
        var preamble: [Paragraph] = []
        var operative: [Paragraph] = []
        // The preamble ends at the lead-in or the first numbered block, if not before: room for
        // that many, and for the rest in the operative part once it starts (no regrowing).
        let firstNumbered = blocks.firstIndex { $0.number != nil } ?? blocks.count
        preamble.reserveCapacity(min(leadInBeforeBlock ?? blocks.count, firstNumbered))
        var inOperative = false
        var leads = StringInterner()
        for (offset, block) in blocks.enumerated() {
            if let leadInBeforeBlock, offset >= leadInBeforeBlock { inOperative = true }
            guard let (paragraph, kind) = makeParagraph(block, leads: &leads) else { continue }
            if block.number != nil {
                inOperative = true
            } else if !inOperative, kind == .operative, !(preamble.isEmpty && HeaderRules.isFormulaStart(introText(block))) {
                inOperative = true
            }
            if inOperative {
                if operative.isEmpty { operative.reserveCapacity(blocks.count - offset) }
                operative.append(paragraph)
            } else {
                preamble.append(paragraph)
            }
        }
        // "…pressing needs, Resolves to:" closing the last preambular paragraph.
        if leadIn == nil, var last = preamble.last, last.children.isEmpty,
           let split = HeaderRules.trailingLeadIn(last.text) {
            last.text = split.body
            preamble[preamble.count - 1] = last
            leadIn = split.leadIn
        }
        if preamble.isEmpty, operative.isEmpty {
            diagnostics.append(Diagnostic(.error, line: max(1, lines.first?.number ?? 1), "no paragraph found"))
        }
        for paragraph in operative where paragraph.number == nil {
            diagnostics.append(Diagnostic(.note, line: paragraph.lines.first, "operative paragraph without a number"))
            break
        }
        // The paragraph lists are handed over (`consume`), so identifiers are set in place.
        return Resolution(title: title, meeting: meeting, date: date, sponsors: sponsors,
                          sponsorLine: sponsorLine, formula: formula, preamble: consume preamble, leadIn: leadIn,
                          operative: consume operative, closing: closing, noise: noise.sorted { $0.line < $1.line },
                          diagnostics: diagnostics.sorted { $0.line < $1.line })
    }


    /// Turns a block into a paragraph (and the kind of its leading phrase), with its list items
    /// as children (and inline lists split); `leads` makes the leading phrases strings.
    func makeParagraph(_ block: RawBlock, leads: inout StringInterner) -> (Paragraph, LeadKind)? {
        if block.intro.isEmpty, block.items.isEmpty {
            return nil
        }
        var (text, lead, kind, mayContainList) = textAndLead(pieces[block.intro], leads: &leads)
        var children: [Paragraph] = []
        if block.items.isEmpty {
            // The byte scan rules out an inline list in nearly every paragraph.
            if mayContainList, let inline = InlineLists.split(text) {
                text = inline.intro
                (lead, kind) = LeadingPhrase.find(in: text)
                children = inline.items.map { item in
                    Paragraph(section: .operative, index: 0, number: item.marker,
                              lead: LeadingPhrase.find(in: item.text).lead, text: item.text,
                              lines: SourceRange(first: block.first, last: block.last))
                }
            }
        } else {
            children.reserveCapacity(block.items.count)
            for item in items[block.items] {
                let (itemText, itemLead, _, _) = textAndLead(pieces[item.pieces], leads: &leads)
                let child = Paragraph(section: .operative, index: 0, number: String(decoding: bytes(item.marker), as: UTF8.self),
                                      lead: itemLead, text: itemText, lines: SourceRange(first: item.first, last: item.last))
                if item.depth >= 2, !children.isEmpty {
                    children[children.count - 1].children.append(child)
                    let parentFirst = children[children.count - 1].lines.first
                    children[children.count - 1].lines = SourceRange(first: parentFirst, last: item.last)
                } else {
                    children.append(child)
                }
            }
        }
        let number = block.number.map { String(decoding: bytes($0), as: UTF8.self) }
        // Made in the return: a paragraph bound to a name first was copied into the tuple.
        return (Paragraph(section: .preamble, index: 0, number: number, lead: lead, text: text,
                          lines: SourceRange(first: block.first, last: block.last), children: children), kind)
    }
}
