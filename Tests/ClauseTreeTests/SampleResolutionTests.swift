import Testing
@testable import ClauseTree

@Suite("The APPF sample resolution")
struct SampleResolutionTests {
    let resolution: Resolution

    init() throws {
        resolution = parse(try Corpus.text(Corpus.sample))
    }

    @Test("header fields are read exactly")
    func header() {
        #expect(resolution.title == "Resolution on Combating Human Trafficking")
        #expect(resolution.meeting == "23rd Annual Meeting of the Asia-Pacific Parliamentary Forum")
        #expect(resolution.date == "14 January 2015")
        #expect(resolution.sponsors == ["Canada"])
        #expect(resolution.formula == nil)
        #expect(resolution.leadIn == nil)
    }

    @Test("twelve preambular paragraphs, the fourth joined across its line break")
    func preamble() {
        #expect(resolution.preamble.count == 12)
        let fourth = resolution.preamble[3]
        #expect(fourth.text.contains("Women and Children, supplementing the United Nations Convention against Transnational Organized Crime;"))
        #expect(fourth.lines == SourceRange(first: 18, last: 19))
        #expect(fourth.lead == "Highlighting")
        #expect(resolution.preamble[2].lead == "Further recalling")
        #expect(resolution.preamble[4].lead == "Expressing concern")
        #expect(resolution.preamble[5].lead == "Taking note")
        #expect(resolution.preamble[4].text.hasSuffix("akin to slavery;"))
        #expect(resolution.preamble[5].text.hasPrefix("Taking note that human trafficking"))
        #expect(resolution.preamble.map(\.id) == (1...12).map { "recs__rec_\($0)" })
        #expect(resolution.preamble.allSatisfy { $0.number == nil && $0.section == .preamble })
    }

    @Test("twenty-one operative paragraphs numbered 1 to 21")
    func operative() {
        #expect(resolution.operative.count == 21)
        #expect(resolution.operative.map(\.number) == (1...21).map { String($0) })
        #expect(resolution.operative.map(\.id) == (1...21).map { "para_\($0)" })
        #expect(resolution.operative[0].lead == "Strongly urge")
        #expect(resolution.operative[1].lead == "Call on")
        #expect(resolution.operative[7].text.hasPrefix("Urge APPF Member States to undertake specialized training for law enforcement"))
        #expect(resolution.operative[20].text == "Call on APPF Member States to take all possible measures to combat modernday slavery.")
    }

    @Test("the repeated title and the download line are noise, with their line numbers")
    func noise() {
        #expect(resolution.noise.map(\.line) == [7, 81, 83])
        #expect(resolution.noise.last?.text == "157.21 KB 1 file(s)")
        #expect(resolution.noise.first?.text == "Resolution on Combating Human Trafficking")
    }

    @Test("the tree dump shows each paragraph once, in order")
    func treeDump() {
        let lines = dump(resolution)
        #expect(lines.count == 33)
        #expect(lines[0] == "PP 1 [12] Committed to the")
        #expect(lines[3] == "PP 4 [18-19] Highlighting the crucial")
        #expect(lines[12] == "OP 1 [38] Strongly urge APPF")
    }
}
