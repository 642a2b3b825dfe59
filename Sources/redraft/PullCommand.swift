import ArgumentParser
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft pull [REMOTE] [BRANCH]`.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Fetch a branch from a remote and fast-forward the current branch to it.",
        discussion: "Never merges: when both sides have new commits, or the update would overwrite uncommitted edits, the pull is refused and nothing changes. Exit 0, or 2 on error."
    )

    @Argument(help: "The remote (default origin).")
    var remote = "origin"

    @Argument(help: "The remote branch (default: the current branch's name).")
    var branch: String?

    func run() throws {
        let repository = try GitSupport.openRepository(near: ".")
        try GitSupport.run {
            switch try repository.pull(remote: remote, branch: branch) {
            case .alreadyUpToDate:
                Output.print("Already up to date.\n")
            case .fastForwarded(let from, let to):
                Output.print("Fast-forwarded \(from?.shortHex ?? "(no commit)") to \(to.shortHex)\n")
            }
        }
    }
}
