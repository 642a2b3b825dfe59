/// Phases 2 and 3 of the alignment: pairs paragraphs whose text changed, from candidates the
/// surrounding matches and (for moves) the shingle index propose, scored by word similarity
/// and assigned greedily, best first. It runs twice: in place first, so that splits and merges
/// are recognised before a far-away look-alike can claim their parts, then anywhere.
///
/// A candidate standing in the same gap between exact matches as the paragraph (where an edit
/// in place would leave it) needs ``DraftDiffer/Options/matchThreshold``; one elsewhere needs
/// ``DraftDiffer/Options/moveThreshold``. Among near-equal scores the candidate nearer the
/// expected position wins, which keeps repeated near-identical paragraphs in order.
struct ParagraphAligner {
    /// The aligner's options.
    var options: DraftDiffer.Options

    private struct Candidate {
        var old: Int
        var new: Int
        var score: Double
        var priority: Double
    }

    /// Where candidates may stand.
    enum Scope {
        /// Only in the paragraph's own gap between matched neighbours: edits in place.
        case inPlace
        /// Anywhere: edits in place and moves.
        case anywhere
    }

    /// Pairs unmatched paragraphs of `new` with unmatched paragraphs of `old` within `scope`.
    func align(old: DraftSide, new: DraftSide, scope: Scope, into alignment: inout Alignment) {
        let freeOld = (0..<old.count).filter { !alignment.isOldTaken($0) }
        let freeNew = (0..<new.count).filter { !alignment.isNewTaken($0) }
        guard !freeOld.isEmpty, !freeNew.isEmpty else { return }
        let index = scope == .anywhere
            ? ShingleIndex(side: old, entries: freeOld, size: options.shingleSize,
                           maxPostings: options.maxShinglePostings)
            : nil
        let anchors = Anchors(alignment: alignment, oldCount: old.count, newCount: new.count)
        // Each new paragraph's candidates are found and scored independently: in two halves,
        // one per core, on long drafts. The order of the list does not matter (it is sorted
        // below by a total order).
        let halves = freeNew.count >= Parallelism.minimumParagraphs ? 2 : 1
        let parts = ParallelResults.map(count: halves) { [options] half in
            let part = freeNew.count * half / halves..<freeNew.count * (half + 1) / halves
            // Each half queries its own copy of the index (queries keep scratch counts in it).
            var index = index
            var candidates: [Candidate] = []
            let limit = max(1, options.candidatesPerParagraph)
            var seen: [Int] = []
            for n in freeNew[part] {
                let gap = anchors.gap(forNew: n)
                let found = index?.candidates(for: new.words(n), limit: limit) ?? []
                // At most 2 × limit candidates: a list is the cheapest set.
                seen.removeAll(keepingCapacity: true)
                func consider(_ o: Int) {
                    guard !seen.contains(o) else { return }
                    seen.append(o)
                    let score = Similarity.dice(old.bag(o), new.bag(n))
                    let inGap = gap.range.contains(o)
                    guard score >= (inGap ? options.matchThreshold : options.moveThreshold) else { return }
                    let distance = Double(abs(o - gap.expected))
                    let priority = score + (inGap ? 0.05 : 0) - 0.05 * min(1, distance / 10)
                    candidates.append(Candidate(old: o, new: n, score: score, priority: priority))
                }
                // Those in the gap first, then the index's.
                for o in anchors.freeOld(in: gap, sorted: freeOld, limit: limit) { consider(o) }
                for o in found { consider(o) }
            }
            return candidates
        }
        var candidates = parts.count == 2 ? parts[0] + parts[1] : parts.first ?? []
        candidates.sort {
            $0.priority != $1.priority ? $0.priority > $1.priority
                : ($0.new != $1.new ? $0.new < $1.new : $0.old < $1.old)
        }
        for candidate in candidates
        where !alignment.isOldTaken(candidate.old) && !alignment.isNewTaken(candidate.new) {
            // Texts that differ only in spacing around marks have the same tokens: not a change.
            alignment.pair(candidate.old, candidate.new, exact: old.keys(candidate.old) == new.keys(candidate.new))
        }
    }
}

/// Where an unmatched new paragraph would stand in the old draft, judged from the nearest
/// matched paragraphs before and after it.
struct Anchors {
    /// The old positions an in-place edit of the paragraph could occupy, and the single most
    /// likely one.
    struct Gap {
        /// Old positions between the neighbouring matches.
        var range: ClosedRange<Int>
        /// The most likely old position.
        var expected: Int
    }

    private let previous: [Int?]
    private let next: [Int?]
    private let newToOld: [Int?]
    private let oldCount: Int
    private let newCount: Int

    /// Anchors from the pairs made so far.
    init(alignment: Alignment, oldCount: Int, newCount: Int) {
        self.oldCount = oldCount
        self.newCount = newCount
        newToOld = alignment.newToOld
        var previous: [Int?] = Array(repeating: nil, count: newCount)
        var last: Int?
        for n in 0..<newCount {
            previous[n] = last
            if alignment.newToOld[n] != nil { last = n }
        }
        var next: [Int?] = Array(repeating: nil, count: newCount)
        last = nil
        for n in stride(from: newCount - 1, through: 0, by: -1) {
            next[n] = last
            if alignment.newToOld[n] != nil { last = n }
        }
        self.previous = previous
        self.next = next
    }

    /// The gap new paragraph `n` falls in.
    func gap(forNew n: Int) -> Gap {
        let before = previous[n].flatMap { p in newToOld[p].map { (new: p, old: $0) } }
        let after = next[n].flatMap { q in newToOld[q].map { (new: q, old: $0) } }
        let expected: Int
        if let before {
            expected = before.old + (n - before.new)
        } else if let after {
            expected = after.old - (after.new - n)
        } else {
            expected = newCount > 0 ? n * oldCount / newCount : 0
        }
        let clamped = min(max(expected, 0), max(oldCount - 1, 0))
        let lower = before.map { $0.old + 1 } ?? 0
        let upper = after.map { $0.old - 1 } ?? (oldCount - 1)
        if lower <= upper {
            return Gap(range: lower...upper, expected: min(max(clamped, lower), upper))
        }
        // Neighbours out of order (a move nearby) or adjacent: no room for an in-place edit.
        return Gap(range: clamped...clamped, expected: clamped)
    }

    /// Up to `limit` of the free old positions (`sorted` ascending) inside `gap`, nearest to
    /// its expected position first.
    func freeOld(in gap: Gap, sorted: [Int], limit: Int) -> [Int] {
        var low = sorted.lowerBound(of: gap.expected)
        var high = low
        var out: [Int] = []
        while out.count < limit {
            let leftOK = low > 0 && sorted[low - 1] >= gap.range.lowerBound
            let rightOK = high < sorted.count && sorted[high] <= gap.range.upperBound
            if !leftOK && !rightOK { break }
            if rightOK && (!leftOK || sorted[high] - gap.expected <= gap.expected - sorted[low - 1]) {
                out.append(sorted[high])
                high += 1
            } else {
                out.append(sorted[low - 1])
                low -= 1
            }
        }
        return out
    }
}
