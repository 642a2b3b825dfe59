import ClauseTree

/// The result of comparing two drafts: every paragraph of both, each given exactly one kind.
///
/// ``changes`` follows the new draft's order, with deleted paragraphs where they stood.
public struct DraftComparison: Sendable {
    /// The old draft.
    public var old: Resolution
    /// The new draft.
    public var new: Resolution
    /// One entry per paragraph (or split/merge group) of both drafts.
    public var changes: [ParagraphChange]

    /// Creates a comparison from its parts.
    public init(old: Resolution, new: Resolution, changes: [ParagraphChange]) {
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// How many entries of each kind, every kind present (zero where none).
    public var summary: [ChangeKind: Int] {
        // Counted by position, reading each entry's kind in place (no copy of the entry).
        var counts = Array(repeating: 0, count: ChangeKind.allCases.count)
        changes.withUnsafeBufferPointer { entries in
            for i in entries.indices { counts[entries[i].kind.ordinal] += 1 }
        }
        return Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0, counts[$0.ordinal]) })
    }

    /// True when any paragraph is not ``ChangeKind/unchanged``.
    public var hasDifferences: Bool { changes.contains { $0.kind.isChange } }
}
