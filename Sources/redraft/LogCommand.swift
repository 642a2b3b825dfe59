import ArgumentParser
import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft log FILE [--clause ADDRESS] [--rev REV] [--format text|json]`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the history of a draft, or of one clause followed through renumbering, moves, splits and edits.",
        discussion: """
        Without --clause: the commits that changed FILE, newest first. With --clause: the commits \
        that changed that clause (added, modified, renumbered, moved, split, merged), newest first, \
        ending with the one that added it; the clause is addressed as it stands at --rev. Exit 0, or \
        2 on error (not a repository, no commit yet, FILE never committed, no such clause).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The draft (a path in the work tree; it need not exist on disk any more).")
    var file: String

    @Option(help: ArgumentHelp("Follow this clause: pp3, op8, op8(a), para_8…", valueName: "address"))
    var clause: String?

    @Option(help: ArgumentHelp("Start from this revision (default HEAD).", valueName: "rev"))
    var rev = "HEAD"

    @Option(help: "text (default) or json.")
    var format: Format = .text

    func run() throws {
        let history = try GitSupport.history(of: file, at: rev)
        let path = history.path
        try GitSupport.run {
            var rows: [Row] = []
            var clauseID: JSONValue = .null
            if let clause {
                let address = try ClauseAddress(parsing: clause)
                guard let paragraph = address.resolve(in: history.latest) else {
                    throw CommandExit.failure("\(path): no clause \(address) at \(rev)")
                }
                clauseID = .string(paragraph.id)
                rows = history.clauseLog(of: paragraph).map {
                    Row(commit: $0.commit, change: $0.change.rawValue, number: $0.label, previous: $0.previousLabel, tags: $0.tags)
                }
            } else {
                let entries = history.fileLog()
                rows = entries.enumerated().map { offset, entry in
                    Row(commit: entry.commit, change: offset == entries.count - 1 ? "added" : "modified",
                        number: nil, previous: nil, tags: entry.tags)
                }
            }
            switch format {
            case .json:
                let json = JSONValue.object([
                    ("file", .string(path)), ("clause", clauseID), ("entries", .array(rows.map(\.json))),
                ])
                Output.print(json.serialized() + "\n")
            case .text:
                Output.print(rows.map { $0.text(withClause: clause != nil) + "\n" }.joined())
            }
        }
    }

    /// One line of the log.
    struct Row {
        var commit: CommitInfo
        var change: String
        var number: String?
        var previous: String?
        var tags: [String]

        var json: JSONValue {
            .object([
                ("commit", .string(commit.id.hex)), ("author", .string(commit.authorName)),
                ("email", .string(commit.authorEmail)), ("date", .string(commit.isoDate)),
                ("message", .string(commit.message.trimmingWhitespace())),
                ("change", .string(change)), ("number", .optional(number)), ("previous", .optional(previous)),
                ("tags", .array(tags.map(JSONValue.string))),
            ])
        }

        func text(withClause: Bool) -> String {
            var parts = [commit.shortID, commit.isoDate, commit.authorName]
            if withClause {
                let label = (number ?? "") + (previous.map { $0 == number ? "" : " (was \($0))" } ?? "")
                parts.append(change.padded(to: 10) + " " + label)
            }
            parts.append(commit.summary)
            let tagText = tags.isEmpty ? "" : "  [" + tags.joined(separator: ", ") + "]"
            return parts.joined(separator: "  ") + tagText
        }
    }
}
