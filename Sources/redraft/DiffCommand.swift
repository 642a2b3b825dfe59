import ArgumentParser
import ClauseTree
import DraftDiff

/// `redraft diff OLD NEW [--format text|json|html|markdown|amendments]`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two drafts paragraph by paragraph, then word by word.",
        discussion: "Either file may be - (standard input) or REV:PATH (a file at a git revision). Exit 0 when the drafts are the same, 1 when they differ, 2 on error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, markdown, amendments
    }

    @Argument(help: "The old draft.")
    var old: String

    @Argument(help: "The new draft.")
    var new: String

    @Option(help: "text (default), json, html, markdown or amendments.")
    var format: Format = .text

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: "Unchanged paragraphs to show around each change (text format).")
    var context = 0

    @Flag(name: .customLong("side-by-side"), help: "Two columns, old and new (html format).")
    var sideBySide = false

    func validate() throws {
        if old == "-", new == "-" { throw ValidationError("OLD and NEW cannot both be standard input") }
        if context < 0 { throw ValidationError("--context must be 0 or more") }
    }

    func run() throws {
        // Two large trees built on two threads, then freed only at exit: the allocator setting
        // that suits that (measured in BENCHMARKS.md; history commands run faster without it).
        HeapTuning.apply()
        // The two drafts are read, parsed and prepared for comparison at the same time, one per core.
        let (oldDraft, newDraft) = try DraftLoader.resolutions(at: old, new) { PreparedDraft($0) }
        let comparison = DraftDiffer().compare(oldDraft, newDraft)
        switch format {
        case .text:
            let options = TextReportOptions(colour: !noColor && Output.colorEnabled, context: context)
            Output.print(comparison.textReport(options: options))
        case .json:
            // Written in pieces as it is made: the report (13 MB for 30,000 paragraphs) is never
            // held whole. Nothing can fail once the comparison is made.
            comparison.writeJSONReport(oldName: old, newName: new) { Output.write($0) }
        case .html:
            Output.print(comparison.htmlReport(oldName: old, newName: new, options: HTMLReportOptions(sideBySide: sideBySide)))
        case .markdown:
            Output.print(comparison.markdownReport())
        case .amendments:
            Output.print(comparison.amendmentsReport())
        }
        // Everything is written: end the process without tearing down the two trees and the
        // comparison (on 30,000-paragraph drafts that teardown alone takes tens of milliseconds).
        Output.exit(comparison.hasDifferences ? 1 : 0)
    }
}
