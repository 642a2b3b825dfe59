import ArgumentParser
import ClauseTree
import DraftDiff
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft commit FILE... [-m MSG] [--author "Name <email>"]`.
struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Commit the drafts' current content to their git repository.",
        discussion: """
        Without -m the message is written from the structural diff against the last committed \
        version ("Amend OP 8; insert OP 13; delete PP 11; renumber OP 14–22"), or "Add FILE (12 PP, \
        21 OP)" for a new draft. The author is --author, else user.name and user.email from the git \
        configuration, else GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL/EMAIL. Exit 0 when committed or when \
        there is nothing to commit, 2 on error (nothing is committed then).
        """
    )

    @Argument(help: "The drafts to commit (all in one repository).")
    var files: [String] = []

    @Option(name: [.short, .customLong("message")], help: "The commit message (default: written from the changes).")
    var message: String?

    @Option(help: ArgumentHelp("The author, as \"Name <email>\".", valueName: "identity"))
    var author: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
    }

    func run() throws {
        guard let first = files.first else { return }
        let repository = try GitSupport.openRepository(near: first)
        try GitSupport.run {
            let signatures = try GitSupport.signatures(author: author, repository: repository)
            let paths = try files.map { file throws(GitError) in try repository.repositoryPath(for: file) }
            let nothingToCommit = "nothing to commit (\(paths.joined(separator: ", ")) unchanged)\n"
            try repository.withWriterLock {
                var parts: [(path: String, summary: String)] = []
                for (file, path) in zip(files, paths) {
                    if let summary = try Self.describe(file: file, path: path, repository: repository) {
                        parts.append((path, summary))
                    }
                }
                guard !parts.isEmpty else {
                    Output.print(nothingToCommit)
                    return
                }
                let text = message ?? (parts.count == 1 ? parts[0].summary
                    : parts.map { "\($0.path): \($0.summary)" }.joined(separator: "; "))
                guard let id = try repository.commit(paths: paths, message: text, author: signatures.author,
                                                     committer: signatures.committer) else {
                    Output.print(nothingToCommit)
                    return
                }
                try GitSupport.reportCommit(id, message: text, repository: repository)
            }
        }
    }

    /// What changed in `path` since HEAD, as a message; nil when nothing did.
    /// - Throws: ``CommandExit`` when the file is not a readable draft.
    static func describe(file: String, path: String, repository: Repository) throws -> String? {
        let committed = try GitSupport.committedBytes(path: path, repository: repository)
        guard FileManager.default.fileExists(atPath: file) else {
            guard committed != nil else { throw CommandExit.input(InputError(path: file, "no such file")) }
            return CommitMessage.deleted(path: path)
        }
        let current = try DraftLoader.resolution(at: file)
        guard let currentBytes = FileManager.default.contents(atPath: file).map(Array.init) else {
            throw CommandExit.input(InputError(path: file, "cannot read the file"))
        }
        guard let committed else { return CommitMessage.added(path: path, resolution: current) }
        if committed == currentBytes { return nil }
        guard let oldText = try? DraftText.decode(committed, path: path) else {
            return CommitMessage.added(path: path, resolution: current)
        }
        let comparison = DraftDiffer().compare(ResolutionParser().parse(oldText), current)
        return CommitMessage.summary(of: comparison)
    }
}
