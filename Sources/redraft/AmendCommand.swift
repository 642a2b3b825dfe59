import ArgumentParser
import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft amend FILE (--clause A --text T | --insert-after A --text T | --insert-before A --text T
/// | --delete A | --move A --after B) [--text-file F] [-m MSG] [--author "Name <email>"]`.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Edit one clause of a committed draft, keeping every other byte, and commit the result.",
        discussion: """
        Addresses: pp3, op8, op8a or op8(a), or an Akoma Ntoso eId (recs__rec_3, para_8, \
        para_8__subpara_a). Operative paragraphs are renumbered after an insertion, deletion or move. \
        The file is written atomically, then committed with a message such as "Amend operative \
        paragraph 8". Refused, with nothing changed (exit 2), when the file has uncommitted edits, \
        the address names no clause, or the text is not one paragraph.
        """
    )

    @Argument(help: "The draft to edit (committed, without uncommitted edits).")
    var file: String

    @Option(help: ArgumentHelp("Replace the text of this clause.", valueName: "address"))
    var clause: String?

    @Option(name: .customLong("insert-after"), help: ArgumentHelp("Insert a new paragraph after this one.", valueName: "address"))
    var insertAfter: String?

    @Option(name: .customLong("insert-before"), help: ArgumentHelp("Insert a new paragraph before this one.", valueName: "address"))
    var insertBefore: String?

    @Option(help: ArgumentHelp("Delete this clause.", valueName: "address"))
    var delete: String?

    @Option(help: ArgumentHelp("Move this paragraph (with --after).", valueName: "address"))
    var move: String?

    @Option(help: ArgumentHelp("Where --move puts the paragraph: after this one.", valueName: "address"))
    var after: String?

    @Option(help: "The new text (for --clause, --insert-after, --insert-before).")
    var text: String?

    @Option(name: .customLong("text-file"), help: ArgumentHelp("Read the new text from this file (- for standard input).", valueName: "file"))
    var textFile: String?

    @Option(name: [.short, .customLong("message")], help: "The commit message (default: says what the edit did).")
    var message: String?

    @Option(help: ArgumentHelp("The author, as \"Name <email>\".", valueName: "identity"))
    var author: String?

    func validate() throws {
        let chosen = [clause, insertAfter, insertBefore, delete, move].compactMap { $0 }
        if chosen.count != 1 {
            throw ValidationError("give exactly one of --clause, --insert-after, --insert-before, --delete, --move")
        }
        let needsText = clause != nil || insertAfter != nil || insertBefore != nil
        if needsText, (text == nil) == (textFile == nil) {
            throw ValidationError("give the new text with either --text or --text-file")
        }
        if !needsText, text != nil || textFile != nil {
            throw ValidationError("--text and --text-file go with --clause, --insert-after or --insert-before")
        }
        if (move != nil) != (after != nil) {
            throw ValidationError("--move and --after go together")
        }
    }

    func run() throws {
        let repository = try GitSupport.openRepository(near: file)
        try GitSupport.run {
            let edit = try makeEdit()
            let signatures = try GitSupport.signatures(author: author, repository: repository)
            let path = try repository.repositoryPath(for: file)
            try repository.withWriterLock {
                try amend(edit, path: path, signatures: signatures, repository: repository)
            }
        }
    }

    /// Checks, edits, writes and commits, holding the writer lock.
    private func amend(
        _ edit: ClauseEdit, path: String, signatures: (author: Signature, committer: Signature), repository: Repository
    ) throws {
        guard try GitSupport.committedBytes(path: path, repository: repository) != nil else {
            throw CommandExit.failure("'\(path)' is not committed yet; commit it first with `redraft commit \(file)`")
        }
        try repository.requireUnmodified(path: path)
        let indexLock = repository.gitDirectory + "/index.lock"
        if FileManager.default.fileExists(atPath: indexLock) { throw GitError.locked(path: indexLock) }

        guard let raw = FileManager.default.contents(atPath: file).map(Array.init) else {
            throw CommandExit.input(InputError(path: file, "cannot read the file"))
        }
        let source: String
        do {
            source = try DraftText.decode(raw, path: file)
        } catch {
            throw CommandExit.input(error)
        }
        let edited: String
        do {
            edited = try ClauseEditor(source: source).apply(edit)
        } catch {
            throw CommandExit.failure("\(file): \(error.description)")
        }
        let byteOrderMark = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
        do {
            try AtomicFile.write(byteOrderMark + edited, to: file)
        } catch {
            throw CommandExit.failure("\(file): cannot write: \(ErrorText.describe(error))")
        }
        if ProcessInfo.processInfo.environment["REDRAFT_TEST_STOP_AFTER_WRITE"] == "1" {
            Output.exit(75)
        }
        let text = message ?? edit.summary
        let id: ObjectID?
        do {
            id = try repository.commit(paths: [path], message: text, author: signatures.author,
                                       committer: signatures.committer)
        } catch {
            // Put the committed text back: a refused amendment changes nothing.
            try? AtomicFile.write(String(decoding: raw, as: UTF8.self), to: file)
            throw error
        }
        guard let id else {
            Output.print("nothing to commit (the edit leaves \(path) as it was)\n")
            return
        }
        try GitSupport.reportCommit(id, message: text, repository: repository)
    }

    /// The edit the options ask for.
    private func makeEdit() throws -> ClauseEdit {
        if let clause { return .replace(try ClauseAddress(parsing: clause), text: try newText()) }
        if let insertAfter { return .insertAfter(try ClauseAddress(parsing: insertAfter), text: try newText()) }
        if let insertBefore { return .insertBefore(try ClauseAddress(parsing: insertBefore), text: try newText()) }
        if let delete { return .delete(try ClauseAddress(parsing: delete)) }
        if let move, let after {
            return .move(try ClauseAddress(parsing: move), after: try ClauseAddress(parsing: after))
        }
        throw CommandExit.failure("nothing to do")
    }

    /// `--text`, or the contents of `--text-file`.
    private func newText() throws -> String {
        if let text { return text }
        guard let textFile else { throw CommandExit.failure("no new text given") }
        do {
            return try DraftText.read(path: textFile).trimmingNewlines()
        } catch {
            throw CommandExit.input(error)
        }
    }
}
