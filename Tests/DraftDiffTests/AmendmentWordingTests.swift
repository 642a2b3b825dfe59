import ClauseTree
import DraftDiff
import Testing

@Suite("Amendment wording")
struct AmendmentWordingTests {
    let op8 = ParagraphCitation(section: .operative, number: "8")
    let pp8 = ParagraphCitation(section: .preamble, number: "8")

    @Test("ordinals are spelled as parliaments write them", arguments: [
        (1, "first"), (2, "second"), (3, "third"), (8, "eighth"), (9, "ninth"), (12, "twelfth"), (20, "twentieth"),
        (21, "twenty-first"), (42, "forty-second"), (99, "ninety-ninth"), (100, "one hundredth"),
        (102, "one hundred and second"), (1000, "1000th"),
    ])
    func ordinals(number: Int, word: String) {
        #expect(Ordinal.word(number) == word)
        #expect(Ordinal.value(of: word) == number)
    }

    @Test("ordinals read back whatever the case, spacing or digits")
    func ordinalVariants() {
        #expect(Ordinal.value(of: "Twenty First") == 21)
        #expect(Ordinal.value(of: "21st") == 21)
        #expect(Ordinal.value(of: "12th") == 12)
        #expect(Ordinal.value(of: "21th") == nil)
        #expect(Ordinal.value(of: "paragraph") == nil)
    }

    @Test("each kind of amendment has its formal wording", arguments: [
        (Amendment(.insertWords(ParagraphCitation(section: .operative, number: "8"), anchor: .after("law enforcement"), words: ", border security")),
         "In operative paragraph 8, after the words \"law enforcement\" insert \", border security\""),
        (Amendment(.insertWords(ParagraphCitation(section: .operative, number: "8"), anchor: .before("Urge"), words: "Further")),
         "In operative paragraph 8, before the word \"Urge\" insert \"Further\""),
        (Amendment(.replaceWords(ParagraphCitation(section: .operative, number: "3"), old: "A", new: "B")),
         "In operative paragraph 3, replace \"A\" with \"B\""),
        (Amendment(.deleteWords(ParagraphCitation(section: .preamble, number: "3"), words: "and X")),
         "In the third preambular paragraph, delete the words \"and X\""),
        (Amendment(.deleteParagraph(ParagraphCitation(section: .operative, number: "19")), renumbers: true),
         "Delete operative paragraph 19, and renumber the subsequent paragraphs accordingly"),
        (Amendment(.insertParagraph(.after(ParagraphCitation(section: .operative, number: "11")), text: "Decide to …;")),
         "After operative paragraph 11, insert a new paragraph reading: \"Decide to …;\""),
        (Amendment(.insertParagraph(.after(ParagraphCitation(section: .preamble, number: "8")), text: "Noting;")),
         "After the eighth preambular paragraph, insert a new preambular paragraph reading: \"Noting;\""),
        (Amendment(.insertParagraph(.beginning(.operative), text: "Urge;")),
         "At the beginning of the operative part, insert a new paragraph reading: \"Urge;\""),
        (Amendment(.moveParagraph(ParagraphCitation(section: .operative, number: "20"), to: .after(ParagraphCitation(section: .operative, number: "4")))),
         "Move operative paragraph 20 to follow operative paragraph 4"),
        (Amendment(.moveParagraph(ParagraphCitation(section: .preamble, number: "21"), to: .beginning(.preamble))),
         "Move the twenty-first preambular paragraph to the beginning of the preamble"),
        (Amendment(.replaceParagraph(ParagraphCitation(section: .operative, number: "3"), with: ["One;", "Two;"]), renumbers: true),
         "Replace operative paragraph 3 with the following paragraphs:\n   \"One;\"\n   \"Two;\"\n   and renumber the subsequent paragraphs accordingly"),
        (Amendment(.mergeParagraphs([ParagraphCitation(section: .operative, number: "3"), ParagraphCitation(section: .operative, number: "4")], into: "Both;")),
         "Replace operative paragraphs 3 and 4 with the following paragraph: \"Both;\""),
        (Amendment(.mergeParagraphs([ParagraphCitation(section: .preamble, number: "2"), ParagraphCitation(section: .preamble, number: "3"),
                                     ParagraphCitation(section: .preamble, number: "4")], into: "All;")),
         "Replace the second, third and fourth preambular paragraphs with the following paragraph: \"All;\""),
    ])
    func wording(amendment: Amendment, expected: String) throws {
        #expect(amendment.wording == expected)
        let read = try AmendmentParser().parseAmendment(expected)
        #expect(read.action == amendment.action)
        #expect(read.renumbers == amendment.renumbers)
    }

    @Test("the standard comparison reads as one numbered amendment per change, citing old numbers")
    func standardList() {
        let lines = Fixture.standard.amendmentsReport().split(separator: "\n").map(String.init)
        #expect(lines.contains("1. In the second preambular paragraph, after the word \"with\" insert \"deep\""))
        #expect(lines.contains("3. After the second preambular paragraph, insert a new preambular paragraph reading: \"Aware that poverty & <conflict> make people \"vulnerable\" to trafficking;\""))
        #expect(lines.contains("4. Delete operative paragraph 2, and renumber the subsequent paragraphs accordingly"))
        #expect(lines.contains("5. In operative paragraph 3, after the words \"law enforcement\" insert \", border security\""))
        #expect(lines.contains("6. In operative paragraph 3, replace \"anti-trafficking\" with \"national\""))
        #expect(lines.contains("7. Move operative paragraph 8 to follow operative paragraph 3, and renumber the subsequent paragraphs accordingly"))
        #expect(lines.contains("8. Replace operative paragraph 4 with the following paragraphs:"))
        #expect(lines.contains("9. Replace operative paragraphs 5 and 6 with the following paragraph: \"Highlight the importance of building capacity within national judiciaries and encourage parliaments to review legislative frameworks;\", and renumber the subsequent paragraphs accordingly"))
        #expect(lines.contains("10. After operative paragraph 7, insert a new paragraph reading: \"Request the Secretariat to report on progress at the next Annual Meeting.\""))
    }

    @Test("an insertion anchor grows word by word until it occurs once in the paragraph")
    func uniqueAnchor() throws {
        let old = Fixture.draft(preamble: [], operative: ["Urge States to act and to act now and to act together;"])
        let new = Fixture.draft(preamble: [], operative: ["Urge States to act and to act now and to act firmly together;"])
        let comparison = DraftComparison(old: old, new: new, changes: [Fixture.change(.modified, [Fixture.op(1)], [Fixture.op(1)], in: old, new)])
        #expect(comparison.amendmentsReport() == "1. In operative paragraph 1, after the words \"now and to act\" insert \"firmly\"\n")
        try expectRoundTrip(comparison)
    }

    @Test("a heavily rewritten paragraph is replaced whole")
    func wholeReplacement() throws {
        let old = Fixture.draft(preamble: [], operative: ["Urge States to act now;"])
        let new = Fixture.draft(preamble: [], operative: ["Request the Secretariat to report back;"])
        let comparison = DraftComparison(old: old, new: new, changes: [Fixture.change(.modified, [Fixture.op(1)], [Fixture.op(1)], in: old, new)])
        #expect(comparison.amendmentsReport() == "1. Replace operative paragraph 1 with the following paragraph: \"Request the Secretariat to report back;\"\n")
        try expectRoundTrip(comparison)
    }
}
