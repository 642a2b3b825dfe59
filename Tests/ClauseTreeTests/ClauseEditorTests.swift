import Testing
@testable import ClauseTree

@Suite("Editing one clause keeps every other byte")
struct ClauseEditorTests {
    let sample: String

    init() throws { sample = try Corpus.text(Corpus.sample) }

    func address(_ s: String) throws -> ClauseAddress { try ClauseAddress(parsing: s) }

    /// The source lines that differ between two texts (by position after aligning prefix and suffix).
    func changedLines(_ a: String, _ b: String) -> (removed: [String], added: [String]) {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        var prefix = 0
        while prefix < min(x.count, y.count), x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(x.count, y.count) - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        return (Array(x[prefix..<(x.count - suffix)]), Array(y[prefix..<(y.count - suffix)]))
    }

    @Test("addresses in every accepted form", arguments: [
        ("pp3", "PP 3"), ("op8", "OP 8"), ("OP 8", "OP 8"), ("op8a", "OP 8(a)"), ("op8(a)", "OP 8(a)"),
        ("op8(a)(ii)", "OP 8(a)(ii)"), ("para_8", "OP 8"), ("recs__rec_3", "PP 3"), ("para_8__subpara_a", "OP 8(a)"),
    ])
    func addresses(text: String, label: String) throws {
        #expect(try ClauseAddress(parsing: text).description == label)
    }

    @Test("a malformed address is refused")
    func badAddress() {
        #expect(throws: ClauseAddressError.self) { try ClauseAddress(parsing: "paragraph eight") }
        #expect(throws: ClauseAddressError.self) { try ClauseAddress(parsing: "pp3a") }
    }

    @Test("replacing OP 8 changes only its line, number kept")
    func replace() throws {
        let edited = try ClauseEditor(source: sample).apply(.replace(address("op8"), text: "Urge APPF Member States to train border personnel;"))
        let diff = changedLines(sample, edited)
        #expect(diff.added == ["8. Urge APPF Member States to train border personnel;"])
        #expect(diff.removed.count == 1 && diff.removed[0].hasPrefix("8. Urge APPF Member States to undertake"))
    }

    @Test("inserting after OP 3 renumbers the paragraphs after it, and only their numbers")
    func insertAfter() throws {
        let edited = try ClauseEditor(source: sample).apply(.insertAfter(address("op3"), text: "Call on APPF Member States to share data;"))
        let r = ResolutionParser().parse(edited)
        #expect(r.operative.count == 22)
        #expect(r.operative.map(\.number) == (1...22).map { String($0) })
        #expect(r.operative[3].text == "Call on APPF Member States to share data;")
        #expect(r.operative[8].text.hasPrefix("Urge APPF Member States to undertake"))
        // Every original paragraph's text is intact.
        let before = ResolutionParser().parse(sample)
        #expect(r.operative.filter { $0.index != 4 }.map(\.text) == before.operative.map(\.text))
        #expect(r.noise.map(\.text) == before.noise.map(\.text))
    }

    @Test("inserting before PP 2 adds a preambular paragraph")
    func insertBefore() throws {
        let edited = try ClauseEditor(source: sample).apply(.insertBefore(address("pp2"), text: "Welcoming the work of the regional task force;"))
        let r = ResolutionParser().parse(edited)
        #expect(r.preamble.count == 13)
        #expect(r.preamble[1].text == "Welcoming the work of the regional task force;")
        #expect(r.operative.count == 21)
    }

    @Test("deleting OP 19 renumbers 20 and 21")
    func delete() throws {
        let edited = try ClauseEditor(source: sample).apply(.delete(address("op19")))
        let r = ResolutionParser().parse(edited)
        #expect(r.operative.count == 20)
        #expect(r.operative.map(\.number) == (1...20).map { String($0) })
        #expect(r.operative[18].text.hasPrefix("Enhance inter-parliamentary cooperation"))
        #expect(!edited.contains("\n\n\n\n"))
    }

    @Test("moving OP 20 to follow OP 4")
    func move() throws {
        let edited = try ClauseEditor(source: sample).apply(.move(address("op20"), after: address("op4")))
        let r = ResolutionParser().parse(edited)
        #expect(r.operative.count == 21)
        #expect(r.operative.map(\.number) == (1...21).map { String($0) })
        #expect(r.operative[4].text.hasPrefix("Enhance inter-parliamentary cooperation"))
        #expect(r.operative[20].text.hasPrefix("Call on APPF Member States to take all possible"))
    }

    @Test("CRLF line ends and a missing final newline are kept")
    func lineEnds() throws {
        let text = "Title\r\n\r\nRecalling the Convention;\r\n\r\n1. Urge action;\r\n\r\n2. Request a report."
        let edited = try ClauseEditor(source: text).apply(.insertAfter(address("op1"), text: "Call on members to report;"))
        #expect(edited == "Title\r\n\r\nRecalling the Convention;\r\n\r\n1. Urge action;\r\n\r\n2. Call on members to report;\r\n\r\n3. Request a report.")
    }

    @Test("a sub-paragraph can be replaced, its marker kept")
    func subParagraph() throws {
        let text = "Title\n\nRecalling the Convention;\n\n1. Call on members to:\n(a) Fund schools;\n(b) Train teachers;\n\n2. Request a report.\n"
        let edited = try ClauseEditor(source: text).apply(.replace(address("op1b"), text: "Train and retain teachers;"))
        #expect(edited == "Title\n\nRecalling the Convention;\n\n1. Call on members to:\n(a) Fund schools;\n(b) Train and retain teachers;\n\n2. Request a report.\n")
    }

    @Test("refusals: unknown clause, two paragraphs, empty text, sub-paragraph moves")
    func refusals() throws {
        let editor = ClauseEditor(source: sample)
        #expect(throws: ClauseEditError.noSuchClause(try address("op42"))) { try editor.apply(.delete(address("op42"))) }
        #expect(throws: ClauseEditError.self) { try editor.apply(.replace(address("op8"), text: "Urge action;\n\n9. Call on members.")) }
        #expect(throws: ClauseEditError.self) { try editor.apply(.replace(address("op8"), text: "  ")) }
        #expect(throws: ClauseEditError.self) { try editor.apply(.move(address("op8a"), after: address("op2"))) }
        #expect(throws: ClauseEditError.self) { try editor.apply(.move(address("op8"), after: address("op8"))) }
    }

    @Test("every edit summary reads as a commit message")
    func summaries() throws {
        #expect(ClauseEdit.replace(try address("op8"), text: "").summary == "Amend operative paragraph 8")
        #expect(ClauseEdit.delete(try address("pp3")).summary == "Delete preambular paragraph 3")
        #expect(ClauseEdit.move(try address("op20"), after: try address("op4")).summary == "Move operative paragraph 20 to follow operative paragraph 4")
    }
}
