import ClauseTree

/// A paragraph of the OLD draft as an amendment cites it: "operative paragraph 8" (its printed
/// number, else its position) or "the eighth preambular paragraph" (its position).
public struct ParagraphCitation: Sendable, Hashable {
    /// The section the paragraph stands in in the old draft.
    public var section: Section
    /// For operative paragraphs the printed number ("8"), else the 1-based position as digits;
    /// for preambular paragraphs the 1-based position as digits.
    public var number: String

    /// Creates a citation.
    public init(section: Section, number: String) {
        self.section = section
        self.number = number
    }

    /// The citation of `ref`, a paragraph of the old draft.
    public init(_ ref: ParagraphRef) {
        self.init(section: ref.section, number: ref.section == .operative ? (ref.number ?? String(ref.index)) : String(ref.index))
    }
}

/// Where an inserted or moved paragraph goes.
public enum InsertionPoint: Sendable, Hashable {
    /// After the cited paragraph (and after paragraphs earlier amendments put there).
    case after(ParagraphCitation)
    /// At the beginning of a section (after paragraphs earlier amendments put there).
    case beginning(Section)
}

/// Where words are inserted within a paragraph.
public enum WordAnchor: Sendable, Hashable {
    /// After the quoted words, which occur once in the paragraph.
    case after(String)
    /// Before the quoted words, which occur once in the paragraph.
    case before(String)
}

/// One formal amendment to the OLD text of a draft.
///
/// Convention: amendments cite paragraphs by their numbers and ordinals in the old text, the
/// text they amend, whatever earlier amendments inserted, deleted or moved; they are applied in
/// the order listed, and word amendments to one paragraph apply to its text as amended by the
/// earlier ones. Operative paragraphs are renumbered once, after all amendments.
public struct Amendment: Sendable, Hashable {
    /// What the amendment does.
    public enum Action: Sendable, Hashable {
        /// "In operative paragraph 8, after the words "law enforcement" insert ", border security"".
        case insertWords(ParagraphCitation, anchor: WordAnchor, words: String)
        /// "In operative paragraph 3, replace "A" with "B"".
        case replaceWords(ParagraphCitation, old: String, new: String)
        /// "In operative paragraph 3, delete the words "X"".
        case deleteWords(ParagraphCitation, words: String)
        /// "Delete operative paragraph 19".
        case deleteParagraph(ParagraphCitation)
        /// "After operative paragraph 11, insert a new paragraph reading: "…"".
        case insertParagraph(InsertionPoint, text: String)
        /// "Move operative paragraph 20 to follow operative paragraph 4".
        case moveParagraph(ParagraphCitation, to: InsertionPoint)
        /// "Replace operative paragraph 3 with the following paragraphs:" and one quoted
        /// paragraph per line (a split, or a rewrite when there is one).
        case replaceParagraph(ParagraphCitation, with: [String])
        /// "Replace operative paragraphs 3 and 4 with the following paragraph: "…"" (a merge).
        case mergeParagraphs([ParagraphCitation], into: String)
    }

    /// What the amendment does.
    public var action: Action
    /// True when the wording ends with "and renumber the subsequent paragraphs accordingly".
    public var renumbers: Bool
    /// The 1-based line of the amendment in the list it was read from (0 when generated).
    public var line: Int

    /// Creates an amendment.
    public init(_ action: Action, renumbers: Bool = false, line: Int = 0) {
        self.action = action
        self.renumbers = renumbers
        self.line = line
    }
}
