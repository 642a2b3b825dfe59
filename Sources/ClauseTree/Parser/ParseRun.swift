import Foundation

/// One run of the parser over a list of lines: the header first, then the body.
struct ParseRun {
    let lines: [SourceLine]
    var position = 0

    var title: String?
    var titleKey: String?
    var meeting: String?
    var date: String?
    var sponsors: [String] = []
    var sponsorLine: String?
    var formula: String?
    var leadIn: String?
    var blocks: [RawBlock] = []
    /// Index into `blocks` of the first block read after an operative lead-in, if any.
    var leadInBeforeBlock: Int?
    var closing: [ClosingLine] = []
    var noise: [NoiseLine] = []
    var diagnostics: [Diagnostic] = []

    init(lines: [SourceLine]) {
        self.lines = lines
    }

    // MARK: Header

    mutating func readHeader() {
        while position < lines.count {
            let line = lines[position]
            let text = line.text
            if line.isBlank { position += 1; continue }
            if NoiseRules.isFurniture(text) { addNoise(line); position += 1; continue }
            if isRepeatedTitle(text) { addNoise(line); position += 1; continue }
            // A numbered line opens the body at once (also the common case of a window parse).
            if Numbering.operativeNumber(text) != nil { return }
            if sponsorLine == nil, let names = HeaderRules.sponsors(in: text) {
                sponsors = names
                sponsorLine = text
                position += 1
                continue
            }
            if HeaderRules.isLeadIn(text) || Numbering.operativeNumber(text) != nil { return }
            if HeaderRules.isFormulaStart(text) {
                readFormula()
                return
            }
            if meeting == nil, HeaderRules.isMeeting(text) { meeting = text; position += 1; continue }
            if date == nil, let found = HeaderRules.date(in: text) { date = found; position += 1; continue }
            if looksLikeParagraph(text) { return }
            if title == nil {
                var joined = text
                position += 1
                // A title wrapped over two lines: the next line continues it in lowercase.
                while position < lines.count, !lines[position].isBlank,
                      lines[position].text.first?.isLowercase == true {
                    joined += " " + lines[position].text
                    position += 1
                }
                title = joined
                titleKey = Self.key(joined)
                continue
            }
            addNoise(line, note: "unrecognised header line")
            position += 1
        }
    }

    /// A paragraph start in the header zone: a known leading phrase, or a long line ending
    /// like a clause.
    func looksLikeParagraph(_ text: String) -> Bool {
        if let last = text.last, ";,:".contains(last), text.count > 40 { return true }
        let (lead, kind) = LeadingPhrase.find(in: text)
        guard kind != .unknown else { return false }
        if text.lowercased().hasPrefix("resolution") { return false }
        // A short title line opening with a participle ("Promoting Regional Trade") stays a
        // title when no title has been seen yet and it does not end like a clause.
        if title == nil, text.count < 120, !LeadingPhrase.isKnown(lead) { return false }
        if title == nil, text.count < 120, text.last.map({ !";,:.".contains($0) }) ?? true,
           text.split(separator: " ").filter({ $0.first?.isUppercase == true }).count * 2 > text.split(separator: " ").count {
            return false
        }
        return true
    }

    mutating func readFormula() {
        var pieces: [String] = []
        while position < lines.count, pieces.count < 8 {
            let line = lines[position]
            if line.isBlank { if pieces.isEmpty { position += 1; continue } else { break } }
            pieces.append(line.text)
            position += 1
            if let last = line.text.last, ",;:.".contains(last) { break }
        }
        var text = RawBlock.join(pieces)
        // "We, the parliamentarians …, Resolve to:" may carry the lead-in on the same line.
        if let split = HeaderRules.trailingLeadIn(text) {
            text = split.body
            leadIn = split.leadIn
            leadInBeforeBlock = 0
        }
        formula = text
        if meeting == nil, text.hasPrefix("The "), HeaderRules.isMeeting(String(text.dropFirst(4))) {
            var m = String(text.dropFirst(4))
            while let last = m.last, ",;:.".contains(last) { m.removeLast() }
            meeting = m
        }
    }

    // MARK: Body

    mutating func readBody() {
        var current: RawBlock?
        var sawBlank = false
        var footnoteZone = false
        var sawNumbered = false

        func close(_ block: inout RawBlock?, into blocks: inout [RawBlock]) {
            if let b = block, !(b.pieces.isEmpty && b.items.isEmpty && b.number == nil) { blocks.append(b) }
            block = nil
        }

        while position < lines.count {
            let line = lines[position]
            let text = line.text
            position += 1
            if line.isBlank { sawBlank = true; footnoteZone = false; continue }
            if footnoteZone, NoiseRules.isFootnote(text) || current.map({ !$0.awaitingText }) ?? true && !isClauseStart(text) {
                addNoise(line)
                continue
            }
            if NoiseRules.isSeparator(text) { addNoise(line); footnoteZone = true; continue }
            if NoiseRules.isFurniture(text) || isRepeatedTitle(text) { addNoise(line); continue }
            if HeaderRules.isLeadIn(text) {
                close(&current, into: &blocks)
                if leadIn == nil {
                    leadIn = text
                    leadInBeforeBlock = blocks.count
                } else {
                    addNoise(line, note: "second operative lead-in")
                }
                sawBlank = false
                continue
            }
            if current?.number != nil { sawNumbered = true }
            let afterOperative = leadInBeforeBlock != nil || sawNumbered
            if afterOperative, current?.awaitingText != true,
               HeaderRules.isAdoptionLine(text) || (text.utf8.count < 60 && HeaderRules.date(in: text) != nil) {
                close(&current, into: &blocks)
                closing.append(ClosingLine(line: line.number, text: text))
                sawBlank = false
                continue
            }
            if !closing.isEmpty {
                // Nothing but closing lines and noise after the closing starts.
                addNoise(line, note: "text after the closing lines")
                continue
            }
            if let (number, rest) = Numbering.operativeNumber(text), acceptsNumber(current: current, sawBlank: sawBlank) {
                close(&current, into: &blocks)
                var block = RawBlock(number: number, first: line.number, indent: line.indent)
                if rest.isEmpty { block.awaitingText = true } else { block.pieces.append(rest) }
                current = block
            } else if let (marker, rest) = Numbering.subMarker(text), var block = current,
                      opensItem(after: block, sawBlank: sawBlank) {
                current = nil   // `block` is the only owner now: appending does not copy its arrays
                block.awaitingText = false
                let (depth, isRoman) = Self.depth(for: marker, indent: line.indent, in: block)
                block.items.append(RawBlock.Item(marker: marker, depth: depth, isRoman: isRoman,
                                                 pieces: rest.isEmpty ? [] : [rest], first: line.number,
                                                 last: line.number, indent: line.indent))
                block.last = line.number
                current = block
            } else if var block = current {
                if block.awaitingText {
                    current = nil
                    block.append(text, line: line.number)
                    current = block
                } else if startsNewParagraph(previous: block.lastText, probe(text), sawBlank: sawBlank) {
                    if !sawBlank {
                        diagnostics.append(Diagnostic(.note, line: line.number, "new paragraph without a blank line before it"))
                    }
                    close(&current, into: &blocks)
                    current = RawBlock(number: nil, first: line.number, indent: line.indent)
                    current?.pieces.append(text)
                } else {
                    if sawBlank {
                        diagnostics.append(Diagnostic(.note, line: line.number, "blank line inside a paragraph; joined"))
                    }
                    current = nil
                    block.append(text, line: line.number)
                    current = block
                }
            } else {
                var block = RawBlock(number: nil, first: line.number, indent: line.indent)
                block.pieces.append(text)
                current = block
            }
            sawBlank = false
        }
        close(&current, into: &blocks)
    }

    /// The line's text with the next line appended when the line is only a few words long, so that
    /// a leading phrase broken across lines ("Deeply" / "concerned about …") is still recognised.
    func probe(_ text: String) -> String {
        // The byte count bounds the character count: count only when it could be under 40.
        guard text.utf8.count < 40 || (text.utf8.count < 160 && text.count < 40),
              position < lines.count, !lines[position].isBlank else { return text }
        return text + " " + lines[position].text
    }

    /// A list marker line belongs to the paragraph being read when that paragraph already has
    /// items, introduces them (its text ends with ":" or "—", or is only a number), or follows
    /// without a blank line; after a blank line, a marker under a complete paragraph starts a
    /// paragraph of its own.
    func opensItem(after block: RawBlock, sawBlank: Bool) -> Bool {
        if block.awaitingText || !block.items.isEmpty || !sawBlank { return true }
        let intro = block.introText
        return intro.hasSuffix(":") || intro.hasSuffix("—") || intro.hasSuffix("-")
    }

    /// A numbered line starts a paragraph unless it plainly continues a sentence
    /// ("… adopted in\n2015. It …").
    func acceptsNumber(current: RawBlock?, sawBlank: Bool) -> Bool {
        guard let current, !sawBlank else { return true }
        if current.awaitingText { return false }
        guard let last = current.lastText.last else { return true }
        return ";.:,".contains(last)
    }

    /// True when `text` opens a new paragraph rather than continuing `previous`.
    func startsNewParagraph(previous: String, _ text: String, sawBlank: Bool) -> Bool {
        guard let first = text.first else { return false }
        let startsUpper = first.isUppercase || (("\"“‘'".contains(first)) && text.dropFirst().first?.isUppercase == true)
        let end = previous.utf8.last.map { Character(Unicode.Scalar($0)) } ?? ";"
        if sawBlank, ";,.:".contains(end) { return !first.isLowercase }
        guard startsUpper else { return false }
        if !sawBlank, !";.:,".contains(end) { return false }
        let (lead, kind) = LeadingPhrase.find(in: text)
        if sawBlank {
            // No closing punctuation: a stray blank line mid-sentence, unless a drafting phrase
            // clearly opens the next line.
            return kind != .unknown && LeadingPhrase.isKnown(lead)
        }
        guard kind != .unknown else { return false }
        if end == ";" { return true }
        if ".:,".contains(end) { return LeadingPhrase.isKnown(lead) }
        return false
    }

    /// A line that plainly opens a clause (used to leave a footnote zone without a blank line).
    func isClauseStart(_ text: String) -> Bool {
        if Numbering.operativeNumber(text) != nil || Numbering.subMarker(text) != nil { return true }
        let (lead, kind) = LeadingPhrase.find(in: text)
        return kind != .unknown && LeadingPhrase.isKnown(lead)
    }

    /// Decides the nesting of a list marker: letters (a), (b) … at depth 1 with roman numerals
    /// (i), (ii) … below them, or the reverse when the list opens with (i). The letter (i) after
    /// (h) is told from the numeral (i) by the sequence, the colon that opens a sub-list and
    /// indentation.
    static func depth(for marker: String, indent: Int, in block: RawBlock) -> (depth: Int, isRoman: Bool) {
        guard let firstItem = block.items.first else {
            let roman = marker == "i" || (Numbering.isRoman(marker) && !Numbering.isLetterMarker(marker))
            return (1, roman)
        }
        let topIsRoman = firstItem.isRoman
        let topItems = block.items.filter { $0.depth == 1 }
        let lastTop = topItems.last
        let lastItem = block.items.last ?? firstItem
        let romanValue = Numbering.romanValue(marker)
        var letterValue = Numbering.letterValue(marker)
        if marker.count == 2, let lastTop, !lastTop.isRoman, (Numbering.letterValue(lastTop.marker) ?? 0) < 26 {
            letterValue = nil
        }
        if topIsRoman {
            if let romanValue, let lastTop, romanValue == (Numbering.romanValue(lastTop.marker) ?? 0) + 1 { return (1, true) }
            if letterValue != nil { return (2, false) }
            return (1, true)
        }
        let expectedLetter = (lastTop.flatMap { Numbering.letterValue($0.marker) } ?? 0) + 1
        let lastRomanAtDepth2 = lastItem.depth == 2 ? Numbering.romanValue(lastItem.marker) : nil
        if let romanValue {
            if let lastRomanAtDepth2, romanValue == lastRomanAtDepth2 + 1 { return (2, true) }
            let opensSubList = lastItem.depth == 1 && romanValue == 1
                && (lastItem.text.hasSuffix(":") || lastItem.text.hasSuffix("—") || indent > lastItem.indent)
            if opensSubList { return (2, true) }
            if letterValue == expectedLetter { return (1, false) }
            if letterValue == nil { return (2, true) }
        }
        return (1, false)
    }

    // MARK: Helpers

    mutating func addNoise(_ line: SourceLine, note: String? = nil) {
        noise.append(NoiseLine(line: line.number, text: line.text))
        if let note { diagnostics.append(Diagnostic(.note, line: line.number, note)) }
    }

    func isRepeatedTitle(_ text: String) -> Bool {
        guard let titleKey, let title else { return false }
        // Cheap length test first: a repeated title is about as long as the title.
        let length = text.utf8.count
        guard length + 12 >= title.utf8.count, length <= title.utf8.count + 12 else { return false }
        return Self.key(text) == titleKey
    }

    /// Letters and digits, lowercased: the comparison key of a title.
    static func key(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b >= 0x80 { return String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
            if b >= 0x41 && b <= 0x5A { bytes.append(b + 32) } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
