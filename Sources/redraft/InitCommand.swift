import ArgumentParser
import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft init [DIR] [--author "Name <email>"]`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a drafts repository (branch main, a Drafts/ folder), or use the git repository DIR is in.",
        discussion: """
        A new repository gets a first commit holding Drafts/.gitkeep when an author is known \
        (--author, the git configuration or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL); otherwise it is left \
        without commits. Inside an existing git repository nothing is created: it is used as it is. \
        Exit 0, or 2 on error.
        """
    )

    @Argument(help: "Where to create the repository (default: the current folder).")
    var directory = "."

    @Option(help: ArgumentHelp("The author of the first commit, as \"Name <email>\".", valueName: "identity"))
    var author: String?

    func run() throws {
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
        if let repository = try? Repository.open(at: GitSupport.nearestExisting(absolute), allowBare: true) {
            guard let workdir = repository.workdir else {
                throw CommandExit.failure(GitError.bareRepository(path: repository.gitDirectory).description)
            }
            Output.print("\(absolute) is inside the existing git repository at \(workdir); using it\n")
            return
        }
        try GitSupport.run {
            let repository = try Repository.create(at: absolute, initialBranch: "main")
            let keep = absolute + "/Drafts/.gitkeep"
            do {
                try FileManager.default.createDirectory(atPath: absolute + "/Drafts", withIntermediateDirectories: true)
                if !FileManager.default.fileExists(atPath: keep) {
                    try Data().write(to: URL(fileURLWithPath: keep))
                }
            } catch {
                throw GitError.fileSystem(path: keep, message: ErrorText.describe(error))
            }
            Output.print("Initialised a drafts repository in \(absolute) (branch main, folder Drafts/)\n")
            guard let signatures = try? GitSupport.signatures(author: author, repository: repository) else {
                Output.print("No author is configured, so nothing was committed yet.\n")
                return
            }
            if let id = try repository.commit(paths: ["Drafts/.gitkeep"], message: "Create the drafts repository",
                                              author: signatures.author, committer: signatures.committer) {
                try GitSupport.reportCommit(id, message: "Create the drafts repository", repository: repository)
            }
        }
    }
}
