import ClauseTree

/// A draft read for comparison: its paragraphs' full texts, normalised forms and hashes, made
/// once.
///
/// Making it takes about a quarter of the differ's work on a long draft and needs only that
/// draft, so two drafts can be prepared at the same time, each on its own core, for example
/// right after each is parsed:
///
/// ```swift
/// let old = PreparedDraft(ResolutionParser().parse(oldText))   // on one thread
/// let new = PreparedDraft(ResolutionParser().parse(newText))   // on another
/// let comparison = DraftDiffer().compare(old, new)
/// ```
public struct PreparedDraft: Sendable {
    /// The draft.
    public let resolution: Resolution
    /// The differ's reading of it.
    let side: DraftSide

    /// Reads `resolution` for comparison.
    public init(_ resolution: Resolution) {
        self.resolution = resolution
        side = DraftSide(resolution)
    }
}
