import Foundation
import Testing
@testable import ClauseTree

@Suite("UN General Assembly resolutions (unga72)")
struct UNCorpusTests {
    /// The numbered blocks of a corpus file, read directly: number and text.
    static func expectedParagraphs(_ text: String) -> [(String, String)] {
        text.components(separatedBy: "\n\n").compactMap { block in
            let line = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty else { return nil }
            return (String(line[..<dot]), String(line[line.index(after: dot)...]).trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("every numbered paragraph is found with its number and text", arguments: Corpus.ungaFiles)
    func everyParagraphFound(file: String) throws {
        let text = try Corpus.text(Corpus.unga.appendingPathComponent(file))
        let resolution = parse(text)
        let expected = Self.expectedParagraphs(text)
        #expect(!expected.isEmpty)
        #expect(resolution.preamble.isEmpty)
        #expect(resolution.operative.map(\.number) == expected.map { Optional($0.0) })
        for (paragraph, (_, body)) in zip(resolution.operative, expected) {
            #expect(paragraph.fullText == body, "\(file) OP \(paragraph.number ?? "?")")
        }
    }

    @Test("inline lists become sub-paragraphs")
    func inlineLists() throws {
        let text = try Corpus.text(Corpus.unga.appendingPathComponent("N1740625.txt"))
        let resolution = parse(text)
        let op3 = try #require(resolution.operative.first { $0.number == "3" })
        #expect(op3.text.hasSuffix("in particular, inter alia:"))
        #expect(op3.children.map(\.number) == ["a", "b", "c", "d", "e", "f"])
        #expect(op3.children[0].id == "para_3__subpara_a")
        #expect(op3.children[0].text.hasPrefix("To disseminate information"))
    }
}
