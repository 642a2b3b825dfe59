import ClauseTree

/// Reads a numbered list of amendments in the wording ``Amendment/wording`` produces.
///
/// Each amendment starts on a line "N." (or "N)"); lines that follow without a number continue
/// it. Curly or straight quotes, runs of whitespace and the letter case of the fixed words do
/// not matter; a final period after the amendment is ignored. Blank lines and lines starting
/// with `#` are skipped.
public struct AmendmentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The amendments of `text`, in order.
    /// - Throws: ``AmendmentError`` naming the line of the first amendment that cannot be read.
    public func parse(_ text: String) throws(AmendmentError) -> [Amendment] {
        var result: [Amendment] = []
        for block in Self.blocks(text) {
            result.append(try parseAmendment(block.text, line: block.line))
        }
        return result
    }

    /// The text of one amendment (without its list number) as an amendment.
    /// - Throws: ``AmendmentError`` when the wording is not recognised.
    public func parseAmendment(_ text: String, line: Int = 0) throws(AmendmentError) -> Amendment {
        var body = text.trimmingWhitespace()
        var renumbers = false
        if let range = Self.lastRange(of: Amendment.renumberClause, in: body),
           body[range.upperBound...].allSatisfy({ $0.isWhitespace || $0 == "." || $0 == ";" }) {
            renumbers = true
            body = String(body[..<range.lowerBound]).trimmingWhitespace()
            if body.hasSuffix(",") { body.removeLast() }
        }
        while let last = body.last, last == "." || last == ";" || last.isWhitespace { body.removeLast() }
        var cursor = PhraseCursor(body)
        guard let action = Self.action(&cursor), cursor.isAtEnd || cursor.rest.allSatisfy(\.isWhitespace) else {
            let start = String(text.trimmingWhitespace().prefix(60))
            throw AmendmentError(line: line, "cannot read the amendment \"\(start)\"; expected wording such as "
                + "'In operative paragraph 8, after the words \"…\" insert \"…\"' or 'Delete operative paragraph 19'")
        }
        return Amendment(action, renumbers: renumbers, line: line)
    }

    /// The amendments of a list, each with the line it starts on.
    static func blocks(_ text: String) -> [(line: Int, text: String)] {
        var blocks: [(line: Int, text: String)] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let digits = line.prefix { $0.isNumber }
            let afterDigits = line.dropFirst(digits.count)
            if !digits.isEmpty, let mark = afterDigits.first, mark == "." || mark == ")" {
                blocks.append((offset + 1, String(afterDigits.dropFirst())))
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].text += "\n" + line
            } else {
                blocks.append((offset + 1, line))
            }
        }
        return blocks
    }

    // MARK: - Grammar

    static func action(_ c: inout PhraseCursor) -> Amendment.Action? {
        let start = c.position
        if c.consume("in"), let citation = citation(&c) {
            _ = c.consume(",")
            if let action = wordAction(citation, &c) { return action }
        }
        c.position = start
        if c.consume("delete"), let citation = citation(&c) { return .deleteParagraph(citation) }
        c.position = start
        if let point = insertionPoint(&c) {
            _ = c.consume(",")
            guard c.consume("insert"), c.consume("a new") else { return nil }
            _ = c.consumeAny(["preambular", "operative"])
            guard c.consume("paragraph"), c.consumeAny(["reading:", "reading", "as follows:"]) != nil,
                  let text = c.quoted(followedBy: [""]) else { return nil }
            return .insertParagraph(point, text: text)
        }
        c.position = start
        if c.consume("move"), let citation = citation(&c) {
            if c.consume("to follow"), let anchor = Self.citation(&c) { return .moveParagraph(citation, to: .after(anchor)) }
            if c.consume("to"), let section = beginning(&c) { return .moveParagraph(citation, to: .beginning(section)) }
            return nil
        }
        c.position = start
        if c.consume("replace"), let citations = citationList(&c), c.consume("with the following") {
            guard let noun = c.consumeAny(["paragraphs:", "paragraph:", "paragraphs", "paragraph"]) else { return nil }
            let texts = quotedParagraphs(c.rest, several: noun.hasPrefix("paragraphs"))
            c.position = c.characters.count
            guard !texts.isEmpty else { return nil }
            if citations.count == 1, let citation = citations.first { return .replaceParagraph(citation, with: texts) }
            guard texts.count == 1, let text = texts.first else { return nil }
            return .mergeParagraphs(citations, into: text)
        }
        c.position = start
        return nil
    }

    private static func wordAction(_ citation: ParagraphCitation, _ c: inout PhraseCursor) -> Amendment.Action? {
        let start = c.position
        for (phrase, isAfter) in [("after the words", true), ("after the word", true), ("before the words", false), ("before the word", false)] {
            c.position = start
            if c.consume(phrase), let anchor = c.quoted(followedBy: ["insert", ",", "add"]) {
                _ = c.consume(",")
                guard c.consumeAny(["insert", "add"]) != nil, let words = c.quoted(followedBy: [""]) else { return nil }
                return .insertWords(citation, anchor: isAfter ? .after(anchor) : .before(anchor), words: words)
            }
        }
        c.position = start
        if c.consume("replace") {
            _ = c.consumeAny(["the words", "the word"])
            guard let old = c.quoted(followedBy: ["with", "by"]), c.consumeAny(["with", "by"]) != nil,
                  let new = c.quoted(followedBy: [""]) else { return nil }
            return .replaceWords(citation, old: old, new: new)
        }
        c.position = start
        if c.consume("delete") {
            _ = c.consumeAny(["the words", "the word"])
            guard let words = c.quoted(followedBy: [""]) else { return nil }
            return .deleteWords(citation, words: words)
        }
        return nil
    }

    /// "operative paragraph 8" or "the eighth preambular paragraph".
    static func citation(_ c: inout PhraseCursor) -> ParagraphCitation? {
        let start = c.position
        if c.consume("operative paragraph"), let number = c.word(), number.first?.isNumber == true {
            return ParagraphCitation(section: .operative, number: number)
        }
        c.position = start
        if c.consume("the"), let value = c.ordinal(), c.consume("preambular paragraph") {
            return ParagraphCitation(section: .preamble, number: String(value))
        }
        c.position = start
        if c.consume("preambular paragraph"), let number = c.word(), let value = Int(number) {
            return ParagraphCitation(section: .preamble, number: String(value))
        }
        c.position = start
        return nil
    }

    /// One citation, or several: "operative paragraphs 3 and 4", "the third and fourth
    /// preambular paragraphs", "the twelfth preambular paragraph and operative paragraph 1".
    static func citationList(_ c: inout PhraseCursor) -> [ParagraphCitation]? {
        let start = c.position
        if c.consume("operative paragraphs") {
            var numbers: [String] = []
            repeat {
                guard let number = c.word(), number.first?.isNumber == true else { c.position = start; return nil }
                numbers.append(number)
            } while c.consumeAny([",", "and"]) != nil
            return numbers.map { ParagraphCitation(section: .operative, number: $0) }
        }
        if c.consume("the") {
            var values: [Int] = []
            while let value = c.ordinal() {
                values.append(value)
                if c.consumeAny([",", "and"]) == nil { break }
            }
            if values.count > 1, c.consume("preambular paragraphs") {
                return values.map { ParagraphCitation(section: .preamble, number: String($0)) }
            }
            c.position = start
        }
        var citations: [ParagraphCitation] = []
        while let citation = citation(&c) {
            citations.append(citation)
            if c.consumeAny([",", "and"]) == nil { break }
        }
        if citations.isEmpty { c.position = start; return nil }
        return citations
    }

    private static func insertionPoint(_ c: inout PhraseCursor) -> InsertionPoint? {
        let start = c.position
        if c.consume("after"), let citation = citation(&c) { return .after(citation) }
        c.position = start
        if c.consume("at"), let section = beginning(&c) { return .beginning(section) }
        c.position = start
        return nil
    }

    private static func beginning(_ c: inout PhraseCursor) -> Section? {
        if c.consume("the beginning of the preamble") { return .preamble }
        if c.consume("the beginning of the operative part") { return .operative }
        return nil
    }

    /// The quoted paragraphs after "with the following paragraph(s):": one quoted text per
    /// line; with `several` and everything on one line, quoted texts separated by whitespace.
    static func quotedParagraphs(_ text: String, several: Bool) -> [String] {
        let lines = text.split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let followers = several && lines.count == 1 ? ["", "\"", "\u{201C}", "\u{201E}"] : [""]
        var texts: [String] = []
        for line in lines {
            var cursor = PhraseCursor(line)
            while !cursor.isAtEnd {
                guard let quoted = cursor.quoted(followedBy: followers) else { return [] }
                texts.append(quoted)
                cursor.skipSpaces()
            }
        }
        return texts
    }
}

extension AmendmentParser {
    /// The last place where `phrase` occurs in `text`, ignoring case (character by character,
    /// so that the range is one of `text`'s own).
    static func lastRange(of phrase: String, in text: String) -> Range<String.Index>? {
        let wanted = phrase.map { $0.lowercased() }
        guard !wanted.isEmpty else { return nil }
        var start = text.endIndex
        while start > text.startIndex {
            text.formIndex(before: &start)
            var index = start
            var matched = 0
            while matched < wanted.count, index < text.endIndex, text[index].lowercased() == wanted[matched] {
                text.formIndex(after: &index)
                matched += 1
            }
            if matched == wanted.count { return start..<index }
        }
        return nil
    }
}
