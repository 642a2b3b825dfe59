import ClauseTree

extension ParagraphCitation {
    /// "operative paragraph 8" or "the eighth preambular paragraph".
    public var wording: String {
        switch section {
        case .operative: return "operative paragraph \(number)"
        case .preamble: return "the \(ordinalWord) preambular paragraph"
        }
    }

    /// The ordinal of a preambular citation ("eighth"), or the number itself when not a position.
    var ordinalWord: String { Int(number).map(Ordinal.word) ?? number }

    /// Several citations as one phrase: "operative paragraphs 3 and 4", "the third, fourth and
    /// fifth preambular paragraphs", or each citation in full when the sections differ.
    static func listWording(_ citations: [ParagraphCitation]) -> String {
        guard let first = citations.first else { return "" }
        guard citations.count > 1 else { return first.wording }
        func join(_ parts: [String]) -> String {
            parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        }
        if citations.allSatisfy({ $0.section == .operative }) {
            return "operative paragraphs " + join(citations.map(\.number))
        }
        if citations.allSatisfy({ $0.section == .preamble }) {
            return "the " + join(citations.map(\.ordinalWord)) + " preambular paragraphs"
        }
        return join(citations.map(\.wording))
    }
}

extension InsertionPoint {
    /// "after operative paragraph 4" as the start of an insertion amendment, capitalised.
    var insertionOpening: String {
        switch self {
        case .after(let citation): return "After \(citation.wording)"
        case .beginning(let section): return "At the beginning of the \(section == .preamble ? "preamble" : "operative part")"
        }
    }

    /// "to follow operative paragraph 4" or "to the beginning of the operative part".
    var moveTarget: String {
        switch self {
        case .after(let citation): return "to follow \(citation.wording)"
        case .beginning(let section): return "to the beginning of the \(section == .preamble ? "preamble" : "operative part")"
        }
    }

    /// The section a paragraph inserted here is expected to join.
    var section: Section {
        switch self {
        case .after(let citation): return citation.section
        case .beginning(let section): return section
        }
    }
}

extension Amendment {
    /// The clause appended to amendments that shift operative numbering.
    public static let renumberClause = "and renumber the subsequent paragraphs accordingly"

    /// The amendment in the wording parliaments use, without its list number; a split puts
    /// each new paragraph on a line of its own, indented by three spaces.
    ///
    /// ```
    /// In operative paragraph 8, after the words "law enforcement" insert ", border security"
    /// After the eighth preambular paragraph, insert a new preambular paragraph reading: "Noting …;"
    /// ```
    public var wording: String {
        let suffix = renumbers ? ", " + Self.renumberClause : ""
        switch action {
        case .insertWords(let citation, let anchor, let words):
            let place: String
            switch anchor {
            case .after(let text): place = "after \(Self.theWords(text)) \(Self.quote(text))"
            case .before(let text): place = "before \(Self.theWords(text)) \(Self.quote(text))"
            }
            return "In \(citation.wording), \(place) insert \(Self.quote(words))" + suffix
        case .replaceWords(let citation, let old, let new):
            return "In \(citation.wording), replace \(Self.quote(old)) with \(Self.quote(new))" + suffix
        case .deleteWords(let citation, let words):
            return "In \(citation.wording), delete \(Self.theWords(words)) \(Self.quote(words))" + suffix
        case .deleteParagraph(let citation):
            return "Delete \(citation.wording)" + suffix
        case .insertParagraph(let point, let text):
            let kind = point.section == .preamble ? "a new preambular paragraph" : "a new paragraph"
            return "\(point.insertionOpening), insert \(kind) reading: \(Self.quote(text))" + suffix
        case .moveParagraph(let citation, let point):
            return "Move \(citation.wording) \(point.moveTarget)" + suffix
        case .replaceParagraph(let citation, let texts):
            if texts.count == 1, let text = texts.first {
                return "Replace \(citation.wording) with the following paragraph: \(Self.quote(text))" + suffix
            }
            let lines = texts.map { "   " + Self.quote($0) }
            let closing = renumbers ? ["   " + Self.renumberClause] : []
            return (["Replace \(citation.wording) with the following paragraphs:"] + lines + closing)
                .joined(separator: "\n")
        case .mergeParagraphs(let citations, let text):
            return "Replace \(ParagraphCitation.listWording(citations)) with the following paragraph: \(Self.quote(text))" + suffix
        }
    }

    /// The amendments as a numbered list, one per entry: "1. In operative paragraph 8, …".
    public static func list(_ amendments: [Amendment]) -> String {
        amendments.enumerated().map { "\($0.offset + 1). \($0.element.wording)" }.joined(separator: "\n") + (amendments.isEmpty ? "" : "\n")
    }

    static func quote(_ text: String) -> String { "\"\(text)\"" }

    /// "the word" before one quoted word, "the words" before several.
    static func theWords(_ text: String) -> String {
        Tokenizer.tokens(text).count == 1 ? "the word" : "the words"
    }
}
