import ArgumentParser
import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `redraft blame FILE [--rev REV] [--format text|json]`.
struct BlameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blame",
        abstract: "Show, for each paragraph of a draft, who last changed its words and which commit added it.",
        discussion: """
        One row per top-level paragraph of FILE as committed at --rev. Renumbering or moving a \
        paragraph is not a change to its words; paragraphs are followed back through renumbering, \
        moves, splits, merges and edits. Exit 0, or 2 on error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The draft (a path in the work tree).")
    var file: String

    @Option(help: ArgumentHelp("Blame the draft as of this revision (default HEAD).", valueName: "rev"))
    var rev = "HEAD"

    @Option(help: "text (default) or json.")
    var format: Format = .text

    func run() throws {
        let history = try GitSupport.history(of: file, at: rev)
        let rows = history.blame()
        switch format {
        case .json:
            let json = JSONValue.object([
                ("file", .string(history.path)),
                ("revision", .string(history.revisions.first?.commit.id.hex ?? "")),
                ("paragraphs", .array(rows.map(Self.json))),
            ])
            Output.print(json.serialized() + "\n")
        case .text:
            let width = rows.map(\.paragraph.label.count).max() ?? 4
            let nameWidth = min(rows.map(\.lastChange.authorName.count).max() ?? 0, 24)
            Output.print(rows.map { row in
                let label = row.paragraph.label.padded(to: width)
                let name = row.lastChange.authorName.prefix(24).padded(to: nameWidth)
                let date = String(row.lastChange.isoDate.prefix(10))
                return "\(label)  \(row.lastChange.shortID) \(date) \(name)  (added \(row.introduced.shortID))  \(row.excerpt)\n"
            }.joined())
        }
    }

    static func json(_ row: BlameEntry) -> JSONValue {
        .object([
            ("section", .string(row.paragraph.section.rawValue)), ("index", .int(row.paragraph.index)),
            ("number", .optional(row.paragraph.number)), ("label", .string(row.paragraph.label)),
            ("id", .string(row.paragraph.id)),
            ("commit", .string(row.lastChange.id.hex)), ("author", .string(row.lastChange.authorName)),
            ("email", .string(row.lastChange.authorEmail)), ("date", .string(row.lastChange.isoDate)),
            ("message", .string(row.lastChange.summary)),
            ("introduced", .string(row.introduced.id.hex)), ("introducedDate", .string(row.introduced.isoDate)),
            ("excerpt", .string(row.excerpt)),
        ])
    }
}
