/// A note from the parser about odd layout it had to work around. Parsing never throws on odd
/// layout; it records a diagnostic and goes on.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious the finding is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Informational: layout was repaired (a stray blank line, a joined paragraph).
        case note
        /// Something a drafter should look at.
        case warning
        /// The text breaks a drafting rule or could not be read as intended.
        case error
    }

    /// The severity.
    public var severity: Severity
    /// The 1-based source line the finding applies to.
    public var line: Int
    /// A message for people, without the file or line prefix.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, line: Int, _ message: String) {
        self.severity = severity
        self.line = line
        self.message = message
    }

    /// "LINE: severity: message".
    public var description: String { "\(line): \(severity.rawValue): \(message)" }
}
