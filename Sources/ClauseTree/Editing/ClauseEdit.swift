/// One edit to one clause of a draft.
public enum ClauseEdit: Sendable, Hashable {
    /// Replace the clause's text (its number or marker is kept).
    case replace(ClauseAddress, text: String)
    /// Insert a new paragraph after the addressed top-level paragraph, in its section.
    case insertAfter(ClauseAddress, text: String)
    /// Insert a new paragraph before the addressed top-level paragraph, in its section.
    case insertBefore(ClauseAddress, text: String)
    /// Delete the clause.
    case delete(ClauseAddress)
    /// Move the first top-level paragraph to follow the second.
    case move(ClauseAddress, after: ClauseAddress)

    /// A commit message for the edit: "Amend operative paragraph 8",
    /// "Insert a new operative paragraph after operative paragraph 3", "Delete operative
    /// paragraph 19", "Move operative paragraph 20 to follow operative paragraph 4".
    public var summary: String {
        switch self {
        case .replace(let a, _): "Amend \(a.citation)"
        case .insertAfter(let a, _): "Insert a new \(a.section.adjective) paragraph after \(a.citation)"
        case .insertBefore(let a, _): "Insert a new \(a.section.adjective) paragraph before \(a.citation)"
        case .delete(let a): "Delete \(a.citation)"
        case .move(let a, let b): "Move \(a.citation) to follow \(b.citation)"
        }
    }
}

/// Why a clause edit was refused. Nothing is written when an edit is refused.
public enum ClauseEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The address names no clause of the draft.
    case noSuchClause(ClauseAddress)
    /// The new text is empty, or does not read as exactly one paragraph.
    case notOneParagraph(String)
    /// The edit applies to top-level paragraphs only.
    case topLevelOnly(ClauseAddress)
    /// A paragraph cannot be moved after itself or one of its own sub-paragraphs.
    case moveOntoItself(ClauseAddress)
    /// The edited text did not parse to the expected tree (a safety net; nothing written).
    case inconsistentResult(String)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .noSuchClause(let a): "no clause \(a) in this draft"
        case .notOneParagraph(let why): "the new text is not one paragraph: \(why)"
        case .topLevelOnly(let a): "\(a) is a sub-paragraph; only whole paragraphs can be inserted next to or moved"
        case .moveOntoItself(let a): "cannot move \(a) after itself"
        case .inconsistentResult(let why): "the edit would not give a well-formed draft (\(why)); nothing was changed"
        }
    }
}
