import ArgumentParser
import DraftStore

/// `redraft tag [NAME [REV]] [-m MSG]`.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Name a revision (annotated with -m, lightweight otherwise), or list the tags.",
        discussion: "Tags are never moved: an existing name is refused. Exit 0, or 2 on error."
    )

    @Argument(help: "The tag's name; without it, the tags are listed.")
    var name: String?

    @Argument(help: "The revision to tag (default HEAD).")
    var revision = "HEAD"

    @Option(name: [.short, .customLong("message")], help: "Make an annotated tag with this message.")
    var message: String?

    func run() throws {
        let repository = try GitSupport.openRepository(near: ".")
        try GitSupport.run {
            guard let name else {
                let tags = try repository.tags()
                Output.print(tags.map { tag in
                    // An annotated tag's line ends with the first line of its message.
                    let subject = tag.message.map { "\t" + ($0.split(separator: "\n").first.map(String.init) ?? "") } ?? ""
                    return "\(tag.name)\t\(tag.target.shortHex)\(subject)\n"
                }.joined())
                return
            }
            var tagger: Signature?
            if message != nil {
                tagger = try GitSupport.signatures(author: nil, repository: repository).committer
            }
            let tag = try repository.createTag(name, revision: revision, message: message, tagger: tagger)
            Output.print("Tagged \(tag.target.shortHex) as \(tag.name)\n")
        }
    }
}
