import ClauseTree

/// Says, for every paragraph of a draft, whether its language is new, reused word for word from
/// an earlier resolution, or adapted from one — and from where.
///
/// - **reused**: some earlier paragraph has the same text, ignoring layout, the number and a
///   final `;`, `,` or `.` (see ``Tokenizer`` for what layout covers).
/// - **adapted**: otherwise, when an earlier paragraph's similarity reaches ``threshold``: the
///   weighted word-sequence similarity, 2 × weight of the words common to both in order /
///   weight of the words of both, each word weighing its inverse document frequency in the
///   corpus (``CorpusIndex/wordWeights()``), so that formulaic words count little. A paragraph
///   split off an earlier one is adapted from it when its containment (the share of its weight
///   found in order in the earlier paragraph) reaches the threshold and, joined with the draft
///   paragraph before or after it, it is similar to the earlier paragraph; its score is then
///   the containment.
/// - **new**: otherwise.
///
/// Candidates come from each index's shingle postings (``CorpusIndex``), never from all pairs:
/// the ``candidateLimit`` paragraphs sharing most shingles are scored exactly.
///
/// When several earlier files carry a paragraph equally well, the source named is the one in
/// the file the draft borrows most from overall, so that sources concentrate on the closest
/// documents.
///
/// ```swift
/// let corpus = try PriorCorpus.load(["priors/"], excluding: "draft.txt")
/// let report = AddedSinceFinder().report(for: draft, against: corpus)
/// ```
public struct AddedSinceFinder: Sendable {
    /// The score needed for `adapted` (default ``defaultThreshold``).
    public var threshold: Double
    /// Candidates scored exactly per draft paragraph and corpus part (default 20).
    public var candidateLimit: Int

    /// The default threshold, 0.8. On generated corpora (copies edited by one to three words
    /// among paragraphs written from one small vocabulary) it keeps precision and recall of
    /// "not new" at about 0.98 against 30 earlier resolutions; lower it (0.5–0.6) to catch
    /// looser rewrites, raise it when unrelated boilerplate is reported as adapted.
    public static let defaultThreshold = 0.8

    /// Creates a finder.
    public init(threshold: Double = AddedSinceFinder.defaultThreshold, candidateLimit: Int = 20) {
        self.threshold = threshold
        self.candidateLimit = candidateLimit
    }

    /// What was found for one draft paragraph before sources are chosen.
    private enum Finding {
        case new
        case reused([(part: Int, paragraph: Int)])
        case adapted([CandidateMatch])
    }

    /// The status of every top-level paragraph of `draft` against `corpus`.
    public func report(for draft: Resolution, against corpus: PriorCorpus) -> AddedSinceReport {
        var searches = corpus.parts.enumerated().map { CandidateSearch(part: $0.element, partNumber: $0.offset) }
        let paragraphs = draft.paragraphs
        let signatures = paragraphs.map(ParagraphSignature.init)
        let queries = corpus.parts.map { part in signatures.map { ParagraphQuery(words: $0.words, part: part) } }
        let findings = paragraphs.indices.map { find($0, signatures: signatures, queries: queries, in: corpus, searches: &searches) }
        let ranking = FileRanking(corpus: corpus)
        var firstPass = ranking
        for finding in findings { firstPass.count(finding: finding, corpus: corpus, chosen: nil) }
        var final = ranking
        var origins: [ParagraphOrigin] = []
        var sourceTexts = SourceTexts(corpus: corpus)
        for (paragraph, finding) in zip(paragraphs, findings) {
            switch finding {
            case .new:
                origins.append(ParagraphOrigin(paragraph: paragraph, status: .new, similarity: nil, source: nil))
            case .reused(let holders):
                let best = holders.min { firstPass.rank(of: $0, in: corpus) < firstPass.rank(of: $1, in: corpus) } ?? holders[0]
                final.count(finding: finding, corpus: corpus, chosen: nil)
                origins.append(ParagraphOrigin(paragraph: paragraph, status: .reused, similarity: 1,
                                               source: corpus.location(best), copies: holders.count))
            case .adapted(let matches):
                let top = matches.map(\.score).max() ?? 0
                let best = matches.filter { $0.score >= top - 1e-9 }
                    .min { firstPass.rank(of: ($0.part, $0.paragraph), in: corpus) < firstPass.rank(of: ($1.part, $1.paragraph), in: corpus) }
                    ?? matches[0]
                final.count(finding: finding, corpus: corpus, chosen: (best.part, best.paragraph))
                let source = corpus.location((best.part, best.paragraph))
                let words = sourceTexts.text(of: (best.part, best.paragraph)).map {
                    WordDiff.changes(from: $0, to: paragraph.fullText)
                } ?? []
                origins.append(ParagraphOrigin(paragraph: paragraph, status: .adapted, similarity: best.score,
                                               source: source, copies: 1, words: words, splitOff: best.splitOff))
            }
        }
        return AddedSinceReport(paragraphs: origins, sources: final.tallies(), priorFiles: corpus.fileCount,
                                priorParagraphs: corpus.paragraphCount, threshold: threshold)
    }

    private func find(_ position: Int, signatures: [ParagraphSignature], queries: [[ParagraphQuery]],
                      in corpus: PriorCorpus, searches: inout [CandidateSearch]) -> Finding {
        var holders: [(part: Int, paragraph: Int)] = []
        for (number, part) in corpus.parts.enumerated() {
            for p in part.index.paragraphs(withExactKey: signatures[position].exactKey)
            where !part.excluded.contains(Int(part.index.paragraphFile[p])) {
                holders.append((number, p))
            }
        }
        if !holders.isEmpty { return .reused(holders) }
        var matches: [CandidateMatch] = []
        for number in searches.indices {
            let query = queries[number][position]
            let neighbours = [position - 1, position + 1].filter { queries[number].indices.contains($0) }
            let candidates = searches[number].candidates(query, limit: candidateLimit)
            guard !candidates.isEmpty else { continue }
            let sorted = query.words.sorted(), weight = searches[number].weight(of: query.words)
            for p in candidates {
                guard var match = searches[number].score(query.words, sorted: sorted, weight: weight, against: p,
                                                         floor: threshold) else { continue }
                if match.similarity < threshold {
                    // Split off: most of this paragraph is in the earlier one, and this paragraph
                    // with its neighbour carries the earlier one.
                    guard match.containment >= threshold else { continue }
                    let carried = neighbours.contains { k in
                        let joined = k < position ? queries[number][k].words + query.words : query.words + queries[number][k].words
                        return searches[number].similarity(joined, p) >= threshold
                    }
                    guard carried else { continue }
                    match.splitOff = true
                }
                matches.append(match)
            }
        }
        let top = matches.map(\.score).max() ?? 0
        matches.removeAll { $0.score < top - 1e-9 }
        return matches.isEmpty ? .new : .adapted(matches)
    }

    /// Counts, per earlier file, the draft paragraphs it carries, and ranks the files.
    private struct FileRanking {
        /// Tallies keyed by (part, file).
        var reused: [Int: [Int: Int]] = [:]
        var adapted: [Int: [Int: Int]] = [:]
        let corpus: PriorCorpus

        init(corpus: PriorCorpus) { self.corpus = corpus }

        mutating func count(finding: Finding, corpus: PriorCorpus, chosen: (Int, Int)?) {
            switch finding {
            case .new:
                break
            case .reused(let holders):
                var files = Set<[Int]>()
                for (part, p) in holders { files.insert([part, Int(corpus.parts[part].index.paragraphFile[p])]) }
                for file in files { reused[file[0], default: [:]][file[1], default: 0] += 1 }
            case .adapted(let matches):
                guard let (part, p) = chosen ?? matches.first.map({ ($0.part, $0.paragraph) }) else { return }
                adapted[part, default: [:]][Int(corpus.parts[part].index.paragraphFile[p]), default: 0] += 1
            }
        }

        /// Smaller is better: files carrying more of the draft first, then in corpus order.
        func rank(of paragraph: (Int, Int), in corpus: PriorCorpus) -> (Int, Int, Int) {
            let (part, p) = paragraph
            let file = Int(corpus.parts[part].index.paragraphFile[p])
            let total = (reused[part]?[file] ?? 0) + (adapted[part]?[file] ?? 0)
            return (-total, part, file)
        }

        func tallies() -> [SourceTally] {
            var keys = Set<[Int]>()
            for (part, files) in reused { for file in files.keys { keys.insert([part, file]) } }
            for (part, files) in adapted { for file in files.keys { keys.insert([part, file]) } }
            return keys.map { key in
                SourceTally(file: corpus.parts[key[0]].displayPath(ofFile: key[1]),
                            reused: reused[key[0]]?[key[1]] ?? 0, adapted: adapted[key[0]]?[key[1]] ?? 0)
            }.sorted { a, b in
                if a.total != b.total { return a.total > b.total }
                if a.reused != b.reused { return a.reused > b.reused }
                return a.file < b.file
            }
        }
    }
}

extension PriorCorpus {
    /// Where paragraph `paragraph` of part `part` stands.
    func location(_ ref: (part: Int, paragraph: Int)) -> PriorParagraphRef {
        let part = parts[ref.part]
        return part.index.location(of: ref.paragraph, file: part.displayPath(ofFile: Int(part.index.paragraphFile[ref.paragraph])))
    }
}
