import ArgumentParser
import ClauseTree

/// `redraft parse FILE [--format outline|json|akn|markdown|text]`.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a resolution into its clause tree and print it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline, json, akn, markdown, text
    }

    @Argument(help: "The draft to parse (- for standard input).")
    var file: String

    @Option(help: "outline (default), json, akn, markdown or text.")
    var format: Format = .outline

    func run() throws {
        let resolution = try DraftLoader.resolution(at: file)
        switch format {
        case .outline: Output.print(resolution.renderOutline())
        case .json: Output.print(resolution.renderJSON())
        case .text: Output.print(resolution.renderText())
        case .markdown: Output.print(resolution.renderMarkdown())
        case .akn: Output.print(resolution.renderAkomaNtoso(name: file))
        }
    }
}
