import ClauseTree
import DraftDiff

/// One commit in the history of a draft file, as `redraft log FILE` lists it.
public struct FileLogEntry: Hashable, Sendable {
    /// The commit that gave the file this content.
    public var commit: CommitInfo
    /// The tags naming the commit, sorted.
    public var tags: [String]
}

/// One change to one clause, as `redraft log FILE --clause op9` lists it.
public struct ClauseLogEntry: Hashable, Sendable {
    /// The commit that made the change.
    public var commit: CommitInfo
    /// What happened to the clause: added, modified, renumbered, moved, split or merged
    /// (never unchanged).
    public var change: ChangeKind
    /// The clause's label in this commit ("OP 9").
    public var label: String
    /// The clause's label in the previous version of the file; nil when it was added here.
    public var previousLabel: String?
    /// The tags naming the commit, sorted.
    public var tags: [String]
}

/// Who last changed a top-level paragraph's words, and who added it, as `redraft blame` shows it.
public struct BlameEntry: Hashable, Sendable {
    /// The paragraph as it stands in the newest revision (section, index, number, id, label).
    public var paragraph: ParagraphRef
    /// The first words of the paragraph's text.
    public var excerpt: String
    /// The last commit that changed the paragraph's words (renumbering or moving alone do not count).
    public var lastChange: CommitInfo
    /// The commit that added the paragraph (following it back through renumbering, moves,
    /// splits, merges and edits).
    public var introduced: CommitInfo
}
