/// An error reading a draft: the file could not be read, or is not a resolution text.
/// Its ``description`` is the one-line message shown to people: `FILE[:LINE]: error: MESSAGE`.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it (`-` for standard input, `REV:PATH` for a revision).
    public var path: String
    /// The 1-based line the problem is on, when it is on one line.
    public var line: Int?
    /// What is wrong, for people.
    public var message: String

    /// Creates an input error.
    public init(path: String, line: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `FILE[:LINE]: error: MESSAGE`, on one line.
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): error: \(message)"
    }
}
