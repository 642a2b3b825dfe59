import Testing
@testable import ClauseTree

/// The content of a tree without source positions, for comparing a parse with a re-parse.
func content(_ r: Resolution) -> [String] {
    var out = [r.title ?? "-", r.meeting ?? "-", r.date ?? "-", r.sponsors.joined(separator: "|"),
               r.formula ?? "-", r.leadIn ?? "-"]
    func visit(_ p: Paragraph) {
        out.append("\(p.id)|\(p.number ?? "-")|\(p.lead)|\(p.text)")
        p.children.forEach(visit)
    }
    r.paragraphs.forEach(visit)
    out += r.closing.map(\.text)
    return out
}

@Suite("Parse → text → parse is stable")
struct RoundTripTests {
    static func checkStable(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let first = parse(text)
        let canonical = first.renderText()
        let second = parse(canonical)
        #expect(content(second) == content(first), sourceLocation: sourceLocation)
        #expect(second.renderText() == canonical, "canonical text is a fixed point", sourceLocation: sourceLocation)
        #expect(second.noise.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("the sample resolution")
    func sample() throws {
        Self.checkStable(try Corpus.text(Corpus.sample))
    }

    @Test("every UN resolution of the corpus", arguments: Corpus.ungaFiles)
    func unga(file: String) throws {
        Self.checkStable(try Corpus.text(Corpus.unga.appendingPathComponent(file)))
    }

    @Test("generated drafts, clean and messy", arguments: [(40, 1, 0.0), (120, 2, 0.3), (300, 3, 0.5)])
    func generated(paragraphs: Int, seed: Int, messy: Double) throws {
        let text = try Corpus.generate(["--paragraphs", "\(paragraphs)", "--seed", "\(seed)", "--messy", "\(messy)"])
        Self.checkStable(text)
    }

    @Test("nested lists, formula, lead-in and closing survive the round trip")
    func structures() {
        Self.checkStable("""
        Resolution on Skills

        24th Annual Meeting of the Asia-Pacific Parliamentary Forum
        3 March 2016

        (submitted by Japan and Korea)

        The 24th Annual Meeting of the Asia-Pacific Parliamentary Forum,

        Recalling past work;

        Resolves to:

        1. Call on members to:
        (a) Fund schools;
        (b) Train teachers, including:
            (i) Mentoring;
            (ii) Online courses;
        (c) Review curricula;

        2. Request a report.

        Adopted in Vientiane
        """)
    }
}

@Suite("Generated drafts against their ground truth")
struct GeneratedDraftTests {
    /// The generator's paragraphs: blocks after the sponsor line; numbered ones are operative.
    static func truth(_ text: String) -> [(operative: Bool, text: String)] {
        guard let start = text.range(of: "(Sponsored by") else { return [] }
        let body = text[start.upperBound...].drop { $0 != "\n" }
        return body.components(separatedBy: "\n\n").compactMap { block -> (Bool, String)? in
            let trimmed = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return nil }
            let lines = trimmed.split(separator: "\n").map(String.init)
            if let dot = lines[0].firstIndex(of: "."), lines[0][..<dot].allSatisfy(\.isNumber), !lines[0][..<dot].isEmpty {
                let first = String(lines[0][lines[0].index(dot, offsetBy: 2)...])
                return (true, ([first] + lines.dropFirst()).joined(separator: " "))
            }
            return (false, lines.joined(separator: " "))
        }
    }

    @Test("every paragraph of the ground truth is found, also in messy layout", arguments: [(60, 11), (200, 12), (500, 13)])
    func everyParagraphFound(paragraphs: Int, seed: Int) throws {
        let clean = try Corpus.generate(["--paragraphs", "\(paragraphs)", "--seed", "\(seed)"])
        let messy = try Corpus.generate(["--paragraphs", "\(paragraphs)", "--seed", "\(seed)", "--messy", "0.4"])
        let expected = Self.truth(clean)
        #expect(expected.count == paragraphs)
        for text in [clean, messy] {
            let r = parse(text)
            #expect(r.paragraphs.count == paragraphs)
            #expect(r.preamble.count == expected.filter { !$0.operative }.count)
            let mismatch = zip(r.paragraphs, expected).first { $0.0.fullText != $0.1.text }
            #expect(mismatch == nil, "first mismatch: \(mismatch.map { "\($0.0.label): \($0.0.fullText)" } ?? "")")
        }
    }
}

import Foundation
