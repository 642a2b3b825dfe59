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
        Output.print(Self.render(resolution, format: format, name: file))
    }

    /// `resolution` in `format`; `name` identifies the source in Akoma Ntoso metadata.
    static func render(_ resolution: Resolution, format: Format, name: String) -> String {
        switch format {
        case .outline: resolution.renderOutline()
        case .json: resolution.renderJSON()
        case .text: resolution.renderText()
        case .markdown: resolution.renderMarkdown()
        case .akn: resolution.renderAkomaNtoso(name: name)
        }
    }
}
