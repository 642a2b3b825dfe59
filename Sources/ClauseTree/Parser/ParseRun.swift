
/// One run of the parser over the lines of a draft: the header first, then the body.
///
/// The text stays in the line buffer: lines and the pieces of paragraphs are byte ranges of
/// `text` (kept alive by ``ResolutionParser/parse(_:)`` for the run), and strings are made
/// only for what the resolution keeps.
struct ParseRun {
    let text: UnsafeBufferPointer<UInt8>
    let lines: [SourceLine]
    var position = 0

    var title: String?
    var titleKey: String?
    /// The title's length in bytes, once there is a title.
    var titleLength: Int?
    var meeting: String?
    var date: String?
    var sponsors: [String] = []
    var sponsorLine: String?
    var formula: String?
    var leadIn: String?
    var blocks: [RawBlock] = []
    /// Byte ranges of `text`: the pieces of every block's intro and items, in reading order.
    var pieces: [Range<Int>] = []
    /// The list items of every block, in reading order.
    var items: [RawItem] = []
    /// Index into `blocks` of the first block read after an operative lead-in, if any.
    var leadInBeforeBlock: Int?
    var closing: [ClosingLine] = []
    var noise: [NoiseLine] = []
    var diagnostics: [Diagnostic] = []

    init(text: UnsafeBufferPointer<UInt8>, lines: [SourceLine]) {
        self.text = text
        self.lines = lines
    }

    /// The bytes of `range` of the text.
    @inline(__always)
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[range])
    }

    /// The line's text as a string, for the rules that read characters and for what is kept.
    func string(_ line: SourceLine) -> String {
        String(decoding: bytes(line.range), as: UTF8.self)
    }

    // MARK: Header

    mutating func readHeader() {
        while position < lines.count {
            let line = lines[position]
            if line.isBlank { position += 1; continue }
            let raw = bytes(line.range)
            let text = string(line)
            if NoiseRules.isFurniture(raw) { addNoise(line); position += 1; continue }
            if isRepeatedTitle(raw) { addNoise(line); position += 1; continue }
            // A numbered line opens the body at once (also the common case of a window parse).
            if Numbering.operativeNumber(text) != nil { return }
            if sponsorLine == nil, let names = HeaderRules.sponsors(in: text) {
                sponsors = names
                sponsorLine = text
                position += 1
                continue
            }
            if HeaderRules.isLeadIn(raw) || Numbering.operativeNumber(text) != nil { return }
            if HeaderRules.isFormulaStart(text) {
                readFormula()
                return
            }
            if meeting == nil, HeaderRules.isMeeting(text) { meeting = text; position += 1; continue }
            if date == nil, let found = HeaderRules.date(in: raw) { date = found; position += 1; continue }
            if looksLikeParagraph(text) { return }
            if title == nil {
                var joined = text
                position += 1
                // A title wrapped over two lines: the next line continues it in lowercase.
                while position < lines.count, !lines[position].isBlank,
                      string(lines[position]).first?.isLowercase == true {
                    joined += " " + string(lines[position])
                    position += 1
                }
                title = joined
                titleKey = Self.key(joined)
                titleLength = joined.utf8.count
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
        var pieces: [Range<Int>] = []
        while position < lines.count, pieces.count < 8 {
            let line = lines[position]
            if line.isBlank { if pieces.isEmpty { position += 1; continue } else { break } }
            pieces.append(line.range)
            position += 1
            if let last = string(line).last, ",;:.".contains(last) { break }
        }
        var text = joined(pieces)
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
        // The block being read, mutated in place (a block copied in and out per line costs a
        // copy of its bytes each time); it is open once a line has started it.
        var current = RawBlock(number: nil, first: 0, indent: 0, pieces: 0, items: 0)
        var isOpen = false
        var sawBlank = false
        var footnoteZone = false
        var sawNumbered = false
        // Every block and piece is at least one non-blank line: room for that many up front.
        let nonBlank = lines[position...].reduce(0) { $0 + ($1.isBlank ? 0 : 1) }
        blocks.reserveCapacity(blocks.count + nonBlank)
        pieces.reserveCapacity(pieces.count + nonBlank)
        // List items are a minority of lines: room for one in four saves the regrowing in most drafts.
        items.reserveCapacity(items.count + nonBlank / 4)

        while position < lines.count {
            let line = lines[position]
            position += 1
            if line.isBlank { sawBlank = true; footnoteZone = false; continue }
            let text = bytes(line.range)
            let awaitingText = isOpen && current.awaitingText
            if footnoteZone, NoiseRules.isFootnote(string(line)) || !awaitingText && !isClauseStart(line) {
                addNoise(line)
                continue
            }
            if NoiseRules.isSeparator(text) { addNoise(line); footnoteZone = true; continue }
            if NoiseRules.isFurniture(text) || isRepeatedTitle(text) { addNoise(line); continue }
            if HeaderRules.isLeadIn(text) {
                close(current, isOpen: &isOpen)
                if leadIn == nil {
                    leadIn = string(line)
                    leadInBeforeBlock = blocks.count
                } else {
                    addNoise(line, note: "second operative lead-in")
                }
                sawBlank = false
                continue
            }
            if isOpen, current.number != nil { sawNumbered = true }
            let afterOperative = leadInBeforeBlock != nil || sawNumbered
            if afterOperative, !awaitingText,
               HeaderRules.isAdoptionLine(text) || (text.count < 60 && HeaderRules.date(in: text) != nil) {
                close(current, isOpen: &isOpen)
                closing.append(ClosingLine(line: line.number, text: string(line)))
                sawBlank = false
                continue
            }
            if !closing.isEmpty {
                // Nothing but closing lines and noise after the closing starts.
                addNoise(line, note: "text after the closing lines")
                continue
            }
            if let (digits, rest) = Numbering.operativeNumber(text),
               !isOpen || acceptsNumber(after: current, sawBlank: sawBlank) {
                close(current, isOpen: &isOpen)
                current = RawBlock(number: line.start..<line.start + digits, first: line.number, indent: line.indent,
                                   pieces: pieces.count, items: items.count)
                isOpen = true
                if rest == text.count { current.awaitingText = true } else { append(line.start + rest..<line.end, line: line.number, to: &current) }
            } else if isOpen, let (marker, rest) = Numbering.subMarker(text), opensItem(after: current, sawBlank: sawBlank) {
                current.awaitingText = false
                let markerBytes = UnsafeBufferPointer(rebasing: text[marker])
                var item = RawItem(marker: line.start + marker.lowerBound..<line.start + marker.upperBound,
                                   letterValue: Numbering.letterValue(markerBytes), romanValue: Numbering.romanValue(markerBytes),
                                   depth: 1, isRoman: false, pieces: pieces.count..<pieces.count,
                                   first: line.number, last: line.number, indent: line.indent)
                (item.depth, item.isRoman) = depth(for: item, in: current)
                if rest < text.count { pieces.append(line.start + rest..<line.end) }
                item.pieces = item.pieces.lowerBound..<pieces.count
                items.append(item)
                current.items = current.items.lowerBound..<items.count
                current.last = line.number
            } else if isOpen {
                if current.awaitingText {
                    append(line.range, line: line.number, to: &current)
                } else if startsNewParagraph(previous: lastPiece(of: current), line, sawBlank: sawBlank) {
                    if !sawBlank {
                        diagnostics.append(Diagnostic(.note, line: line.number, "new paragraph without a blank line before it"))
                    }
                    close(current, isOpen: &isOpen)
                    current = RawBlock(number: nil, first: line.number, indent: line.indent, pieces: pieces.count, items: items.count)
                    isOpen = true
                    append(line.range, line: line.number, to: &current)
                } else {
                    if sawBlank {
                        diagnostics.append(Diagnostic(.note, line: line.number, "blank line inside a paragraph; joined"))
                    }
                    append(line.range, line: line.number, to: &current)
                }
            } else {
                current = RawBlock(number: nil, first: line.number, indent: line.indent, pieces: pieces.count, items: items.count)
                isOpen = true
                append(line.range, line: line.number, to: &current)
            }
            sawBlank = false
        }
        close(current, isOpen: &isOpen)
    }

    /// Keeps `block`, the block being read when it is open, unless it has nothing in it; no
    /// block is open after.
    @inline(__always)
    mutating func close(_ block: RawBlock, isOpen: inout Bool) {
        if isOpen, !(block.intro.isEmpty && block.items.isEmpty && block.number == nil) { blocks.append(block) }
        isOpen = false
    }

    /// Appends a piece of text to `block`, the block being read (its pieces and items are the
    /// last ones): to its last item if it has one, else to its intro.
    @inline(__always)
    mutating func append(_ piece: Range<Int>, line: Int, to block: inout RawBlock) {
        pieces.append(piece)
        block.last = line
        if block.items.isEmpty {
            block.intro = block.intro.lowerBound..<pieces.count
        } else {
            items[items.count - 1].pieces = items[items.count - 1].pieces.lowerBound..<pieces.count
            items[items.count - 1].last = line
        }
        block.awaitingText = false
    }

    /// The bytes of whatever was read last in `block`: the last piece of its last item, or of its
    /// intro (empty when there is none).
    @inline(__always)
    func lastPiece(of block: RawBlock) -> UnsafeBufferPointer<UInt8> {
        if let item = block.items.last.map({ items[$0] }), let last = item.pieces.last { return bytes(pieces[last]) }
        if let last = block.intro.last { return bytes(pieces[last]) }
        return bytes(0..<0)
    }

    /// Calls `body` with the line's text followed by the next line when the line is only a few
    /// words long, so that a leading phrase broken across lines ("Deeply" / "concerned about …")
    /// is still recognised; the flag tells whether that text is ASCII.
    func withProbe<R>(_ line: SourceLine, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R) -> R {
        let text = bytes(line.range)
        // The byte count bounds the character count: count only when it could be under 40.
        guard text.count < 40 || (text.count < 160 && !line.isASCII && string(line).count < 40),
              position < lines.count, !lines[position].isBlank else { return body(text, line.isASCII) }
        let next = lines[position]
        var joined: [UInt8] = []
        joined.reserveCapacity(text.count + 1 + next.end - next.start)
        joined.append(contentsOf: text)
        joined.append(UInt8(ascii: " "))
        joined.append(contentsOf: bytes(next.range))
        return joined.withUnsafeBufferPointer { body($0, line.isASCII && next.isASCII) }
    }

    /// A list marker line belongs to the paragraph being read when that paragraph already has
    /// items, introduces them (its text ends with ":" or "—", or is only a number), or follows
    /// without a blank line; after a blank line, a marker under a complete paragraph starts a
    /// paragraph of its own.
    func opensItem(after block: RawBlock, sawBlank: Bool) -> Bool {
        if block.awaitingText || !block.items.isEmpty || !sawBlank { return true }
        // The intro's text ends with its last piece.
        guard let last = block.intro.last else { return false }
        let intro = bytes(pieces[last])
        return ByteText.hasSuffix(intro, ":") || ByteText.hasSuffix(intro, "—") || ByteText.hasSuffix(intro, "-")
    }

    /// A numbered line starts a paragraph unless it plainly continues a sentence
    /// ("… adopted in\n2015. It …").
    @inline(__always)
    func acceptsNumber(after current: RawBlock, sawBlank: Bool) -> Bool {
        guard !sawBlank else { return true }
        if current.awaitingText { return false }
        let last = lastPiece(of: current)
        return last.isEmpty || ByteText.lastCharacter(of: last, isOneOf: ";.:,")
    }

    /// True when `line` (with the next line when it is short) opens a new paragraph rather than
    /// continuing the text that ends with `previous`.
    func startsNewParagraph(previous: UnsafeBufferPointer<UInt8>, _ line: SourceLine, sawBlank: Bool) -> Bool {
        withProbe(line) { text, isASCII in
            guard let edge = ByteText.LeadingCase(text, isASCII: isASCII) else { return false }
            let end = previous.last ?? UInt8(ascii: ";")
            func isClosing(_ b: UInt8) -> Bool {
                b == UInt8(ascii: ";") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
            }
            if sawBlank, isClosing(end) { return !edge.firstIsLowercase }
            guard edge.startsUppercase else { return false }
            if !sawBlank, !isClosing(end) { return false }
            let (kind, isKnown) = LeadingPhrase.classify(phraseIn: text)
            if sawBlank {
                // No closing punctuation: a stray blank line mid-sentence, unless a drafting phrase
                // clearly opens the next line.
                return kind != .unknown && isKnown
            }
            guard kind != .unknown else { return false }
            if end == UInt8(ascii: ";") { return true }
            return isKnown
        }
    }

    /// A line that plainly opens a clause (used to leave a footnote zone without a blank line).
    func isClauseStart(_ line: SourceLine) -> Bool {
        let text = bytes(line.range)
        if Numbering.operativeNumber(text) != nil || Numbering.subMarker(text) != nil { return true }
        let (kind, isKnown) = LeadingPhrase.classify(phraseIn: text)
        return kind != .unknown && isKnown
    }

    /// Decides the nesting of a list marker: letters (a), (b) … at depth 1 with roman numerals
    /// (i), (ii) … below them, or the reverse when the list opens with (i). The letter (i) after
    /// (h) is told from the numeral (i) by the sequence, the colon that opens a sub-list and
    /// indentation.
    func depth(for item: RawItem, in block: RawBlock) -> (depth: Int, isRoman: Bool) {
        let blockItems = items[block.items]
        let romanValue = item.romanValue
        guard let firstItem = blockItems.first else {
            // "i" is the only marker whose roman value is 1.
            return (1, romanValue == 1 || (romanValue != nil && item.letterValue == nil))
        }
        let indent = item.indent
        let topIsRoman = firstItem.isRoman
        let lastTop = blockItems.last { $0.depth == 1 }
        let lastItem = blockItems.last ?? firstItem
        var letterValue = item.letterValue
        if item.marker.count == 2, let lastTop, !lastTop.isRoman, (lastTop.letterValue ?? 0) < 26 {
            letterValue = nil
        }
        if topIsRoman {
            if let romanValue, let lastTop, romanValue == (lastTop.romanValue ?? 0) + 1 { return (1, true) }
            if letterValue != nil { return (2, false) }
            return (1, true)
        }
        let expectedLetter = (lastTop?.letterValue ?? 0) + 1
        let lastRomanAtDepth2 = lastItem.depth == 2 ? lastItem.romanValue : nil
        if let romanValue {
            if let lastRomanAtDepth2, romanValue == lastRomanAtDepth2 + 1 { return (2, true) }
            // The item's text ends with its last piece.
            let lastText = lastItem.pieces.last.map { bytes(pieces[$0]) } ?? bytes(0..<0)
            let opensSubList = lastItem.depth == 1 && romanValue == 1
                && (ByteText.hasSuffix(lastText, ":") || ByteText.hasSuffix(lastText, "—") || indent > lastItem.indent)
            if opensSubList { return (2, true) }
            if letterValue == expectedLetter { return (1, false) }
            if letterValue == nil { return (2, true) }
        }
        return (1, false)
    }

    // MARK: Helpers

    mutating func addNoise(_ line: SourceLine, note: String? = nil) {
        noise.append(NoiseLine(line: line.number, text: string(line)))
        if let note { diagnostics.append(Diagnostic(.note, line: line.number, note)) }
    }

    /// True when the line repeats the title (a running head), compared on letters and digits
    /// ignoring case. The length test, inlined, spares most lines the call.
    @inline(__always)
    func isRepeatedTitle(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Cheap length test first: a repeated title is about as long as the title.
        let length = text.count
        guard let titleLength, length + 12 >= titleLength, length <= titleLength + 12 else { return false }
        return matchesTitleKey(text)
    }

    /// True when the letters and digits of `text`, lowercased, are the title's key.
    func matchesTitleKey(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let titleKey else { return false }
        // ASCII lines: the key is compared as it is made, byte by byte, without a string.
        var expected = titleKey.utf8.makeIterator()
        for b in text {
            if b >= 0x80 { return Self.key(String(decoding: text, as: UTF8.self)) == titleKey }
            guard let k = Self.keyByte(b) else { continue }
            if expected.next() != k { return false }
        }
        return expected.next() == nil
    }

    /// Letters and digits, lowercased: the comparison key of a title.
    static func key(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b >= 0x80 { return String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
            if let k = keyByte(b) { bytes.append(k) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What an ASCII byte contributes to a key: a lowercased letter, a digit, or nothing.
    @inline(__always)
    static func keyByte(_ b: UInt8) -> UInt8? {
        if b >= 0x41 && b <= 0x5A { return b + 32 }
        return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) ? b : nil
    }
}
