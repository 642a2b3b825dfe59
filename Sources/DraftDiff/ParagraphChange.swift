/// One entry of a structural diff: what happened to a paragraph (or to a group of paragraphs,
/// for splits and merges) between the old and the new draft.
public struct ParagraphChange: Sendable, Hashable {
    /// The kind of change.
    public var kind: ChangeKind
    /// The old side: empty for ``ChangeKind/added``, several for ``ChangeKind/merged``.
    public var old: [ParagraphRef]
    /// The new side: empty for ``ChangeKind/deleted``, several for ``ChangeKind/split``.
    public var new: [ParagraphRef]
    /// Word similarity between the two sides, 0…1 (1 for identical text; 0 when a side is absent).
    public var similarity: Double
    /// The word-level diff from old to new text: empty for added and deleted paragraphs
    /// and for unchanged text.
    public var words: [WordChange]
    /// True when the leading phrase changed ("Encourage" → "Urge").
    public var leadChanged: Bool
    /// True for a paragraph that moved between preamble and operative part.
    public var crossedSection: Bool

    /// Creates a change record.
    public init(kind: ChangeKind, old: [ParagraphRef], new: [ParagraphRef], similarity: Double,
                words: [WordChange] = [], leadChanged: Bool = false, crossedSection: Bool = false) {
        self.kind = kind
        self.old = old
        self.new = new
        self.similarity = similarity
        self.words = words
        self.leadChanged = leadChanged
        self.crossedSection = crossedSection
    }

    /// True when the text itself changed (word changes present).
    public var hasWordChanges: Bool { words.contains { $0.op != .equal } }
}
