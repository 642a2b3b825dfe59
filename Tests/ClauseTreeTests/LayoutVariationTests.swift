import Testing
@testable import ClauseTree

/// Small hand-written drafts, one per layout variation found in real inputs.
@Suite("Layout variations of real inputs")
struct LayoutVariationTests {
    @Test("sponsor lines in all their forms", arguments: [
        ("(Sponsored by Canada)", ["Canada"]),
        ("(submitted by Japan and Korea)", ["Japan", "Korea"]),
        ("(jointly submitted by Japan, Australia, Peru and the Philippines)", ["Japan", "Australia", "Peru", "the Philippines"]),
        ("Resolution submitted by the delegations of Australia, México, Perú and the Philippines", ["Australia", "México", "Perú", "the Philippines"]),
        ("Draft Resolution Sponsored by: Republic of Korea and Indonesia", ["Republic of Korea", "Indonesia"]),
        ("(Sponsord by Chile)", ["Chile"]),
        ("(Sponsored by Trinidad and Tobago and Fiji)", ["Trinidad and Tobago", "Fiji"]),
    ])
    func sponsors(line: String, names: [String]) {
        let r = parse("Resolution on Ocean Health\n\n\(line)\n\nRecalling our earlier work;\n\n1. Urge members to act.\n")
        #expect(r.sponsors == names)
        #expect(r.title == "Resolution on Ocean Health")
        #expect(r.preamble.count == 1)
        #expect(r.operative.count == 1)
    }

    @Test("opening formulas ending in any punctuation, in capitals, or as 'We, the parliamentarians'", arguments: [
        "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum,",
        "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum;",
        "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum:",
        "The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum.",
        "THE 25TH ANNUAL MEETING OF THE ASIA-PACIFIC PARLIAMENTARY FORUM,",
        "We, the parliamentarians of the APPF, gathered in Hanoi,",
    ])
    func formulas(formula: String) {
        let r = parse("Resolution on Clean Seas\n\n(Sponsored by Fiji)\n\n\(formula)\n\nRecalling the work of the Forum;\n\nNoting the damage to reefs;\n\n1. Call on members to reduce waste;\n\n2. Urge parliaments to fund cleanups.\n")
        #expect(r.formula == formula)
        #expect(r.preamble.count == 2)
        #expect(r.operative.count == 2)
    }

    @Test("no opening formula at all")
    func noFormula() {
        let r = parse("Resolution on Clean Seas\n\nRecalling the work of the Forum;\n\n1. Call on members to act.\n")
        #expect(r.formula == nil)
        #expect(r.preamble.count == 1)
    }

    @Test("operative lead-ins in every form", arguments: ["Resolves to:", "Hereby resolves to:", "RESOLVES TO:", "It is resolved to", "Resolves to"])
    func leadIns(leadIn: String) {
        let r = parse("Resolution on Trade\n\nRecalling earlier meetings;\n\nNoting rising tariffs;\n\n\(leadIn)\n\n1. Call on members to cut tariffs;\n\n2. Urge a review.\n")
        #expect(r.leadIn == leadIn)
        #expect(r.preamble.count == 2)
        #expect(r.operative.map(\.number) == ["1", "2"])
    }

    @Test("a lead-in closing the last preambular paragraph is taken out of it")
    func trailingLeadIn() {
        let r = parse("Resolution on Water\n\nRecalling earlier meetings;\n\nAware of pressing needs, Resolves to:\n\n1. Call on members to invest in water.\n")
        #expect(r.leadIn == "Resolves to:")
        #expect(r.preamble.last?.text == "Aware of pressing needs,")
    }

    @Test("no lead-in and no numbers: the leading word decides the section")
    func unnumbered() {
        let r = parse("Resolution on Energy\n\nConvinced that clean energy matters;\n\nBearing in mind the costs of transition;\n\nWhereas grids are ageing;\n\nDeeply concerned by outages;\n\nReaffirm our commitment to the transition;\n\nEncourage members to share grid data;\n\nDecide to review progress next year.\n")
        #expect(r.preamble.map(\.lead) == ["Convinced", "Bearing in mind", "Whereas", "Deeply concerned"])
        #expect(r.operative.map(\.lead) == ["Reaffirm", "Encourage", "Decide"])
        #expect(r.operative.allSatisfy { $0.number == nil })
        #expect(r.operative.map(\.id) == ["para_1", "para_2", "para_3"])
    }

    @Test("operative numbers indented, without a space, or alone on their line")
    func numberForms() {
        let r = parse("Resolution on Health\n\nRecalling the pandemic;\n\n  1. Urge members to stockpile;\n\n2.Reaffirm support for the WHO;\n\n3.\nCall on members to train nurses;\n\n4) Request a report.\n")
        #expect(r.operative.map(\.number) == ["1", "2", "3", "4"])
        #expect(r.operative[1].text == "Reaffirm support for the WHO;")
        #expect(r.operative[2].text == "Call on members to train nurses;")
        #expect(r.operative[2].lines == SourceRange(first: 9, last: 10))
    }

    @Test("preambular endings ';', ',', ':' and '.', and '; and' joining the last two")
    func preambularEndings() {
        let r = parse("Resolution on Forests\n\nRecalling the Forum's work;\n\nNoting deforestation,\n\nAware of the following:\n\nStressing urgency.\n\nMindful of budgets; and\n\nWelcoming new pledges;\n\n1. Urge protection.\n")
        #expect(r.preamble.count == 6)
        #expect(r.preamble[4].text == "Mindful of budgets; and")
    }

    @Test("sub-paragraphs (a), (b) with numerals (i), (ii) below them, and the letter (i) told from the numeral")
    func subParagraphs() {
        let text = """
        Resolution on Skills

        Recalling past work;

        1. Call on members to:
        (a) Fund schools;
        (b) Train teachers, including:
        (i) Mentoring;
        (ii) Online courses;
        (c) Review curricula;
        (d) Report;
        (e) Share data;
        (f) Act;
        (g) Plan;
        (h) Budget;
        (i) Evaluate results;
        (j) Publish findings;

        2. Request a report.
        """
        let r = parse(text)
        let op1 = r.operative[0]
        #expect(op1.children.map(\.number) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(op1.children[1].children.map(\.number) == ["i", "ii"])
        #expect(op1.children[1].children[0].id == "para_1__subpara_b__subpara_i")
        #expect(op1.children[8].text == "Evaluate results;")
        #expect(op1.children[8].id == "para_1__subpara_i")
        #expect(r.operative[1].number == "2")
    }

    @Test("a list that opens with (i) is a list of numerals")
    func romanList() {
        let r = parse("Resolution on Skills\n\nRecalling past work;\n\n1. Call on members to:\n(i) Fund schools;\n(ii) Train teachers;\n(iii) Review curricula;\n(iv) Report;\n(v) Share data.\n")
        #expect(r.operative[0].children.map(\.number) == ["i", "ii", "iii", "iv", "v"])
    }

    @Test("hard-wrapped paragraphs are joined; two paragraphs with no blank line are split")
    func wrapping() {
        let text = "Resolution on Ports\n\nRecalling the Convention on the Law\nof the Sea and its protocols;\nNoting with concern congestion in ports;\n\n1. Urge members to invest in port\ncapacity and to share best practice;\n2. Call on members to cooperate.\n"
        let r = parse(text)
        #expect(r.preamble.map(\.text) == ["Recalling the Convention on the Law of the Sea and its protocols;", "Noting with concern congestion in ports;"])
        #expect(r.preamble[1].lead == "Noting with concern")
        #expect(r.operative.map(\.text) == ["Urge members to invest in port capacity and to share best practice;", "Call on members to cooperate."])
        #expect(r.diagnostics.contains { $0.message.contains("without a blank line") })
    }

    @Test("a stray blank line in mid-sentence does not split the paragraph")
    func strayBlankLine() {
        let r = parse("Resolution on Ports\n\nRecalling the Convention on the\n\nLaw of the Sea and its protocols;\n\nNoting the congestion\n\nin many ports;\n\n1. Urge action.\n")
        #expect(r.preamble.count == 2)
        #expect(r.preamble[0].text == "Recalling the Convention on the Law of the Sea and its protocols;")
        #expect(r.preamble[1].text == "Noting the congestion in many ports;")
    }

    @Test("page furniture, document symbols, footnotes and download residue are noise")
    func furniture() {
        let text = """
        APPF23/RES/05
        Resolution on Ports

        Recalling the Convention;

        1/2

        Noting congestion in ports;
        ____
        1 See the annex to the report.

        Page 2 of 2
        1. Urge action;

        - 2 -

        2. Call on members to report.

        ports-resolution-final.pdf
        Resolution on Ports
        88.10 KB 1 file(s)
        """
        let r = parse(text)
        #expect(r.title == "Resolution on Ports")
        #expect(r.preamble.count == 2)
        #expect(r.operative.count == 2)
        #expect(r.noise.map(\.text) == ["APPF23/RES/05", "1/2", "____", "1 See the annex to the report.", "Page 2 of 2", "- 2 -",
                                        "ports-resolution-final.pdf", "Resolution on Ports", "88.10 KB 1 file(s)"])
        #expect(r.operative[1].text == "Call on members to report.")
    }

    @Test("curly quotes, en dashes, U+2010 hyphens, non-breaking spaces, CRLF, a byte-order mark and tabs")
    func characters() {
        let text = "\u{FEFF}Resolution on Women\u{2019}s Rights\r\n\r\n(Sponsored by\u{00A0}Peru)\r\n\r\nRecalling \u{201C}the Beijing Declaration\u{201D} \u{2013} and its review;\r\n\r\n1.\tUrge members to end gender\u{2010}based violence.\r\n"
        let r = parse(text)
        #expect(r.title == "Resolution on Women\u{2019}s Rights")
        #expect(r.sponsors == ["Peru"])
        #expect(r.preamble[0].text == "Recalling \u{201C}the Beijing Declaration\u{201D} \u{2013} and its review;")
        #expect(r.operative[0].text == "Urge members to end gender-based violence.")
        #expect(r.operative[0].lines == SourceRange(line: 7))
    }

    @Test("closing lines after the operative part are kept apart")
    func closing() {
        let r = parse("Resolution on Ports\n\nRecalling the Convention;\n\n1. Urge action.\n\nAdopted at the third plenary session\n14 January 2015\n")
        #expect(r.closing.map(\.text) == ["Adopted at the third plenary session", "14 January 2015"])
        #expect(r.operative.count == 1)
    }

    @Test("a text with no paragraph reports an error diagnostic")
    func nothingFound() {
        let r = parse("Just a title\n")
        #expect(r.isEmpty)
        #expect(r.diagnostics.contains { $0.severity == .error })
    }
}

@Suite("Long drafts")
struct LongDraftTests {
    @Test("operative numbers of five and six digits are read as numbers")
    func longNumbers() {
        let r = parse("Title\n\nRecalling the Convention;\n\n9999. Urge action;\n\n10000. Call on members to act;\n\n123456. Request a report.\n")
        #expect(r.operative.map(\.number) == ["9999", "10000", "123456"])
        #expect(r.operative[1].text == "Call on members to act;")
    }
}
