/// A scored match between a draft paragraph and one corpus paragraph.
struct CandidateMatch {
    /// The part of the corpus.
    var part: Int
    /// The paragraph in that part's index.
    var paragraph: Int
    /// The weighted word-sequence similarity: 2 × weight of the words common to both, in order
    /// / weight of the words of both.
    var similarity: Double
    /// The share of the draft paragraph's word weight found, in order, in the corpus paragraph.
    var containment: Double
    /// True when the draft paragraph and a neighbour together carry the corpus paragraph: the
    /// draft paragraph was split off it.
    var splitOff = false

    /// The match score: the containment for a split-off paragraph, else the similarity.
    var score: Double { splitOff ? containment : similarity }
}

/// The draft paragraph's words reduced to what a query needs, for one corpus part.
struct ParagraphQuery {
    /// Word ids in the part's vocabulary, in text order.
    var words: [Int32]
    /// Sorted distinct shingle hashes.
    var shingles: [UInt64]

    init(words: [String], part: PriorCorpus.Part) {
        self.words = part.index.wordIDs(words, lookup: part.lookup)
        self.shingles = ParagraphSignature.shingles(self.words)
    }
}

/// Finds, in one corpus part, the paragraphs that share most word shingles with a draft
/// paragraph, and scores them exactly.
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

    /// The scores of corpus paragraph `p` for `words`, or nil when neither its similarity nor
    /// its containment can reach `floor` (checked first on word multisets, an upper bound).
    /// `sorted` is `words` sorted and `ownWeight` is ``weight(of:)`` of `words`, made once by
    /// the caller for all the candidates of a paragraph.
    func score(_ words: [Int32], sorted: [Int32], weight ownWeight: Double, against p: Int,
               floor: Double) -> CandidateMatch? {
        let other = part.index.words(of: p)
        guard !other.isEmpty, !words.isEmpty else { return nil }
        let otherWeight = weight(of: other)
        let bagCommon = sharedWeight(sorted, other.sorted())
        guard max(2 * bagCommon / (ownWeight + otherWeight), bagCommon / ownWeight) >= floor else { return nil }
        let common = sequenceWeight(words, other)
        return CandidateMatch(part: partNumber, paragraph: p, similarity: 2 * common / (ownWeight + otherWeight),
                              containment: common / ownWeight)
    }

    /// The weighted similarity of the word sequences `words` and corpus paragraph `p`.
    func similarity(_ words: [Int32], _ p: Int) -> Double {
        let other = part.index.words(of: p)
        let total = weight(of: words) + weight(of: other)
        return total > 0 ? 2 * sequenceWeight(words, other) / total : 0
    }

    /// The summed weight of `words` in the part.
    func weight(of words: [Int32]) -> Double {
        words.reduce(0) { $0 + part.weight($1) }
    }

    /// The weight of the words two sorted multisets share.
    private func sharedWeight(_ a: [Int32], _ b: [Int32]) -> Double {
        var shared = 0.0
        Similarity.forEachShared(a, b) { shared += part.weight($0) }
        return shared
    }

    /// The weight of the words common to both sequences, in order (a longest common
    /// subsequence from ``MyersDiff``).
    private func sequenceWeight(_ a: [Int32], _ b: [Int32]) -> Double {
        var common = 0.0
        for step in MyersDiff.diff(a, b, maxEdits: 400) {
            if case .equal(let old, _) = step { common += part.weight(a[old]) }
        }
        return common
    }
}
