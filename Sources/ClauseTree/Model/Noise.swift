/// A source line the parser kept out of every paragraph: page furniture, a repeated title,
/// download-page residue. Noise is never dropped silently; it is listed with its line number.
public struct NoiseLine: Sendable, Hashable, Codable {
    /// The 1-based line number.
    public var line: Int
    /// The line's text, trimmed.
    public var text: String

    /// Creates a noise record.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// A line after the last operative paragraph that belongs to the resolution's closing:
/// an adoption line ("Adopted at the third plenary session, …") or a place and date.
public struct ClosingLine: Sendable, Hashable, Codable {
    /// The 1-based line number.
    public var line: Int
    /// The line's text, trimmed.
    public var text: String

    /// Creates a closing line.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}
