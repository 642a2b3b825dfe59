/// Reads the plain text of a resolution into a ``Resolution``.
public struct ResolutionParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses `text`. Never throws: odd layout is repaired and reported in the diagnostics.
    public func parse(_ text: String) -> Resolution {
        Resolution()
    }
}
