import Testing
@testable import ClauseTree

/// The parser's shared strings and in-place text building against plain references.
@Suite("Shared leads and joined texts agree with their references")
struct ParserSharingTests {
    @Test("interned strings are the strings of their bytes, also past the table's limits")
    func interner() {
        var interner = StringInterner()
        let long = String(repeating: "Further recalling ", count: 5)
        let many = (0..<(StringInterner.maximumCount + 40)).map { "Phrase \($0)" }
        // Sequences past sixteen bytes that share their first sixteen, and lengths around 8 and 16.
        let sharedHeads = ["Further recalling its resolution", "Further recalling its decisions", "Further recalling",
                           "Further recallin", "Further recallinG", "Recallin", "Recalling", "Recalli"]
        let probes = ["Recalling", "Deeply concerned", "Recalling", "", "é", "Recall", "Recalling ", long, long]
            + sharedHeads + sharedHeads.reversed()
            + many + many.reversed() + ["Recalling", "Deeply concerned"]
        for probe in probes {
            var copy = probe
            let interned = copy.withUTF8 { interner.string($0) }
            #expect(interned == probe)
            #expect(Array(interned.utf8) == Array(probe.utf8))
        }
    }

    @Test("leading phrases made through the interner are those made by joining words", arguments: [
        "Deeply concerned that", "Further recalling its resolution", "Once again urges", "Noting with grave concern",
        "Recalling, further, its resolution", "- Recalling the", "Recalling - the", "\"Recalling\" the", "Aware,",
        "Deeply, concerned", "Bearing in mind", "Bearing  in mind", " Recalling", "Recalling ", "Calls upon States",
        "Expressing its deep appreciation", "We the parliamentarians", "It is resolved", "", " ", "-", "Further",
        "Further further further further further further further further further recalling", "Noting with concern;",
        "Taking note, of", "(a) Recalling", "12. Urge", "Deeply concerned é", "Déeply concerned",
    ])
    func sharedLeads(text: String) {
        var interner = StringInterner()
        var copy = text
        // Twice: the first call keeps the phrase, the second finds it.
        for _ in 0..<2 {
            let shared = copy.withUTF8 { LeadingPhrase.find(in: $0, leads: &interner) }
            let joined = LeadingPhrase.find(in: text)
            #expect(shared.lead == joined.lead)
            #expect(shared.kind == joined.kind)
        }
    }

    @Test("leads remembered by their first word are the leads the phrase rules find")
    func firstWordLeads() {
        // Texts sharing a first word as printed, in both orders, around every rule that reads
        // past the first word (modifiers, complements, "we" and "it", punctuation, non-ASCII).
        let texts = [
            "Recalling its resolution", "Recalling", "Recalling, further, its resolution", "RECALLING the", "Recalling;",
            "Aware, that", "Aware", "Deeply concerned that", "Deeply", "Further recalling", "Further", "Once again urges",
            "Once", "Noting with grave concern", "Noting with", "Noting", "Taking note of", "Taking", "Calls upon States",
            "Calls", "Bearing in mind", "Bearing", "We the parliamentarians", "We", "It is resolved", "It", "Its report",
            "Urges all States", "Urges", "Urge", "Expressing its deep appreciation", "Expressing", "Having considered",
            "Having", "\"Recalling\" the", "- Recalling the", "-", "12. Urge", "(a) Recalling", " Recalling",
            "Recalling “the” report", "Recalling é", "Réaffirming its", "Internationalisation-related matters",
            "Internationalisation-relatedness", "Decides to remain seized", "Decides", "",
        ]
        Self.expectRememberedLeads(texts)
    }

    @Test("leads remembered by their first words are the leads the phrase rules find")
    func phraseLeads() {
        // Texts sharing their first two to four words as printed, in both orders, around every
        // rule that reads past the second word, texts that end after those words, long keys
        // and non-ASCII words after them.
        let texts = [
            "Deeply concerned that", "Deeply concerned", "Deeply concerned, that", "Deeply concerned é", "Deeply concerned  x",
            "Deeply concerned ", "Deeply concernedness that", "Deeply concerned-that", "Deeply, concerned that",
            "Calls upon States", "Calls upon", "Calls upon, States", "Calls for action", "Calls on all", "Calls onward to",
            "Noting with concern that", "Noting with deep concern that", "Noting with deep regret", "Noting with deep",
            "Noting with deep thought", "Noting with concern", "Noting with interest the", "Noting with é the",
            "Bearing in mind that", "Bearing in mind", "Bearing in minds", "Bearing in mind, that",
            "Expressing concern at", "Expressing deep concern at", "Expressing deep é", "Expressing its appreciation for",
            "Further recalling its", "Further recalling", "Further further recalling its", "Once again urges all",
            "Once again", "Once more urges", "It is resolved that", "It is decided that", "It is resolved",
            "We the parliamentarians", "Having considered the", "Having , the", "Taking note of", "Taking notes of",
            "Strongly urges all", "Strongly urges", "Gravely concerned at", "Extraordinarily concerned about the matter",
            "Internationally recognised standards apply", "Deeply-concerned that", "- Recalling the", "Recalling - the",
            "Calls upon é", "Calls upon “States”", "Deeply concerned\u{A0}that",
        ]
        Self.expectRememberedLeads(texts)
    }

    /// The first word as ``FirstWordLeads/token(_:)`` documents it, byte by byte: up to the
    /// first space or the end, 1 to 16 ASCII bytes, the text not opening with a space.
    static func referenceToken(_ bytes: [UInt8]) -> (low: UInt64, high: UInt64, count: Int)? {
        guard let first = bytes.first, first != UInt8(ascii: " ") else { return nil }
        let word = bytes.prefix { $0 != UInt8(ascii: " ") }
        guard word.count <= 16, word.allSatisfy({ $0 < 0x80 }) else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (j, b) in word.enumerated() {
            if j < 8 { low |= UInt64(b) << UInt64(8 * j) } else { high |= UInt64(b) << UInt64(8 * (j - 8)) }
        }
        return (low, high, word.count)
    }

    @Test("first-word tokens read eight bytes at a time are the tokens read byte by byte")
    func firstWordTokens() {
        // A space at every position around the sixteen bytes, in texts shorter and longer than
        // the two words read, non-ASCII bytes before and after the space, "!" (0x21) next to it.
        var texts: [String] = ["", " ", "a", "Recalling", "Recalling the", "Internationalisation", "é", "Réaffirming its"]
        for length in 1...24 {
            for space in 0...length {
                var bytes = Array(String(repeating: "x", count: length).utf8)
                if space < length { bytes[space] = UInt8(ascii: " ") }
                texts.append(String(decoding: bytes, as: UTF8.self))
                if space > 1 { bytes[space - 1] = UInt8(ascii: "!") }
                texts.append(String(decoding: bytes, as: UTF8.self))
                texts.append(String(decoding: bytes, as: UTF8.self) + "é")
                texts.append("é" + String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let token = bytes.withUnsafeBufferPointer { FirstWordLeads.token($0) }
            let reference = Self.referenceToken(bytes)
            #expect(token?.low == reference?.low && token?.high == reference?.high && token?.count == reference?.count, "\(bytes)")
        }
    }

    @Test("phrase keys are the words as printed with the space after them, when a word follows")
    func phraseKeys() {
        func key(_ text: String, _ words: Int) -> PhraseLeads.Key? {
            var copy = text
            return copy.withUTF8 { PhraseLeads.key($0, words: words) }
        }
        #expect(key("Deeply concerned that", 2)?.count == 17)
        #expect(key("Deeply concerned that", 2) == key("Deeply concerned by", 2))
        #expect(key("Deeply concerned that", 2) != key("Deeply concerned, that", 2))
        #expect(key("Deeply concerned", 2) == nil)
        #expect(key("Deeply concerned ", 2) == nil)
        #expect(key("Noting with deep concern that", 4)?.count == 25)
        #expect(key("Extraordinarily concerned about the matter", 3)?.count == 32)
        #expect(key("Extraordinarily concerned about the matter", 4) == nil)
        var copy = "Noting with deep concern that"
        copy.withUTF8 { bytes in
            var keys = PhraseLeads.Keys(bytes, after: 6)
            for words in PhraseLeads.words { #expect(keys.next() == PhraseLeads.key(bytes, words: words)) }
            #expect(keys.next() == nil)
        }
    }

    /// Pieces joined as the parser documents it, on characters.
    static func referenceJoin(_ pieces: [String]) -> String {
        var out = ""
        for piece in pieces where !piece.isEmpty {
            let chars = Array(out)
            let hyphenated = chars.count >= 2 && chars[chars.count - 1] == "-" && chars[chars.count - 2].isLetter
            if !out.isEmpty, !(hyphenated && piece.first?.isLowercase == true) { out += " " }
            out += piece
        }
        return out
    }

    @Test("pieces are joined in the string's storage as they are joined on characters", arguments: [
        ["anti-", "trafficking"], ["anti-", "Trafficking"], ["1-", "to"], ["a", "b", "c"], ["", "x", ""], [],
        ["é-", "tat"], ["co-", "évolution"], ["ends -", "next"], ["-", "x"], ["a-", ""], ["long line of text;", "more"],
        ["x", "y"], ["Déjà-", "vu"], ["e\u{301}-", "x"],
    ])
    func joining(pieces: [String]) {
        let text = pieces.joined()
        var ranges: [Range<Int>] = []
        var at = 0
        for piece in pieces {
            ranges.append(at..<(at + piece.utf8.count))
            at += piece.utf8.count
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let run = ParseRun(text: buffer, lines: [])
            #expect(run.joined(ranges) == Self.referenceJoin(pieces))
            var leads = Leads()
            let made = run.textAndLead(ranges[...], leads: &leads)
            #expect(made.text == Self.referenceJoin(pieces))
            #expect(made.lead == LeadingPhrase.find(in: made.text).lead)
            #expect(made.mayContainList == InlineLists.mayContainList(made.text))
        }
    }

    /// The download-residue rule on characters: "file(s)" at the end or starting a word, or a
    /// size unit starting a word after a leading number, or a short "download" line.
    static func referenceResidue(_ line: String) -> Bool {
        guard line.utf8.count < 120, let first = line.utf8.first else { return false }
        let firstIsDigit = first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        guard firstIsDigit || first == UInt8(ascii: "D") || first == UInt8(ascii: "d") || line.utf8.last == UInt8(ascii: ")") else {
            return false
        }
        let lower = line.lowercased()
        if lower.utf8.reversed().starts(with: "file(s)".utf8.reversed()) { return true }
        let units = line.first?.isNumber == true
        for word in lower.split(separator: " ", omittingEmptySubsequences: false).dropFirst() {
            func starts(_ needle: String) -> Bool { word.utf8.starts(with: needle.utf8) }
            if starts("file(s)") { return true }
            if units, starts("kb") || starts("kib") || starts("mb") || starts("mib") || starts("bytes") { return true }
        }
        return lower.hasPrefix("download") && line.count < 60
    }

    @Test("download residue: the byte scan agrees with the rule on characters", arguments: [
        "157.21 KB 1 file(s)", "1 FILE(S)", "12 Kb", "12 kIb)", "3 Bytes", "3 bytesize", "12 mb", "12  MB", "12 M B",
        "Download (PDF, 2 MB)", "Downloads", "download é", "12. Urge MB", "Urge 3 MB", "Urge 3 MB)", "(2 MB)", "12 Mo",
        "12 ﬁle(s)", "12 é MB", "É 12 MB)", "1 file(s) é", "12 KB\u{301}", "", " ", "1", "1 ", "D", "d)", "12 f", "12 k",
        "12 file(s", "1 file(s)x", String(repeating: "9 MB ", count: 30), "9" + String(repeating: " word", count: 23) + " kb",
    ])
    func residue(line: String) {
        var copy = line
        #expect(copy.withUTF8 { NoiseRules.isDownloadResidue($0) } == Self.referenceResidue(line), "\(line)")
    }

    /// "Plain" on bytes one at a time: ASCII, no control byte, no two spaces in a row.
    static func referencePlain(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 < 0x80 } && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    }

    /// Texts from a small alphabet of what the line scan treats specially, at every length
    /// around the eight- and sixteen-byte steps (a fixed generator: the same texts every run).
    static func scanTexts() -> [String] {
        let alphabet = ["a", "b", " ", " ", "  ", "\n", "\t", "é", "\u{0}", "\u{7F}", "\u{A0}", ".", "Z", "a b", "\r", "\r\n"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts = ["", "\n", "\n\n", "a", "a\n", "\u{FEFF}a\n", "\u{FEFF}", "  a  b  \n", "\ta\n", "a \n", " \n \n"]
        for length in 0..<60 {
            for _ in 0..<12 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    // Mostly letters, so that long plain runs occur.
                    let pick = Int(state >> 59)
                    text += pick < alphabet.count ? alphabet[pick] : "x"
                }
                texts.append(text)
            }
        }
        return texts
    }

    @Test("the one-pass line scan finds the lines the line-by-line split finds (CR line ends handed over to it)")
    func lineScan() {
        for text in Self.scanTexts() {
            let fast = LineSplitter.split(text)
            let reference = LineSplitter.split(text, oneLineAtATime: true)
            #expect(fast.bytes == reference.bytes, "\(Array(text.utf8))")
            #expect(fast.lines.count == reference.lines.count, "\(Array(text.utf8))")
            for (a, b) in zip(fast.lines, reference.lines) {
                #expect(a.number == b.number && a.start == b.start && a.end == b.end && a.indent == b.indent && a.isASCII == b.isASCII,
                        "\(Array(text.utf8)) line \(a.number)")
            }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { #expect(PlainText.isPlain($0) == Self.referencePlain(bytes), "\(bytes)") }
            // The skip stops right at the first byte that is not plain (or the first of two
            // spaces) unless it ran out of words: plain before it, not plain with it.
            let skipped = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { PlainText.plainWords($0, from: 0, to: buffer.count) } ?? 0
            }
            #expect(Self.referencePlain(Array(bytes[..<skipped])), "\(bytes)")
            if skipped + 9 <= bytes.count { #expect(!Self.referencePlain(Array(bytes[..<(skipped + 2)])), "\(bytes)") }
        }
    }

    /// Drafts with repeated, missing and odd operative numbers, in short and long lists.
    static let namingTexts: [String] = {
        let long = (1...14).map { "\($0). Urge the States to act;" } + ["3. Urge again;", "03. Decide;", "Requests the Forum;", "3. Decide;", "1000000. Note;"]
        return [
            "Recalling its resolution;\n\nResolves to:\n\n1. Urge;\n\n1. Urge again;\n\nDecides to act;\n",
            "Noting with concern;\n\n2. Urge the following:\n(a) one;\n(a) again;\n(i) deeper;\n(i) deeper again;\n(b) two;\n",
            "Recalling;\n\n" + long.joined(separator: "\n\n") + "\n",
            "1. Decide;\n\n2. Request: (a) one; (b) two; (c) three.\n\n2. Note;\n",
            "",
        ]
    }()

    @Test("paragraphs named as the parser makes them carry the eIds assigningIdentifiers gives")
    func naming() throws {
        var texts = Self.namingTexts + [try Corpus.text(Corpus.sample)]
        texts += try Corpus.ungaFiles.map { try Corpus.text(Corpus.unga.appendingPathComponent($0)) }
        texts.append(try Corpus.generate(["--paragraphs", "150", "--seed", "21", "--messy", "0.5"]))
        for text in texts {
            let parsed = parse(text)
            #expect(parsed == parsed.assigningIdentifiers(), "\(text.prefix(80))")
        }
    }

    /// Finds the lead of each of `texts` (in order, reversed, then in order again) through one
    /// ``Leads``, so that later texts are answered from what earlier ones left in its tables,
    /// and expects what the phrase rules find without any table.
    static func expectRememberedLeads(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        var leads = Leads()
        for text in texts + texts.reversed() + texts {
            var copy = text
            let remembered = copy.withUTF8 { leads.find(in: $0) }
            let reference = LeadingPhrase.find(in: text)
            #expect(remembered.lead == reference.lead, "\(text)", sourceLocation: sourceLocation)
            #expect(remembered.kind == reference.kind, "\(text)", sourceLocation: sourceLocation)
        }
    }
}
