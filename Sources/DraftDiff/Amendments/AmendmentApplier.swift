import ClauseTree

/// Applies formal amendments to the old text of a draft.
///
/// Amendments cite paragraphs by their old numbers and ordinals (see ``Amendment``) and apply in
/// order. A paragraph inserted or moved after paragraph X goes after X and after whatever earlier
/// amendments already put after X, so a list of insertions after one paragraph keeps its order.
///
/// ```swift
/// let amended = try AmendmentApplier().apply(listText, to: ResolutionParser().parse(oldText))
/// print(amended.resolution.operative.count)
/// ```
public struct AmendmentApplier: Sendable {
    /// Creates an applier.
    public init() {}

    /// Parses `list` with ``AmendmentParser`` and applies it to `old`.
    /// - Throws: ``AmendmentError`` for the first amendment that cannot be read or applied.
    public func apply(_ list: String, to old: Resolution) throws(AmendmentError) -> AmendedDraft {
        try apply(AmendmentParser().parse(list), to: old)
    }

    /// Applies `amendments` in order to `old`.
    /// - Throws: ``AmendmentError`` for the first amendment that cites a paragraph the old text
    ///   lacks (or one an earlier amendment deleted), or quotes words that do not occur exactly
    ///   once in its paragraph.
    public func apply(_ amendments: [Amendment], to old: Resolution) throws(AmendmentError) -> AmendedDraft {
        var workspace = AmendmentWorkspace(old)
        for amendment in amendments {
            try workspace.apply(amendment)
        }
        return workspace.result()
    }
}

/// The draft being amended: one list of items, each section opened by a marker item.
struct AmendmentWorkspace {
    struct Item {
        /// The section this marker opens; nil for paragraphs.
        var marker: Section?
        /// Keys of the old paragraphs the item comes from.
        var origins: [String]
        var citations: [ParagraphCitation]
        var tokens: [Token]
        /// The key of the paragraph (or section start) it was inserted or moved after.
        var placedAfter: String?
        var original: Paragraph?
        var amended: Bool
        var line: Int
    }

    let old: Resolution
    var items: [Item] = []
    var deleted: Set<String> = []

    init(_ old: Resolution) {
        self.old = old
        for section in Section.allCases {
            items.append(Item(marker: section, origins: [Self.startKey(section)], citations: [], tokens: [],
                              placedAfter: nil, original: nil, amended: false, line: 0))
            for paragraph in old.paragraphs(in: section) {
                let ref = ParagraphRef(paragraph)
                items.append(Item(marker: nil, origins: [Self.key(ref)], citations: [ParagraphCitation(ref)],
                                  tokens: Tokenizer.tokens(paragraph.fullText), placedAfter: nil,
                                  original: paragraph, amended: false, line: paragraph.lines.first))
            }
        }
    }

    static func key(_ ref: ParagraphRef) -> String { "\(ref.section.rawValue)#\(ref.index)" }
    static func startKey(_ section: Section) -> String { "start#\(section.rawValue)" }

    /// The key of the old paragraph `citation` names.
    func resolve(_ citation: ParagraphCitation, line: Int) throws(AmendmentError) -> String {
        let list = old.paragraphs(in: citation.section)
        if citation.section == .operative, let match = list.first(where: { $0.number == citation.number }) {
            return Self.key(ParagraphRef(match))
        }
        if let index = Int(citation.number), index >= 1, index <= list.count,
           citation.section == .preamble || list[index - 1].number == nil {
            return Self.key(ParagraphRef(list[index - 1]))
        }
        throw AmendmentError(line: line, "\(citation.wording) does not exist in the old text")
    }

    /// The position of the item holding the old paragraph `citation` names.
    func position(of citation: ParagraphCitation, line: Int) throws(AmendmentError) -> Int {
        let key = try resolve(citation, line: line)
        if let index = items.firstIndex(where: { $0.origins.contains(key) }) { return index }
        throw AmendmentError(line: line, "\(citation.wording) was deleted by an earlier amendment")
    }

    /// Where a paragraph inserted at `point` goes, and the key it is placed after.
    func insertionIndex(_ point: InsertionPoint, line: Int) throws(AmendmentError) -> (Int, String) {
        let anchor: Int
        switch point {
        case .after(let citation): anchor = try position(of: citation, line: line)
        case .beginning(let section):
            guard let marker = items.firstIndex(where: { $0.marker == section }) else {
                throw AmendmentError(line: line, "no \(section.rawValue) section")
            }
            anchor = marker
        }
        let tag = items[anchor].origins.first ?? ""
        var tags = Set(items[anchor].origins)
        var index = anchor + 1
        while index < items.count, items[index].marker == nil, let placed = items[index].placedAfter, tags.contains(placed) {
            tags.formUnion(items[index].origins)
            index += 1
        }
        return (index, tag)
    }

    mutating func apply(_ amendment: Amendment) throws(AmendmentError) {
        let line = amendment.line
        switch amendment.action {
        case .insertWords(let citation, _, _), .replaceWords(let citation, _, _), .deleteWords(let citation, _):
            let index = try position(of: citation, line: line)
            items[index].tokens = try Self.editedTokens(items[index].tokens, by: amendment.action, line: line)
            items[index].amended = true
        case .deleteParagraph(let citation):
            let index = try position(of: citation, line: line)
            deleted.formUnion(items[index].origins)
            items.remove(at: index)
        case .insertParagraph(let point, let text):
            let tokens = try Self.nonEmptyTokens(text, line: line)
            let (index, tag) = try insertionIndex(point, line: line)
            items.insert(Item(marker: nil, origins: [], citations: [], tokens: tokens, placedAfter: tag,
                              original: nil, amended: true, line: line), at: index)
        case .moveParagraph(let citation, let point):
            let from = try position(of: citation, line: line)
            if case .after(let target) = point, try resolve(target, line: line) == resolve(citation, line: line) {
                throw AmendmentError(line: line, "\(citation.wording) cannot be moved to follow itself")
            }
            var item = items.remove(at: from)
            let (index, tag) = try insertionIndex(point, line: line)
            item.placedAfter = tag
            items.insert(item, at: index)
        case .replaceParagraph(let citation, let texts):
            let index = try position(of: citation, line: line)
            guard let first = texts.first else { throw AmendmentError(line: line, "no replacement text") }
            items[index].tokens = try Self.nonEmptyTokens(first, line: line)
            items[index].amended = true
            let tag = items[index].origins.first ?? ""
            for (offset, text) in texts.dropFirst().enumerated() {
                items.insert(Item(marker: nil, origins: [], citations: [], tokens: try Self.nonEmptyTokens(text, line: line),
                                  placedAfter: tag, original: nil, amended: true, line: line), at: index + 1 + offset)
            }
        case .mergeParagraphs(let citations, let text):
            guard let first = citations.first else { throw AmendmentError(line: line, "no paragraphs to merge") }
            let target = try position(of: first, line: line)
            var others: [Int] = []
            for citation in citations.dropFirst() {
                let index = try position(of: citation, line: line)
                if index != target, !others.contains(index) { others.append(index) }
            }
            items[target].tokens = try Self.nonEmptyTokens(text, line: line)
            items[target].amended = true
            for index in others {
                items[target].origins += items[index].origins
                items[target].citations += items[index].citations
            }
            for index in others.sorted(by: >) { items.remove(at: index) }
        }
    }

    /// `tokens` with a word amendment applied; other actions leave them as they are.
    static func editedTokens(_ tokens: [Token], by action: Amendment.Action, line: Int) throws(AmendmentError) -> [Token] {
        switch action {
        case .insertWords(let citation, let anchor, let words):
            let newTokens = try nonEmptyTokens(words, line: line)
            switch anchor {
            case .after(let phrase):
                let (start, count) = try locate(phrase, in: tokens, citation: citation, line: line)
                return TokenText.replacing((start + count)..<(start + count), in: tokens, with: newTokens)
            case .before(let phrase):
                let (start, _) = try locate(phrase, in: tokens, citation: citation, line: line)
                return TokenText.replacing(start..<start, in: tokens, with: newTokens)
            }
        case .replaceWords(let citation, let oldWords, let newWords):
            let (start, count) = try locate(oldWords, in: tokens, citation: citation, line: line)
            return TokenText.replacing(start..<(start + count), in: tokens, with: Tokenizer.tokens(newWords))
        case .deleteWords(let citation, let words):
            let (start, count) = try locate(words, in: tokens, citation: citation, line: line)
            return TokenText.replacing(start..<(start + count), in: tokens, with: [])
        default:
            return tokens
        }
    }

    /// The start and length of the one place `phrase` occurs in `tokens`.
    static func locate(_ phrase: String, in tokens: [Token], citation: ParagraphCitation,
                       line: Int) throws(AmendmentError) -> (Int, Int) {
        let needle = try nonEmptyTokens(phrase, line: line)
        let found = TokenText.occurrences(of: needle, in: tokens)
        let one = needle.count == 1
        let words = "\(one ? "the word" : "the words") \"\(phrase)\""
        guard let start = found.first else {
            throw AmendmentError(line: line, "\(words) \(one ? "does" : "do") not occur in \(citation.wording)")
        }
        guard found.count == 1 else {
            throw AmendmentError(line: line, "\(words) \(one ? "occurs" : "occur") \(found.count) times in \(citation.wording); quote more words to say which is meant")
        }
        return (start, needle.count)
    }

    static func nonEmptyTokens(_ text: String, line: Int) throws(AmendmentError) -> [Token] {
        let tokens = Tokenizer.tokens(text)
        guard !tokens.isEmpty else { throw AmendmentError(line: line, "the quoted text is empty") }
        return tokens
    }
}
