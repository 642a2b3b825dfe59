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
    static func complement(core: String, following: ArraySlice<String>) -> Int {
        let next = following.first?.lowercased() ?? ""
        switch core {
        case "call", "calls", "calling", "called":
            return ["on", "upon", "for"].contains(next) ? 1 : 0
        case "take", "takes", "taking", "took", "taken":
            return next == "note" ? 1 : 0
        case "bearing", "bear", "bears", "keeping":
            if next == "in", following.dropFirst().first?.lowercased() == "mind" { return 2 }
            return 0
        case "draw", "draws", "drawing":
            return next == "attention" ? 1 : 0
        case "noting", "note", "notes", "noted":
            guard next == "with" else { return 0 }
            let feelings: Set<String> = ["concern", "appreciation", "satisfaction", "interest", "regret",
                                         "alarm", "grave", "deep", "serious", "great", "particular", "gratitude"]
            let third = following.dropFirst().first?.lowercased() ?? ""
            guard feelings.contains(third) else { return 0 }
            let fourth = following.dropFirst(2).first?.lowercased() ?? ""
            return ["grave", "deep", "serious", "great", "particular"].contains(third)
                && ["concern", "appreciation", "satisfaction", "interest", "regret", "alarm"].contains(fourth) ? 3 : 2
        case "expressing", "express", "expresses":
            var n = 0
            var rest = following
            if let w = rest.first?.lowercased(), ["deep", "grave", "serious", "its", "our", "great", "sincere", "profound", "strong", "full"].contains(w) {
                n += 1
                rest = rest.dropFirst()
            }
            if let w = rest.first?.lowercased(), ["concern", "appreciation", "gratitude", "support", "regret", "alarm", "condolences", "solidarity", "hope", "satisfaction"].contains(w) {
                return n + 1
            }
            return 0
        case "having":
            return next.isEmpty ? 0 : 1
        case "recommend", "recommends", "recommending":
            return 0
        default:
            return 0
        }
    }

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
        // Up to eight words are enough for the longest phrase.
        var words: [String] = []
        words.reserveCapacity(8)
        var start: String.Index? = nil
        var index = text.startIndex
        let textEnd = text.endIndex
        while index < textEnd, words.count < 8 {
            if text.utf8[index] == UInt8(ascii: " ") {
                if let s = start { words.append(String(text[s..<index])); start = nil }
            } else if start == nil {
                start = index
            }
            index = text.utf8.index(after: index)
        }
        if let s = start, words.count < 8 { words.append(String(text[s..<index])) }
        guard !words.isEmpty else { return ("", .unknown) }
        let cleaned = words.map { stripPunctuation($0) }
        if cleaned[0].lowercased() == "we" || cleaned[0].lowercased() == "it" && cleaned.count > 2 && cleaned[2].lowercased() == "resolved" {
            return (cleaned[0], .operative)
        }
        var i = 0
        while i < cleaned.count - 1, modifiers.contains(cleaned[i].lowercased()) {
            if cleaned[i].lowercased() == "once", cleaned[i + 1].lowercased() == "again" { i += 2; continue }
            i += 1
        }
        let core = cleaned[min(i, cleaned.count - 1)]
        let coreLower = core.lowercased()
        let extra = complement(core: coreLower, following: cleaned[(i + 1)...])
        let end = min(cleaned.count, i + 1 + extra)
        // The last word of the phrase loses trailing punctuation ("Aware," → "Aware").
        let lead = cleaned[0..<end].joined(separator: " ")
        return (lead, classify(coreLower))
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
        // ASCII fast path: trim bytes that are not letters or digits.
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            func keep(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            guard let first = utf8.firstIndex(where: keep), let last = utf8.lastIndex(where: keep) else { return "" }
            if first == utf8.startIndex, last == utf8.index(before: utf8.endIndex) { return word }
            return String(word[first...last])
        }
        var w = Substring(word)
        while let last = w.last, !last.isLetter, !last.isNumber { w = w.dropLast() }
        while let first = w.first, !first.isLetter, !first.isNumber { w = w.dropFirst() }
        return String(w)
    }
}
