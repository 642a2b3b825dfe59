import ArgumentParser
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft push [REMOTE] [BRANCH]`.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Send the branch's commits to a remote (a configured name, a path or a URL).",
        discussion: "Only fast-forwards are pushed: when the remote has commits this branch lacks, the push is refused (pull first). Exit 0, or 2 on error."
    )

    @Argument(help: "The remote (default origin).")
    var remote = "origin"

    @Argument(help: "The branch (default: the current one).")
    var branch: String?

    func run() throws {
        let repository = try GitSupport.openRepository(near: ".")
        try GitSupport.run {
            try repository.push(remote: remote, branch: branch)
            let name = try branch ?? repository.headBranch ?? "HEAD"
            Output.print("Pushed \(name) to \(remote)\n")
        }
    }
}
