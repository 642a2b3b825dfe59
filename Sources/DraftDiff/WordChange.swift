/// One run of a word-level diff: text kept, inserted or deleted.
public struct WordChange: Sendable, Hashable, Codable {
    /// What happened to the run.
    public enum Operation: String, Sendable, Hashable, Codable {
        /// In both texts.
        case equal
        /// Only in the new text.
        case insert
        /// Only in the old text.
        case delete
    }

    /// What happened to the run.
    public var op: Operation
    /// The run's text, tokens joined as they were spaced in their source.
    public var text: String

    /// Creates a run.
    public init(_ op: Operation, _ text: String) {
        self.op = op
        self.text = text
    }
}
