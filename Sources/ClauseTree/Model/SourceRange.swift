/// The 1-based, inclusive range of source lines a node was read from.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first line of the node.
    public var first: Int
    /// The last line of the node (equal to `first` for one-line nodes).
    public var last: Int

    /// Creates a range from `first` to `last`, both 1-based and inclusive.
    public init(first: Int, last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    /// Creates a one-line range.
    public init(line: Int) { self.init(first: line, last: line) }

    /// "12" for one line, "12-14" for several.
    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
