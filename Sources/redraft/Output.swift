import Foundation

/// Standard output and error, written in one piece so that a failure leaves no partial output.
enum Output {
    /// Writes `text` to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` (with a final newline) to standard error.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// True when colour should be used on standard output: a terminal, no `NO_COLOR`.
    static var colorEnabled: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}
