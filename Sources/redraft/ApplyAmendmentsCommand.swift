import ArgumentParser
import ClauseTree
import DraftDiff

/// `redraft apply-amendments OLD AMENDMENTS [--format text|json|outline|markdown|akn] [-o FILE]`.
struct ApplyAmendmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply-amendments",
        abstract: "Apply a numbered list of formal amendments to a draft and print the amended draft.",
        discussion: "AMENDMENTS uses the wording that `redraft diff --format amendments` writes. Exit 2 when an amendment cannot be read or applied; nothing is written then."
    )

    @Argument(help: "The draft the amendments apply to.")
    var old: String

    @Argument(help: "The list of amendments (- for standard input).")
    var amendments: String

    @Option(help: "text (default: the canonical text), json, outline, markdown or akn.")
    var format: ParseCommand.Format = .text

    @Option(name: [.short, .customLong("output")], help: "Write the amended draft to FILE (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if old == "-", amendments == "-" { throw ValidationError("OLD and AMENDMENTS cannot both be standard input") }
    }

    func run() throws {
        let draft = try DraftLoader.resolution(at: old)
        let list: String
        do {
            list = try DraftText.read(path: amendments)
        } catch {
            throw CommandExit.input(error)
        }
        let amended: AmendedDraft
        do {
            amended = try AmendmentApplier().apply(list, to: draft)
        } catch {
            let name = DraftLoader.displayName(amendments)
            throw CommandExit(status: 2, message: "\(name):\(error.line): error: \(error.message)")
        }
        let rendered = ParseCommand.render(amended.resolution, format: format, name: old)
        if let output {
            do {
                try AtomicFile.write(rendered, to: output)
            } catch {
                throw CommandExit.failure("\(output): cannot write: \(ErrorText.describe(error))")
            }
        } else {
            Output.print(rendered)
        }
    }
}
