import ClauseTree
import DraftDiff
import Testing

@Suite("Amendment parser and applier")
struct AmendmentApplierTests {
    let old = Fixture.oldStandard

    func apply(_ list: String) throws -> [String] {
        try AmendmentApplier().apply(list, to: old).paragraphs.map { "\($0.section.label) \($0.text)" }
    }

    func error(_ list: String) -> AmendmentError? {
        do {
            _ = try AmendmentApplier().apply(list, to: old)
            return nil
        } catch {
            return error
        }
    }

    @Test("curly quotes, extra whitespace and a final period are tolerated")
    func tolerantReading() throws {
        let list = "1.   In operative   paragraph 3, after the words \u{201C}law enforcement\u{201D} insert \u{201C}, border security\u{201D}.\n\n"
            + "2) delete Operative Paragraph 2,  and renumber the subsequent paragraphs accordingly\n"
        let amendments = try AmendmentParser().parse(list)
        #expect(amendments.map(\.line) == [1, 3])
        #expect(amendments[1].renumbers)
        let paragraphs = try apply(list)
        #expect(paragraphs.contains("OP Urge APPF Member States to undertake specialized training for law enforcement, border security personnel and to strengthen anti-trafficking enforcement;"))
        #expect(!paragraphs.contains { $0.contains("criminalize") })
    }

    @Test("paragraphs inserted after the same paragraph keep the order of the amendments")
    func insertionChain() throws {
        let paragraphs = try apply("""
        1. After operative paragraph 1, insert a new paragraph reading: "First new;"
        2. After operative paragraph 1, insert a new paragraph reading: "Second new;"
        3. Move operative paragraph 8 to follow operative paragraph 1
        """)
        #expect(Array(paragraphs[4...8]) == ["OP Strongly urge APPF Member States to ratify the Protocol;", "OP First new;", "OP Second new;",
                                              "OP Resolve to remain seized of the matter.", "OP Call on APPF Member States to criminalize all forms of trafficking;"])
    }

    @Test("the amended resolution numbers its operative paragraphs afresh and keeps untouched ones as they were")
    func renumbered() throws {
        let amended = try AmendmentApplier().apply("1. Delete operative paragraph 1\n2. Move the fourth preambular paragraph to the beginning of the preamble", to: old)
        #expect(amended.resolution.operative.map(\.number) == (1...7).map { String($0) })
        #expect(amended.resolution.operative.first?.text == old.operative[1].text)
        #expect(amended.resolution.preamble.first?.id == "recs__rec_1")
        #expect(amended.resolution.preamble.first?.text == old.preamble[3].text)
        #expect(amended.paragraphs.first?.origin == [ParagraphCitation(section: .preamble, number: "4")])
    }

    @Test("errors name the line and say what is wrong", arguments: [
        ("1. Delete operative paragraph 2\n\n2. Delete operative paragraph 42", 3, "operative paragraph 42 does not exist in the old text"),
        ("1. Delete operative paragraph 2\n2. In operative paragraph 2, delete the word \"trafficking\"", 2, "operative paragraph 2 was deleted by an earlier amendment"),
        ("1. In operative paragraph 1, delete the word \"Protocol\"\n2. In operative paragraph 1, delete the word \"Protocol\"", 2, "the word \"Protocol\" does not occur in operative paragraph 1"),
        ("1. In operative paragraph 3, delete the word \"to\"", 1, "the word \"to\" occurs 2 times in operative paragraph 3; quote more words to say which is meant"),
        ("1. Delete the twentieth preambular paragraph", 1, "the twentieth preambular paragraph does not exist in the old text"),
        ("1. Move operative paragraph 3 to follow operative paragraph 3", 1, "operative paragraph 3 cannot be moved to follow itself"),
    ])
    func errors(list: String, line: Int, message: String) {
        let found = error(list)
        #expect(found?.line == line)
        #expect(found?.message == message)
        #expect(found?.description == "line \(line): \(message)")
    }

    @Test("unreadable wording is an error on its line")
    func unreadable() {
        let found = error("1. Delete operative paragraph 2\n2. Please tidy up the preamble")
        #expect(found?.line == 2)
        #expect(found?.message.hasPrefix("cannot read the amendment \"Please tidy up the preamble\"") == true)
    }

    @Test("the standard pair round-trips")
    func standardRoundTrip() throws {
        try expectRoundTrip(Fixture.standard)
    }

    @Test("a paragraph that moves between preamble and operative part round-trips")
    func crossedSection() throws {
        let old = Fixture.draft(preamble: ["Recalling A;", "Noting B;"], operative: ["Urge C;", "Request D."])
        let new = Fixture.draft(preamble: ["Recalling A;"], operative: ["Urge C;", "Note B;", "Request D."])
        let comparison = DraftComparison(old: old, new: new, changes: [
            Fixture.change(.unchanged, [Fixture.pp(1)], [Fixture.pp(1)], in: old, new),
            Fixture.change(.unchanged, [Fixture.op(1)], [Fixture.op(1)], in: old, new),
            Fixture.change(.moved, [Fixture.pp(2)], [Fixture.op(2)], in: old, new, crossed: true),
            Fixture.change(.renumbered, [Fixture.op(2)], [Fixture.op(3)], in: old, new),
        ])
        #expect(comparison.amendmentsReport() == """
        1. Move the second preambular paragraph to follow operative paragraph 1, and renumber the subsequent paragraphs accordingly
        2. In the second preambular paragraph, replace "Noting" with "Note"

        """)
        try expectRoundTrip(comparison)
    }
}
