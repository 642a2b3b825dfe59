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

    /// The kind's position in ``allCases``: counting by position needs no hashing.
    var ordinal: Int {
        switch self {
        case .unchanged: 0
        case .renumbered: 1
        case .modified: 2
        case .moved: 3
        case .added: 4
        case .deleted: 5
        case .split: 6
        case .merged: 7
        }
    }
}
