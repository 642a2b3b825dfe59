import Foundation
import Testing
@testable import ClauseTree

@Suite("Tree invariants hold after every operation")
struct InvariantTests {
    @Test("the sample, every UN resolution and generated messy drafts")
    func parsedTrees() throws {
        var texts = [try Corpus.text(Corpus.sample)]
        texts += try Corpus.ungaFiles.map { try Corpus.text(Corpus.unga.appendingPathComponent($0)) }
        texts.append(try Corpus.generate(["--paragraphs", "150", "--seed", "21", "--messy", "0.5"]))
        for text in texts {
            let r = parse(text)
            #expect(r.invariantViolations() == [])
            #expect(parse(r.renderText()).invariantViolations() == [])
        }
    }

    @Test("every clause edit of the sample keeps the invariants")
    func edits() throws {
        let sample = try Corpus.text(Corpus.sample)
        let editor = ClauseEditor(source: sample)
        let edits: [ClauseEdit] = [
            .replace(try ClauseAddress(parsing: "pp4"), text: "Highlighting the Protocol;"),
            .insertAfter(try ClauseAddress(parsing: "op21"), text: "Decide to review progress."),
            .insertBefore(try ClauseAddress(parsing: "op1"), text: "Reaffirm the commitments of the Forum;"),
            .delete(try ClauseAddress(parsing: "pp1")),
            .move(try ClauseAddress(parsing: "op1"), after: try ClauseAddress(parsing: "op21")),
        ]
        for edit in edits {
            let edited = parse(try editor.apply(edit))
            #expect(edited.invariantViolations() == [], "\(edit.summary)")
        }
    }

    /// A small deterministic generator for the robustness property.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("random mixtures of drafting lines never break the parser or the invariants")
    func randomLines() {
        let pieces = ["", "", "1.", "2. Urge action;", "(a) Fund schools;", "(i) Mentoring;", "Recalling the Convention;",
                      "Resolves to:", "____", "3/4", "Title of a resolution", "(Sponsored by Fiji)", "and continues here;",
                      "Noting with concern that", "   12.Request", "157.21 KB 1 file(s)", "Adopted at Hanoi", "14 January 2015",
                      "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum,", "\u{201C}quoted\u{201D} text.", "\t(b)\u{00A0}Train;"]
        var rng = SplitMix(state: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 1...40, using: &rng)
            let text = (0..<count).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined(separator: "\n")
            let r = parse(text)
            #expect(r.invariantViolations() == [], "\(text.debugDescription)")
            #expect(parse(r.renderText()).invariantViolations() == [], "\(text.debugDescription)")
        }
    }

    @Test("random drafts in real layouts are stable under parse → text → parse")
    func randomDrafts() {
        var rng = SplitMix(state: 7)
        let preamble = ["Recalling the Convention on the Rights of the Child and its protocols;",
                        "Noting with concern the rise in online exploitation of children;",
                        "Deeply concerned by the lack of data on trafficking in the region;",
                        "Bearing in mind the outcomes of earlier meetings of the Forum;",
                        "Whereas parliaments hold the power of the purse;"]
        let operative = ["Urge APPF Member States to ratify the Protocol;", "Call on parliaments to fund shelters for victims;",
                         "Encourage the exchange of information between border agencies;",
                         "Request a report on progress at the next Annual Meeting;"]
        let headers = ["(Sponsored by Canada)", "(jointly submitted by Japan, Peru and the Philippines)", "Draft Resolution Sponsored by: Chile"]
        let leadIns = ["", "Resolves to:", "Hereby resolves to:"]
        let noise = ["2/3", "____", "A/RES/72/1", "88.10 KB 1 file(s)"]
        for _ in 0..<200 {
            var lines = ["Resolution on Trafficking in Persons", "", headers.randomElement(using: &rng) ?? "", ""]
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                var p = preamble.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { p = p.replacingOccurrences(of: " the ", with: " the\n", options: [], range: nil) }
                lines.append(p)
                lines.append(Int.random(in: 0..<4, using: &rng) == 0 ? (noise.randomElement(using: &rng) ?? "") : "")
            }
            if let leadIn = leadIns.randomElement(using: &rng), !leadIn.isEmpty { lines += [leadIn, ""] }
            let count = Int.random(in: 1...6, using: &rng)
            for n in 1...count {
                var p = "\(n). " + (operative.randomElement(using: &rng) ?? "")
                if n == count { p = String(p.dropLast()) + "." }
                if Int.random(in: 0..<4, using: &rng) == 0 { p = String(p.dropLast()) + ":\n(a) Fund schools;\n(b) Train teachers;" }
                lines.append(p)
                if Bool.random(using: &rng) { lines.append("") }
            }
            let text = lines.joined(separator: "\n")
            let first = parse(text)
            let canonical = first.renderText()
            let second = parse(canonical)
            #expect(content(second) == content(first), "\(text.debugDescription)")
            #expect(second.renderText() == canonical)
            #expect(first.invariantViolations() == [])
        }
    }
}
