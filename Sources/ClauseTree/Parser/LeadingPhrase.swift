
/// What the leading phrase of a paragraph says about its section.
enum LeadKind: Sendable, Equatable {
    /// A participle or adjective: "Recalling", "Aware", "Deeply concerned", "Whereas".
    case preambular
    /// A verb in the base or third-person form: "Urge", "Calls upon", "Decide".
    case operative
    /// Not a drafting phrase the lexicon knows.
    case unknown
}

/// Finds and classifies the leading phrase of a paragraph.
enum LeadingPhrase {
    /// Adverbs that may stand before the core word and belong to the phrase
    /// ("Further recalling", "Strongly urge", "Deeply concerned").
    static let modifiers: Set<String> = [
        "further", "also", "deeply", "gravely", "strongly", "again", "firmly", "fully", "profoundly",
        "seriously", "emphatically", "expressly", "hereby", "urgently", "moreover", "furthermore",
        "greatly", "highly", "sincerely", "warmly", "respectfully", "particularly", "equally",
        "likewise", "once", "earnestly", "solemnly", "duly", "keenly", "especially", "still",
        "fervently", "repeatedly", "most", "very", "extremely",
    ]

    /// Words after the core word that belong to the phrase: "Call on", "Taking note",
    /// "Noting with concern", "Expressing deep concern", "Bearing in mind".
    /// `core` is the index of the core word in `words` and `flags` its lists; returns how many
    /// words follow it in the phrase.
    static func complement(core: Int, flags: WordFlags, in words: inout PhraseWords) -> Int {
        // The core word's lists reject most words before the comparisons below.
        guard flags.contains(.complementCore) else { return 0 }
        let c = words.word(core)
        let next = core + 1
        if PhraseWords.equal(c, "call") || PhraseWords.equal(c, "calls") || PhraseWords.equal(c, "calling")
            || PhraseWords.equal(c, "called") {
            return words.isWord(next, "on") || words.isWord(next, "upon") || words.isWord(next, "for") ? 1 : 0
        }
        if PhraseWords.equal(c, "take") || PhraseWords.equal(c, "takes") || PhraseWords.equal(c, "taking")
            || PhraseWords.equal(c, "took") || PhraseWords.equal(c, "taken") {
            return words.isWord(next, "note") ? 1 : 0
        }
        if PhraseWords.equal(c, "bearing") || PhraseWords.equal(c, "bear") || PhraseWords.equal(c, "bears")
            || PhraseWords.equal(c, "keeping") {
            return words.isWord(next, "in") && words.isWord(next + 1, "mind") ? 2 : 0
        }
        if PhraseWords.equal(c, "draw") || PhraseWords.equal(c, "draws") || PhraseWords.equal(c, "drawing") {
            return words.isWord(next, "attention") ? 1 : 0
        }
        if PhraseWords.equal(c, "noting") || PhraseWords.equal(c, "note") || PhraseWords.equal(c, "notes")
            || PhraseWords.equal(c, "noted") {
            guard words.isWord(next, "with"), words.has(next + 1) else { return 0 }
            let third = lexicon.flags(words.word(next + 1))
            guard third.contains(.noteFeeling) else { return 0 }
            let fourthIsNoun = words.has(next + 2) && lexicon.flags(words.word(next + 2)).contains(.noteFeelingNoun)
            return third.contains(.noteIntensifier) && fourthIsNoun ? 3 : 2
        }
        if PhraseWords.equal(c, "expressing") || PhraseWords.equal(c, "express") || PhraseWords.equal(c, "expresses") {
            var n = 0
            var k = next
            guard words.has(k) else { return 0 }
            var flags = lexicon.flags(words.word(k))
            if flags.contains(.expressAdjective) {
                n += 1
                k += 1
                guard words.has(k) else { return 0 }
                flags = lexicon.flags(words.word(k))
            }
            return flags.contains(.expressNoun) ? n + 1 : 0
        }
        if PhraseWords.equal(c, "having") {
            return words.has(next) && words.word(next).count > 0 ? 1 : 0
        }
        return 0
    }

    /// The core words `complement(core:in:)` knows.
    static let complementCores: Set<String> = [
        "call", "calls", "calling", "called", "take", "takes", "taking", "took", "taken",
        "bearing", "bear", "bears", "keeping", "draw", "draws", "drawing", "noting", "note", "notes", "noted",
        "expressing", "express", "expresses", "having",
    ]
    static let noteFeelings: Set<String> = ["concern", "appreciation", "satisfaction", "interest", "regret",
                                            "alarm", "grave", "deep", "serious", "great", "particular", "gratitude"]
    static let noteIntensifiers: Set<String> = ["grave", "deep", "serious", "great", "particular"]
    static let noteFeelingNouns: Set<String> = ["concern", "appreciation", "satisfaction", "interest", "regret", "alarm"]
    static let expressAdjectives: Set<String> = ["deep", "grave", "serious", "its", "our", "great", "sincere",
                                                 "profound", "strong", "full"]
    static let expressNouns: Set<String> = ["concern", "appreciation", "gratitude", "support", "regret", "alarm",
                                            "condolences", "solidarity", "hope", "satisfaction"]

    /// Participles and adjectives that open preambular paragraphs without ending in "-ing" or "-ed".
    static let preambularWords: Set<String> = [
        "aware", "mindful", "conscious", "cognizant", "cognisant", "whereas", "desirous", "confident",
        "appreciative", "grateful", "fearful", "anxious", "hopeful", "seized", "sure", "certain",
        "keen", "eager", "pursuant", "considering",
    ]

    /// Verbs that open operative paragraphs, base forms ("urge"); "-s" forms are derived.
    static let operativeVerbs: Set<String> = [
        "urge", "call", "encourage", "decide", "request", "reaffirm", "recommend", "invite", "ensure",
        "draw", "develop", "highlight", "enhance", "support", "welcome", "note", "take", "express",
        "resolve", "recognize", "recognise", "emphasize", "emphasise", "stress", "appeal", "endorse", "commend",
        "agree", "affirm", "acknowledge", "demand", "condemn", "reiterate", "underline", "underscore",
        "renew", "determine", "consider", "appreciate", "continue", "adopt", "approve", "declare",
        "establish", "promote", "strengthen", "instruct", "direct", "authorize", "authorise", "mandate",
        "task", "commit", "pledge", "undertake", "strive", "seek", "work", "cooperate", "share",
        "facilitate", "implement", "foster", "improve", "expand", "coordinate", "review", "monitor",
        "mobilize", "recall", "remind", "proclaim", "deplore", "regret", "insist", "reject", "warn",
        "designate", "accept", "applaud", "assure", "reassert", "confirm", "suggest", "propose",
        "invite", "thank", "congratulate", "request", "entrust", "emphasise", "advocate", "exhort",
        "stand", "remain", "join", "look", "intend", "aim", "encourages", "provide", "build", "create",
        "recognise", "we", "further", "also", "hereby", "let", "make", "give", "place", "keep", "bring",
        "endeavour", "endeavor", "engage", "explore", "consult", "report", "prepare", "convene",
    ]

    /// All the word lists in one byte table: one lookup tells every list a word is in, without
    /// making a string.
    static let lexicon = WordTable([
        (modifiers, .modifier), (complementCores, .complementCore), (noteFeelings, .noteFeeling),
        (noteIntensifiers, .noteIntensifier), (noteFeelingNouns, .noteFeelingNoun),
        (expressAdjectives, .expressAdjective), (expressNouns, .expressNoun),
        (preambularWords, .preambular), (operativeVerbs, .operative), (knownParticiples, .knownParticiple),
        (["we"], .we), (["it"], .it),
    ])

    /// The leading phrase of `text` as printed, and how it classifies.
    static func find(in text: String) -> (lead: String, kind: LeadKind) {
        var copy = text
        return copy.withUTF8 { find(in: $0) }
    }

    /// The leading phrase of the text in `bytes` as printed, and how it classifies.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> (lead: String, kind: LeadKind) {
        let ascii = withASCIIWords(bytes) { words -> (lead: String, kind: LeadKind) in
            let phrase = decide(&words)
            return (words.joined(phrase.length), phrase.kind)
        }
        return ascii ?? findUnicode(in: String(decoding: bytes, as: UTF8.self))
    }

    /// ``find(in:)-(UnsafeBufferPointer<UInt8>)``, with the lead made by `leads`: paragraphs
    /// opening with the same phrase share one string.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, leads: inout StringInterner) -> (lead: String, kind: LeadKind) {
        let found = findSharing(in: bytes, leads: &leads)
        return (found.lead, found.kind)
    }

    /// ``find(in:leads:)``, and whether the phrase is the first word alone, decided by it alone
    /// (ASCII words, not "we" or "it", no modifier, no complement): then any text opening
    /// with the same word as printed has the same lead and kind (``FirstWordLeads``).
    ///
    /// `wordsCut` is how many words the ASCII path cut to decide (0 on the Unicode path): the
    /// decision reads nothing but those words and whether a word follows them, so a text
    /// opening with the same words as printed, a space and more words decides the same
    /// (``PhraseLeads``).
    static func findSharing(in bytes: UnsafeBufferPointer<UInt8>, leads: inout StringInterner)
        -> (lead: String, kind: LeadKind, isFirstWordAlone: Bool, wordsCut: Int) {
        let ascii = withASCIIWords(bytes) { words -> (lead: String, kind: LeadKind, isFirstWordAlone: Bool, wordsCut: Int) in
            let phrase = decide(&words)
            let alone = phrase.length == 1 && phrase.core == 0
                && phrase.flags.isDisjoint(with: [.modifier, .we, .it, .complementCore])
            // Words one space apart (nearly always) are the phrase as printed: its bytes are
            // looked up where they stand, without joining them.
            if let span = words.span(phrase.length) {
                return (leads.string(UnsafeBufferPointer(rebasing: bytes[span])), phrase.kind, alone, words.found)
            }
            return (words.joined(phrase.length), phrase.kind, alone, words.found)
        }
        if let ascii { return ascii }
        let (lead, kind) = findUnicode(in: String(decoding: bytes, as: UTF8.self))
        return (lead, kind, false, 0)
    }

    /// How the leading phrase of `bytes` classifies, and whether the lexicon knows its core word
    /// (``isKnown(_:)`` of the phrase, meaningful when the kind is not `.unknown`), without
    /// making the phrase a string on the ASCII path.
    static func classify(phraseIn bytes: UnsafeBufferPointer<UInt8>) -> (kind: LeadKind, isKnown: Bool) {
        let ascii = withASCIIWords(bytes) { words -> (kind: LeadKind, isKnown: Bool) in
            let phrase = decide(&words)
            // The core word is the first word of the phrase that is not a modifier, as in isKnown.
            return (phrase.kind, phrase.kind != .unknown && isKnown(core: words.word(phrase.core), flags: phrase.flags))
        }
        if let ascii { return ascii }
        let (lead, kind) = findUnicode(in: String(decoding: bytes, as: UTF8.self))
        return (kind, kind != .unknown && isKnown(lead))
    }

    /// Up to eight words are enough for the longest phrase. The fast path: words are cut at
    /// spaces and trimmed of punctuation on bytes as the phrase needs them (into a stack
    /// buffer), and looked up without making strings. Nil when a word it cut is not ASCII (then
    /// ``findUnicode(in:)`` does the same on characters; both agree on ASCII words, so words
    /// after the phrase need not be checked).
    private static func withASCIIWords<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout PhraseWords) -> R) -> R? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: PhraseWords.limit) { storage -> R? in
            var words = PhraseWords(cutting: bytes, storage: storage)
            let result = body(&words)
            // Range<Int> is trivial: the buffer needs no deinitialisation.
            return words.sawNonASCII ? nil : result
        }
    }

    /// ``find(in:)`` on characters, for text that is not ASCII.
    static func findUnicode(in text: String) -> (lead: String, kind: LeadKind) {
        var cleaned: [Substring] = []
        cleaned.reserveCapacity(8)
        let utf8 = text.utf8
        var start: String.Index? = nil
        var index = utf8.startIndex
        let textEnd = utf8.endIndex
        while index < textEnd, cleaned.count < 8 {
            if utf8[index] == UInt8(ascii: " ") {
                if let s = start { cleaned.append(stripPunctuation(text[s..<index])); start = nil }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let s = start, cleaned.count < 8 { cleaned.append(stripPunctuation(text[s..<index])) }
        guard !cleaned.isEmpty else { return ("", .unknown) }
        // The lowercased words side by side in one buffer.
        var lowered: [UInt8] = []
        var ranges: [Range<Int>] = []
        for word in cleaned {
            let start = lowered.count
            lowered.append(contentsOf: lowercase(word).utf8)
            ranges.append(start..<lowered.count)
        }
        let phrase = lowered.withUnsafeBufferPointer { bytes in
            ranges.withUnsafeMutableBufferPointer { storage in
                var words = PhraseWords(bytes: bytes, storage: storage, count: storage.count)
                return decide(&words)
            }
        }
        return (cleaned[0..<phrase.length].joined(separator: " "), phrase.kind)
    }

    /// The phrase from the first words: modifiers, the core word, its complement. Returns how
    /// many words the phrase has, the index of its core word and its lists, and its kind.
    private static func decide(_ words: inout PhraseWords) -> (length: Int, core: Int, flags: WordFlags, kind: LeadKind) {
        guard words.has(0) else { return (0, 0, [], .unknown) }
        // The table read once (each read of the global checks its initialisation), and the first
        // word looked up once: its lists also say whether it is "we" or "it".
        let lexicon = Self.lexicon
        let first = lexicon.flags(words.word(0))
        if first.contains(.we) || first.contains(.it) && words.isWord(2, "resolved") {
            return (1, 0, first, .operative)
        }
        var i = 0
        // The lists of word i when the loop stopped at a word that is no modifier.
        var stoppedAt: WordFlags?
        while words.hasWord(after: i) {
            let flags = i == 0 ? first : lexicon.flags(words.word(i))
            guard flags.contains(.modifier) else { stoppedAt = flags; break }
            i += words.isWord(i, "once") && words.isWord(i + 1, "again") ? 2 : 1
        }
        // After "once again" closing the words, i is one past the last word.
        let core = words.has(i) ? i : i - 1
        let flags = (core == i ? stoppedAt : nil) ?? lexicon.flags(words.word(core))
        // Only a core word with a complement (its lists say) needs the call.
        let extra = flags.contains(.complementCore) ? complement(core: core, flags: flags, in: &words) : 0
        // The last word of the phrase loses trailing punctuation ("Aware," → "Aware").
        // At most all the words: min(count, i + 1 + extra), counting words only if needed.
        let length = words.has(i + extra) ? i + 1 + extra : words.found
        return (length, core, flags, classify(bytes: words.word(core), flags: flags))
    }

    /// `word.lowercased()`, without Unicode tables for ASCII words.
    static func lowercase(_ word: Substring) -> String {
        var hasUpper = false
        for b in word.utf8 {
            if b >= 0x80 { return word.lowercased() }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return String(word) }
        return String(decoding: word.utf8.map(ByteText.lower), as: UTF8.self)
    }

    /// Classifies a lowercased core word.
    static func classify(_ word: String) -> LeadKind {
        var copy = word
        return copy.withUTF8 { classify(bytes: $0) }
    }

    /// Classifies a core word given as bytes (compared ignoring ASCII case).
    static func classify(bytes word: UnsafeBufferPointer<UInt8>) -> LeadKind {
        classify(bytes: word, flags: lexicon.flags(word))
    }

    /// ``classify(bytes:)`` given the lists the word is in.
    private static func classify(bytes word: UnsafeBufferPointer<UInt8>, flags: WordFlags) -> LeadKind {
        if flags.contains(.preambular) { return .preambular }
        if flags.contains(.operative) { return .operative }
        let n = word.count
        func suffix(_ s: StaticString) -> Bool {
            n >= s.utf8CodeUnitCount && PhraseWords.equal(UnsafeBufferPointer(rebasing: word[(n - s.utf8CodeUnitCount)...]), s)
        }
        func isVerb(dropping k: Int) -> Bool {
            lexicon.flags(UnsafeBufferPointer(rebasing: word[..<(n - k)])).contains(.operative)
        }
        if suffix("s"), isVerb(dropping: 1) { return .operative }
        if suffix("es"), isVerb(dropping: 2) { return .operative }
        if suffix("ing") || suffix("ed") { return .preambular }
        return .unknown
    }

    /// True when the lexicon knows the core word of `lead` (for the drafting check).
    static func isKnown(_ lead: String) -> Bool {
        let words = lead.split(separator: " ").map { $0.lowercased() }
        guard var core = words.first(where: { !modifiers.contains($0) }) ?? words.last else { return false }
        return core.withUTF8 { isKnown(core: $0, flags: lexicon.flags($0)) }
    }

    /// ``isKnown(_:)`` given the lowercased core word of the phrase and its lists (the word
    /// tables hold ASCII words, which no other word equals).
    private static func isKnown(core: UnsafeBufferPointer<UInt8>, flags: WordFlags) -> Bool {
        let kind = classify(bytes: core, flags: flags)
        if kind == .unknown { return false }
        // "-ing"/"-ed" words are only guesses; the common drafting participles are listed here.
        if kind == .preambular, !flags.contains(.preambular) {
            return flags.contains(.knownParticiple)
        }
        return true
    }

    static let knownParticiples: Set<String> = [
        "recalling", "noting", "recognizing", "recognising", "reaffirming", "welcoming", "acknowledging",
        "bearing", "taking", "emphasizing", "emphasising", "stressing", "highlighting", "underlining",
        "reiterating", "considering", "expressing", "having", "affirming", "believing", "commending",
        "concerned", "convinced", "alarmed", "determined", "committed", "guided", "encouraged", "disturbed",
        "persuaded", "recognized", "pleased", "satisfied", "distressed", "dismayed", "saddened",
        "shocked", "appalled", "outraged", "troubled", "worried", "resolved", "inspired", "motivated",
        "observing", "acting", "appreciating", "deploring", "condemning", "underscoring", "endorsing",
        "supporting", "urging", "calling", "realizing", "realising", "seeking", "wishing", "looking",
        "keeping", "referring", "cognizant", "renewing", "deeply", "gravely", "mindful", "aware",
        "reaffirmed", "noted", "welcomed", "regretting", "anticipating", "desiring", "drawing",
        "upholding", "confirming", "further", "also",
    ]

    static func stripPunctuation(_ word: String) -> String {
        let stripped = stripPunctuation(Substring(word))
        return stripped.utf8.count == word.utf8.count ? word : String(stripped)
    }

    /// `word` without leading and trailing characters that are neither letters nor digits.
    static func stripPunctuation(_ word: Substring) -> Substring {
        // ASCII fast path: trim bytes that are not letters or digits.
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            guard let first = utf8.firstIndex(where: keep), let last = utf8.lastIndex(where: keep) else { return "" }
            return word[first...last]
        }
        var w = word
        while let last = w.last, !last.isLetter, !last.isNumber { w = w.dropLast() }
        while let first = w.first, !first.isLetter, !first.isNumber { w = w.dropFirst() }
        return w
    }
}
