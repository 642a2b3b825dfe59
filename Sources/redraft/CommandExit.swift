import ClauseTree

/// How a command ends when it does not end normally: an exit status and a message for
/// standard error.
struct CommandExit: Error {
    /// The process exit status.
    var status: Int32
    /// One line for standard error, or nil.
    var message: String?

    /// Status 1: differences or findings, nothing printed to standard error.
    static let differences = CommandExit(status: 1, message: nil)

    /// Status 2 with `message`.
    static func failure(_ message: String) -> CommandExit { CommandExit(status: 2, message: "redraft: " + message) }

    /// Status 2 for an input error (its description names the file and line).
    static func input(_ error: InputError) -> CommandExit { CommandExit(status: 2, message: error.description) }
}
