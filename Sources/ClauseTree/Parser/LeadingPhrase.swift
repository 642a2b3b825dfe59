import Foundation

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
    /// `following` are the lowercased words after the core word.
    static func complement(core: String, following: ArraySlice<String>) -> Int {
        // One hash lookup instead of a string comparison per case below, for most words.
        guard complementCores.contains(core) else { return 0 }
        let next = following.first ?? ""
        switch core {
        case "call", "calls", "calling", "called":
            switch next {
            case "on", "upon", "for": return 1
            default: return 0
            }
        case "take", "takes", "taking", "took", "taken":
            return next == "note" ? 1 : 0
        case "bearing", "bear", "bears", "keeping":
            if next == "in", following.dropFirst().first == "mind" { return 2 }
            return 0
        case "draw", "draws", "drawing":
            return next == "attention" ? 1 : 0
        case "noting", "note", "notes", "noted":
            guard next == "with" else { return 0 }
            let third = following.dropFirst().first ?? ""
            guard noteFeelings.contains(third) else { return 0 }
            let fourth = following.dropFirst(2).first ?? ""
            return noteIntensifiers.contains(third) && noteFeelingNouns.contains(fourth) ? 3 : 2
        case "expressing", "express", "expresses":
            var n = 0
            var rest = following
            if let w = rest.first, expressAdjectives.contains(w) {
                n += 1
                rest = rest.dropFirst()
            }
            if let w = rest.first, expressNouns.contains(w) {
                return n + 1
            }
            return 0
        case "having":
            return next.isEmpty ? 0 : 1
        default:
            return 0
        }
    }

    /// The core words `complement(core:following:)` knows.
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

    /// The leading phrase of `text` as printed, and how it classifies.
    static func find(in text: String) -> (lead: String, kind: LeadKind) {
        var copy = text
        if let found = copy.withUTF8(findASCII) { return found }
        return findUnicode(in: text)
    }

    /// Up to eight words are enough for the longest phrase. The fast path: the first eight
    /// words are cut at spaces and trimmed of punctuation on bytes. Nil when one of them is not
    /// ASCII (then ``findUnicode(in:)`` does the same on characters).
    private static func findASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (lead: String, kind: LeadKind)? {
        func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        var words: [Range<Int>] = []
        words.reserveCapacity(8)
        var i = 0
        let count = bytes.count
        while words.count < 8 {
            while i < count, bytes[i] == UInt8(ascii: " ") { i += 1 }
            guard i < count else { break }
            var lower = i
            while i < count, bytes[i] != UInt8(ascii: " ") {
                if bytes[i] >= 0x80 { return nil }
                i += 1
            }
            var upper = i
            while lower < upper, !keep(bytes[lower]) { lower += 1 }
            while upper > lower, !keep(bytes[upper - 1]) { upper -= 1 }
            words.append(lower..<upper)
        }
        guard !words.isEmpty else { return ("", .unknown) }
        let lowered = words.map { range in
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for (k, b) in bytes[range].enumerated() { buffer[k] = ByteText.lower(b) }
                return range.count
            }
        }
        return decide(lowered) { end in
            var lead: [UInt8] = []
            for (k, range) in words[0..<end].enumerated() {
                if k > 0 { lead.append(UInt8(ascii: " ")) }
                lead.append(contentsOf: bytes[range])
            }
            return String(decoding: lead, as: UTF8.self)
        }
    }

    /// ``find(in:)`` on characters, for text that is not ASCII.
    private static func findUnicode(in text: String) -> (lead: String, kind: LeadKind) {
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
        return decide(cleaned.map(lowercase)) { end in cleaned[0..<end].joined(separator: " ") }
    }

    /// The phrase from the lowercased first words: modifiers, the core word, its complement.
    /// `lead(n)` joins the first `n` words as printed (punctuation trimmed).
    private static func decide(_ lowered: [String], lead: (Int) -> String) -> (lead: String, kind: LeadKind) {
        if lowered[0] == "we" || lowered[0] == "it" && lowered.count > 2 && lowered[2] == "resolved" {
            return (lead(1), .operative)
        }
        var i = 0
        while i < lowered.count - 1, modifiers.contains(lowered[i]) {
            if lowered[i] == "once", lowered[i + 1] == "again" { i += 2; continue }
            i += 1
        }
        let coreLower = lowered[min(i, lowered.count - 1)]
        let extra = complement(core: coreLower, following: lowered[min(i + 1, lowered.count)...])
        // The last word of the phrase loses trailing punctuation ("Aware," → "Aware").
        return (lead(min(lowered.count, i + 1 + extra)), classify(coreLower))
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
        if preambularWords.contains(word) { return .preambular }
        if operativeVerbs.contains(word) { return .operative }
        if word.hasSuffix("s"), operativeVerbs.contains(String(word.dropLast())) { return .operative }
        if word.hasSuffix("es"), operativeVerbs.contains(String(word.dropLast(2))) { return .operative }
        if word.hasSuffix("ing") || word.hasSuffix("ed") { return .preambular }
        return .unknown
    }

    /// True when the lexicon knows the core word of `lead` (for the drafting check).
    static func isKnown(_ lead: String) -> Bool {
        let words = lead.split(separator: " ").map { $0.lowercased() }
        guard let core = words.first(where: { !modifiers.contains($0) }) ?? words.last else { return false }
        let kind = classify(core)
        if kind == .unknown { return false }
        // "-ing"/"-ed" words are only guesses; the common drafting participles are listed here.
        if kind == .preambular, !preambularWords.contains(core) {
            return knownParticiples.contains(core)
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
