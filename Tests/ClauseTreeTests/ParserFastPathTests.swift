import Testing
@testable import ClauseTree

/// The parser's byte-level fast paths against plain reference versions on tricky inputs.
@Suite("Parser fast paths agree with their references")
struct ParserFastPathTests {
    /// The roman numerals the parser knows, as a dictionary: the reference for `romanValue`.
    static let romanReference: [String: Int] = Dictionary(uniqueKeysWithValues: (1...30).map { (Numbering.roman($0), $0) })

    @Test("roman numerals on bytes", arguments: [
        "i", "ii", "iii", "iv", "v", "ix", "x", "xiv", "xix", "xxiv", "xxviii", "xxix", "xxx",
        "iiii", "vx", "xxxi", "xl", "il", "vv", "iix", "xxxx", "xxviiii", "", "I", "IV", "a", "aa", "iv ",
        "i\u{301}", "ⅳ", "lxx",
    ])
    func roman(marker: String) {
        #expect(Numbering.romanValue(marker) == Self.romanReference[marker])
        #expect(Numbering.isRoman(marker) == (Self.romanReference[marker] != nil))
    }

    @Test("letter markers on bytes", arguments: ["a", "z", "aa", "zz", "ab", "A", "AA", "aaa", "", "é", "1", "a\u{301}"])
    func letters(marker: String) {
        let chars = Array(marker)
        let isLetter = (chars.count == 1 || (chars.count == 2 && chars[0] == chars[1]))
            && chars.allSatisfy { $0.isASCII && $0.isLetter }
        #expect(Numbering.isLetterMarker(marker) == isLetter)
        if isLetter, let first = marker.lowercased().utf8.first, marker == marker.lowercased() {
            #expect(Numbering.letterValue(marker) == Int(first) - 96 + (chars.count - 1) * 26)
        }
    }

    @Test("list markers at the start of a line", arguments: [
        ("(a) text", "a", "text"), ("(iv) text", "iv", "text"), ("b) text", "b", "text"), ("(xxx)", "xxx", ""),
        ("(aa)  two spaces", "aa", "two spaces"),
    ])
    func markers(line: String, marker: String, rest: String) {
        let found = Numbering.subMarker(line)
        #expect(found?.marker == marker)
        #expect(found?.rest == rest)
    }

    @Test("lines that carry no list marker", arguments: ["(A) text", "(iiii) text", "(ab) text", "(a)text", "(a)\u{301} text", "a text", "(xl) text", ""])
    func notMarkers(line: String) {
        #expect(Numbering.subMarker(line) == nil)
    }

    @Test("operative numbers", arguments: [
        ("12. Urge", "12", "Urge"), ("3.", "3", ""), ("7) Call", "7", "Call"), ("1.Reaffirm", "1", "Reaffirm"),
    ])
    func numbers(line: String, number: String, rest: String) {
        let found = Numbering.operativeNumber(line)
        #expect(found?.number == number)
        #expect(found?.rest == rest)
    }

    @Test("eight bytes lowercased at once as each byte is lowercased, and loads of 0 to 8 bytes")
    func byteWords() {
        // Every byte value at every place of a word, among bytes around "A"..."Z" and above 0x80.
        let around: UInt64 = 0x4161_7A5A_405B_C1E9
        for value in 0...255 {
            for place in 0..<8 {
                let shift = UInt64(8 * place)
                let word = around & ~(0xFF << shift) | UInt64(value) << shift
                var expected: UInt64 = 0
                for k in 0..<8 {
                    expected |= UInt64(ByteText.lower(UInt8(truncatingIfNeeded: word >> UInt64(8 * k)))) << UInt64(8 * k)
                }
                #expect(ByteWords.lower(word) == expected, "\(value) at \(place)")
            }
        }
        let bytes: [UInt8] = (0..<16).map { UInt8(truncatingIfNeeded: $0 * 37 + 129) }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for count in 0...8 {
                let expected = (0..<count).reduce(UInt64(0)) { $0 | UInt64(buffer[$1]) << UInt64(8 * $1) }
                #expect(ByteWords.load(base, count: count) == expected, "\(count)")
            }
        }
    }

    @Test("the lexicon table answers as the word lists do")
    func lexicon() {
        let lists: [(Set<String>, WordFlags)] = [
            (LeadingPhrase.modifiers, .modifier), (LeadingPhrase.preambularWords, .preambular),
            (LeadingPhrase.operativeVerbs, .operative), (LeadingPhrase.knownParticiples, .knownParticiple),
            (LeadingPhrase.complementCores, .complementCore), (LeadingPhrase.expressNouns, .expressNoun),
            (["we"], .we), (["it"], .it),
        ]
        let probes = lists.flatMap { $0.0 } + ["", "x", "urges", "URGE", "Urge", "recallin", "recallingg", "a-very-long-word-indeed", "é", "ﬁle", "We", "IT", "its", "w"]
        for probe in probes {
            var copy = probe
            let flags = copy.withUTF8 { LeadingPhrase.lexicon.flags($0) }
            for (words, flag) in lists {
                #expect(flags.contains(flag) == words.contains(probe.lowercased()), "\(probe) \(flag)")
            }
        }
    }

    @Test("leading phrases: the byte path and the character path agree on ASCII text", arguments: [
        "Deeply concerned that", "Further recalling its resolution", "Once again urges", "Noting with grave concern",
        "Noting with concern", "Expressing its deep appreciation", "Expresses gratitude", "Bearing in mind", "Calls upon States",
        "Taking note of", "Urges,", "Aware,", "\"Recalling\" the", "It is resolved", "We the parliamentarians", "Once again",
        "Strongly", "", "  Further   also  deeply concerned", "Having considered", "Decides to remain seized",
        "Further further further further further further further further further recalling", "12. Urge", "(a) Recalling",
    ])
    func phrases(text: String) {
        let bytes = LeadingPhrase.find(in: text)
        let characters = LeadingPhrase.findUnicode(in: text)
        #expect(bytes.kind == characters.kind)
        #expect(bytes.lead == characters.lead)
        var copy = text
        let classified = copy.withUTF8 { LeadingPhrase.classify(phraseIn: $0) }
        #expect(classified.kind == characters.kind)
        #expect(classified.isKnown == (characters.kind != .unknown && LeadingPhrase.isKnown(characters.lead)))
    }

    @Test("eIds with repeated and missing numbers")
    func identifiers() {
        func paragraph(_ number: String?, children: [Paragraph] = []) -> Paragraph {
            Paragraph(section: .operative, index: 0, number: number, lead: "", text: "", lines: SourceRange(first: 1, last: 1), children: children)
        }
        // A long list (counted by value) and a short one (counted by comparing).
        let long = (1...12).map { paragraph(String($0)) } + [paragraph("3"), paragraph("03"), paragraph(nil), paragraph("3"), paragraph("1000000")]
        let r = Resolution(preamble: [paragraph(nil), paragraph("9")],
                           operative: long + [paragraph("2", children: [paragraph("a"), paragraph("a"), paragraph(nil), paragraph("3")])])
        #expect(r.preamble.map(\.id) == ["recs__rec_1", "recs__rec_2"])
        #expect(r.operative.map(\.id) == (1...12).map { "para_\($0)" } + ["para_3_2", "para_03", "para_15", "para_3_3", "para_1000000", "para_2_2"])
        #expect(r.operative.last?.children.map(\.id) == ["para_2_2__subpara_a", "para_2_2__subpara_a_2", "para_2_2__subpara_3", "para_2_2__subpara_3_2"])
    }

    @Test("page furniture and download residue after the byte pre-checks", arguments: [
        ("Page 2 of 5", true), ("p. 4", true), ("- 3 -", true), ("2/2", true), ("3", true), ("– 7 –", true),
        ("a 2", false), ("/2", false), ("(a) 2", false), ("157.21 KB 1 file(s)", true), ("1 file(s)", true),
        ("12 kib", true), ("3 Bytes", true), ("Download (PDF, 2 MB)", true), ("12. Urge MB", true), ("Urge 3 MB", false),
        ("report.PDF", true), ("notes.txt", true), ("A/RES/72/1", true), ("____", true), ("***", true), ("–––", true),
        ("•••", true), ("Recalling its resolution;", false), ("12. Calls upon all States;", false), ("(b) file", false),
    ])
    func furniture(line: String, isFurniture: Bool) {
        var copy = line
        #expect(copy.withUTF8 { NoiseRules.isFurniture($0) } == isFurniture)
    }

    @Test("a sponsor list of one name is read as the general splitting reads it", arguments: [
        "Redraft", "  Indonesia ", "and Japan", "And Japan", "the Philippines", "", "   ", "Viet\u{0301}nam",
        "Trinidad and Tobago", "Japan, Korea", "Australia & New Zealand", "Chile AND Peru", "and", "and  Fiji ",
        "\u{00A0}Samoa\u{2003}", "Papua New Guinea;",
    ])
    func oneSponsor(list: String) {
        #expect(HeaderRules.splitNames(list) == HeaderRules.splitNamesInGeneral(list))
    }
}
