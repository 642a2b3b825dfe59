import ArgumentParser
import ClauseTree

/// `redraft check FILE [--convention appf|un]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a draft against drafting conventions.",
        discussion: "Prints FILE:LINE: warning|error: message per finding. Exit 0 clean, 1 findings, 2 unreadable input."
    )

    @Argument(help: "The draft to check (- for standard input).")
    var file: String

    @Option(help: "appf (default: preambular paragraphs end with \";\") or un (they end with \",\").")
    var convention: DraftingConvention = .appf

    func run() throws {
        let resolution = try DraftLoader.resolution(at: file)
        let findings = DraftChecker(convention: convention).check(resolution)
        let name = DraftLoader.displayName(file)
        Output.print(findings.map { "\(name):\($0.line): \($0.severity.rawValue): \($0.message)\n" }.joined())
        if !findings.isEmpty { throw CommandExit.differences }
    }
}

extension DraftingConvention: ExpressibleByArgument {}
