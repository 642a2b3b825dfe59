import ArgumentParser

/// The `redraft` command: parse, compare and keep the history of resolution drafts.
struct Redraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redraft",
        abstract: "Parse, compare and keep the history of parliamentary resolution drafts.",
        discussion: "Exit status: 0 same or clean, 1 differences or findings, 2 usage or input error.",
        version: "0.1.0",
        subcommands: [ParseCommand.self, CheckCommand.self, DiffCommand.self, ApplyAmendmentsCommand.self,
                      AddedSinceCommand.self,
                      InitCommand.self, CommitCommand.self, AmendCommand.self, LogCommand.self, BlameCommand.self,
                      TagCommand.self, PushCommand.self, PullCommand.self]
    )
}
