/// An amendment that cannot be read or applied. Its ``description`` is the message shown to
/// people: `line 4: operative paragraph 19 does not exist in the old text`.
public struct AmendmentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the amendment list the amendment starts on (0 for generated ones).
    public var line: Int
    /// What is wrong, for people.
    public var message: String

    /// Creates an error.
    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    /// "line N: message".
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
