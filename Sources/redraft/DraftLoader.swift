import ClauseTree

/// Reads drafts named on the command line: a path, or `-` for standard input.
enum DraftLoader {
    /// Reads and parses `path`, refusing a text in which no paragraph was found.
    static func resolution(at path: String) throws -> Resolution {
        let text: String
        do {
            text = try DraftText.read(path: path)
        } catch {
            throw CommandExit.input(error)
        }
        let resolution = ResolutionParser().parse(text)
        if resolution.isEmpty {
            throw CommandExit.input(InputError(path: path == "-" ? "<stdin>" : path, line: nil,
                                               "no resolution paragraph found (expected preambular or numbered operative paragraphs)"))
        }
        return resolution
    }
}
