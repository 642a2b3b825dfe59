import ClauseTree

/// One paragraph of a draft after amendments were applied.
public struct AmendedParagraph: Sendable, Hashable {
    /// The section it ends up in.
    public var section: Section
    /// Its whole text (children inlined as "(a) …"), without a number.
    public var text: String
    /// The old paragraphs it comes from: one, several for a merge, none for a new paragraph.
    public var origin: [ParagraphCitation]
    /// True when its text differs from the old paragraph's (always true for new paragraphs).
    public var isAmended: Bool

    /// Creates an amended paragraph.
    public init(section: Section, text: String, origin: [ParagraphCitation], isAmended: Bool) {
        self.section = section
        self.text = text
        self.origin = origin
        self.isAmended = isAmended
    }
}

/// The result of applying amendments to an old draft.
public struct AmendedDraft: Sendable, Hashable {
    /// The paragraphs of the amended draft in order, preamble first.
    public var paragraphs: [AmendedParagraph]
    /// The amended draft as a resolution: the old header and closing, the paragraphs above, and
    /// operative paragraphs numbered 1, 2, 3 … (when the old ones were numbered). Paragraphs
    /// whose text did not change keep their sub-paragraphs; amended ones carry their whole text,
    /// sub-paragraphs inlined.
    public var resolution: Resolution

    /// Creates a result.
    public init(paragraphs: [AmendedParagraph], resolution: Resolution) {
        self.paragraphs = paragraphs
        self.resolution = resolution
    }
}
