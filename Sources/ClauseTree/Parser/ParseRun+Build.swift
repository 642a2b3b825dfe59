
extension ParseRun {
    /// Classifies the blocks into preamble and operative part and builds the tree. Each
    /// paragraph is made in its list with its section, index and eId (those
    /// ``Resolution/assigningIdentifiers()`` gives), so the tree needs no second pass.
    mutating func build() -> Resolution {
        var preamble: [Paragraph] = []
        var operative: [Paragraph] = []
        // The preamble ends at the lead-in or the first numbered block, if not before: room for
        // that many, and for the rest in the operative part once it starts (no regrowing).
        let firstNumbered = blocks.firstIndex { $0.number != nil } ?? blocks.count
        preamble.reserveCapacity(min(leadInBeforeBlock ?? blocks.count, firstNumbered))
        var preambleNames = SectionIdentifier(section: .preamble, capacity: 0)
        var operativeNames = SectionIdentifier(section: .operative, capacity: blocks.count)
        var inOperative = false
        var leads = Leads()
        // The first line of the first operative paragraph printed without a number, if any.
        var unnumberedOperative: Int?
        for (offset, block) in blocks.enumerated() {
            if let leadInBeforeBlock, offset >= leadInBeforeBlock { inOperative = true }
            // A block with no text makes no paragraph.
            if block.intro.isEmpty, block.items.isEmpty { continue }
            // The parts as locals (a tuple taken apart): each moves into the paragraph. A
            // struct or an optional of them was copied field by field instead.
            let (number, lead, text, children, kind) = paragraphParts(block, leads: &leads)
            if block.number != nil {
                inOperative = true
            } else if !inOperative, kind == .operative, !(preamble.isEmpty && HeaderRules.isFormulaStart(introText(block))) {
                inOperative = true
            }
            let lines = SourceRange(first: block.first, last: block.last)
            if inOperative {
                if operative.isEmpty { operative.reserveCapacity(blocks.count - offset) }
                if unnumberedOperative == nil, block.number == nil { unnumberedOperative = block.first }
                let (index, id) = operativeNames.next(number: number, printed: block.number.map(bytes))
                operative.append(Paragraph(section: .operative, index: index, number: number, lead: lead, text: text,
                                           lines: lines, id: id,
                                           children: Self.named(children, section: .operative, parentID: id)))
            } else {
                let (index, id) = preambleNames.next(number: number, printed: block.number.map(bytes))
                preamble.append(Paragraph(section: .preamble, index: index, number: number, lead: lead, text: text,
                                          lines: lines, id: id,
                                          children: Self.named(children, section: .preamble, parentID: id)))
            }
        }
        // "…pressing needs, Resolves to:" closing the last preambular paragraph.
        if leadIn == nil, let last = preamble.indices.last, preamble[last].children.isEmpty,
           let split = HeaderRules.trailingLeadIn(preamble[last].text) {
            preamble[last].text = split.body
            leadIn = split.leadIn
        }
        if preamble.isEmpty, operative.isEmpty {
            diagnostics.append(Diagnostic(.error, line: max(1, lines.first?.number ?? 1), "no paragraph found"))
        }
        if let unnumberedOperative {
            diagnostics.append(Diagnostic(.note, line: unnumberedOperative, "operative paragraph without a number"))
        }
        // The paragraph lists are handed over (`consume`), already named.
        return Resolution(title: title, meeting: meeting, date: date, sponsors: sponsors, sponsorLine: sponsorLine,
                          formula: formula, identifiedPreamble: consume preamble, leadIn: leadIn,
                          identifiedOperative: consume operative, closing: closing,
                          noise: noise.sorted { $0.line < $1.line }, diagnostics: diagnostics.sorted { $0.line < $1.line })
    }

    /// What a block's paragraph is made of (its list items as children, and inline lists
    /// split), and the kind of its leading phrase; `leads` makes the leading phrases strings.
    /// The block has an intro or items.
    func paragraphParts(_ block: RawBlock, leads: inout Leads)
        -> (number: String?, lead: String, text: String, children: [Paragraph], kind: LeadKind) {
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
                let marker = shortString(item.marker)
                let lines = SourceRange(first: item.first, last: item.last)
                // Each child is made in the list it joins (a child bound to a name was copied).
                if item.depth >= 2, let parent = children.indices.last {
                    children[parent].children.append(Paragraph(section: .operative, index: 0, number: marker, lead: itemLead,
                                                               text: itemText, lines: lines, id: "", children: []))
                    children[parent].lines = SourceRange(first: children[parent].lines.first, last: item.last)
                } else {
                    children.append(Paragraph(section: .operative, index: 0, number: marker, lead: itemLead,
                                              text: itemText, lines: lines, id: "", children: []))
                }
            }
        }
        return (block.number.map(shortString), lead, text, children, kind)
    }

    /// The string of a few bytes of the text (a number, a list marker), as
    /// `String(decoding:as:)` makes it: written into the string's storage (inline up to 15
    /// bytes), which is cheaper than decoding a buffer.
    func shortString(_ range: Range<Int>) -> String {
        let source = bytes(range)
        return String(unsafeUninitializedCapacity: source.count) { buffer in
            guard let from = source.baseAddress, let to = buffer.baseAddress else { return 0 }
            for k in 0..<source.count { to[k] = from[k] }
            return source.count
        }
    }

    /// `children` with the sections, indices and eIds of the children of the paragraph `parentID`.
    static func named(_ children: consuming [Paragraph], section: Section, parentID: String) -> [Paragraph] {
        if !children.isEmpty { Resolution.identify(&children, section: section, parentID: parentID) }
        return children
    }
}
