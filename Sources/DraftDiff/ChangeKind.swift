/// What happened to one paragraph between two drafts.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Same text, same number.
    case unchanged
    /// Same text; only the number changed, because paragraphs were inserted or deleted before it.
    case renumbered
    /// The same paragraph with changed words (its number may also have changed).
    case modified
    /// Its order relative to the other paragraphs changed; it may also have been edited.
    case moved
    /// Only in the new draft.
    case added
    /// Only in the old draft.
    case deleted
    /// One old paragraph became two or more consecutive new ones.
    case split
    /// Two or more consecutive old paragraphs became one new one.
    case merged

    /// True for every kind but ``unchanged``.
    public var isChange: Bool { self != .unchanged }
}
