/// A scored match between a draft paragraph and one corpus paragraph.
struct CandidateMatch {
    /// The part of the corpus.
    var part: Int
    /// The paragraph in that part's index.
    var paragraph: Int
    /// 2 × words in common, in order / (words of both): the word-sequence Dice coefficient.
    var sequenceSimilarity: Double
    /// The share of the draft paragraph's distinct word shingles found in the corpus paragraph.
    var containment: Double

    /// The match score: the larger of the two measures.
    var score: Double { max(sequenceSimilarity, containment) }
}

/// The draft paragraph's words reduced to what a query needs, for one corpus part.
struct ParagraphQuery {
    /// Word ids in the part's vocabulary, in text order.
    var words: [Int32]
    /// ``words`` sorted: the word multiset.
    var bag: [Int32]
    /// Sorted distinct shingle hashes.
    var shingles: [UInt64]

    init(words: [String], part: PriorCorpus.Part) {
        self.words = part.index.wordIDs(words, lookup: part.lookup)
        self.bag = self.words.sorted()
        self.shingles = ParagraphSignature.shingles(self.words)
    }
}

/// Finds, in one corpus part, the paragraphs that share most word shingles with a draft
/// paragraph, then scores the best of them exactly.
///
/// Shingles held by more than ``maxPostings`` paragraphs (formulaic openings such as "APPF
/// Member States to") are not used to propose candidates unless the paragraph has no other,
/// which keeps a query's cost bounded by the rare shingles it contains.
struct CandidateSearch {
    /// The part searched.
    let part: PriorCorpus.Part
    /// The part's position in the corpus.
    let partNumber: Int
    /// Shingles with more postings than this do not propose candidates.
    let maxPostings: Int
    /// Per-paragraph shared-shingle counters, zero between queries.
    private var counts: [Int32]
    private var touched: [Int] = []

    init(part: PriorCorpus.Part, partNumber: Int) {
        self.part = part
        self.partNumber = partNumber
        self.maxPostings = max(500, part.index.paragraphCount / 20)
        self.counts = Array(repeating: 0, count: part.index.paragraphCount)
    }

    /// Up to `limit` paragraphs sharing the most shingles with `query`, excluded files left out.
    mutating func candidates(_ query: ParagraphQuery, limit: Int) -> [Int] {
        var lists: [ArraySlice<UInt32>] = []
        var frequent: [ArraySlice<UInt32>] = []
        for shingle in query.shingles {
            let list = part.index.postings(of: shingle)
            guard !list.isEmpty else { continue }
            if list.count <= maxPostings { lists.append(list) } else { frequent.append(list) }
        }
        if lists.isEmpty { lists = frequent }
        for list in lists {
            for p in list {
                let entry = Int(p)
                if counts[entry] == 0 { touched.append(entry) }
                counts[entry] += 1
            }
        }
        var found: [(paragraph: Int, count: Int32)] = []
        found.reserveCapacity(touched.count)
        for entry in touched {
            if !part.excluded.contains(Int(part.index.paragraphFile[entry])) { found.append((entry, counts[entry])) }
            counts[entry] = 0
        }
        touched.removeAll(keepingCapacity: true)
        if found.count > limit {
            found.sort { $0.count != $1.count ? $0.count > $1.count : $0.paragraph < $1.paragraph }
            found.removeLast(found.count - limit)
        }
        return found.map(\.paragraph)
    }

    /// The exact score of corpus paragraph `p` for `query`, or nil when it cannot reach `floor`.
    func score(_ query: ParagraphQuery, against p: Int, floor: Double) -> CandidateMatch? {
        let words = part.index.words(of: p)
        guard !words.isEmpty, !query.words.isEmpty else { return nil }
        let shingles = ParagraphSignature.shingles(words)
        // Containment speaks for a split-off part, not for a short phrase inside a long text.
        var containment = 0.0
        if words.count <= 4 * query.words.count, !query.shingles.isEmpty {
            containment = Double(ParagraphSignature.sharedCount(query.shingles, shingles)) / Double(query.shingles.count)
        }
        let bagDice = Similarity.dice(query.bag, words.sorted())
        guard max(bagDice, containment) >= floor else { return nil }
        var sequence = 0.0
        if bagDice > containment {
            let steps = MyersDiff.diff(query.words, words, maxEdits: 400)
            var common = 0
            for step in steps { if case .equal = step { common += 1 } }
            sequence = Double(2 * common) / Double(query.words.count + words.count)
        }
        return CandidateMatch(part: partNumber, paragraph: p, sequenceSimilarity: sequence, containment: containment)
    }
}
