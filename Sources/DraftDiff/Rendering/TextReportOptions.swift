/// How ``DraftComparison/textReport(options:)`` prints a comparison.
public struct TextReportOptions: Sendable, Hashable {
    /// Mark insertions and deletions with ANSI colours (green underlined, red struck through)
    /// instead of `{+inserted+}` and `[-deleted-]`.
    public var colour: Bool
    /// How many unchanged or renumbered paragraphs to print around each change. With 0, only
    /// real changes are listed and renumbering is summarised in one line.
    public var context: Int

    /// Creates options; the defaults print plain text without context.
    public init(colour: Bool = false, context: Int = 0) {
        self.colour = colour
        self.context = max(0, context)
    }
}
