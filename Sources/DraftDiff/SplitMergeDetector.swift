/// Phase 4 of the alignment: one paragraph that became several consecutive ones (a split), and
/// the reverse (a merge, found by running the same search with the drafts swapped).
///
/// Two shapes are recognised, from the side of the single paragraph `a`:
/// - `a` is paired with a paragraph `m`, and a free neighbour `b` of `m` holds what `m` lacks
///   of `a`: most of the leftover words of `a` appear in `b`, and most of `b`'s words appear
///   in `a` (or nearly all the leftover appears in `b`, which then may carry a new opening
///   phrase of its own). Repeating this grows a group to three or more parts.
/// - `a` is free, and two consecutive free paragraphs together read like it (Dice over their
///   joined words reaches the match threshold) while each is mostly contained in it.
struct SplitMergeDetector {
    /// The aligner's options.
    var options: DraftDiffer.Options

    /// Least share of a part's words that must occur in the single paragraph.
    static let minContainment = 0.6
    /// Least share of the single paragraph's leftover words a new part must supply.
    static let minLeftoverCoverage = 0.6

    /// One-to-many view of an alignment: side A holds the single paragraphs, side B the parts.
    struct Sides {
        var a: DraftSide
        var b: DraftSide
        var aToB: [Int?]
        var bToA: [Int?]
        var aFree: [Bool]
        var bFree: [Bool]
    }

    /// Finds splits (old → several new) and merges (several old → new) and records them.
    func detect(old: DraftSide, new: DraftSide, into alignment: inout Alignment) {
        var splitSides = Sides(a: old, b: new, aToB: alignment.oldToNew, bToA: alignment.newToOld,
                               aFree: (0..<old.count).map { !alignment.isOldTaken($0) },
                               bFree: (0..<new.count).map { !alignment.isNewTaken($0) })
        for (a, parts) in groups(&splitSides) {
            alignment.unpair(old: a)
            for part in parts { alignment.newToOld[part].map { alignment.unpair(old: $0) } }
            alignment.splits.append((old: a, new: parts))
            alignment.oldInGroup[a] = true
            for part in parts { alignment.newInGroup[part] = true }
        }
        var mergeSides = Sides(a: new, b: old, aToB: alignment.newToOld, bToA: alignment.oldToNew,
                               aFree: (0..<new.count).map { !alignment.isNewTaken($0) },
                               bFree: (0..<old.count).map { !alignment.isOldTaken($0) })
        for (a, parts) in groups(&mergeSides) {
            alignment.newToOld[a].map { alignment.unpair(old: $0) }
            for part in parts { alignment.unpair(old: part) }
            alignment.merges.append((old: parts, new: a))
            alignment.newInGroup[a] = true
            for part in parts { alignment.oldInGroup[part] = true }
        }
        alignment.splits.sort { $0.old < $1.old }
        alignment.merges.sort { $0.new < $1.new }
    }

    /// The groups found on `sides`: each single paragraph with its parts in order.
    func groups(_ sides: inout Sides) -> [(Int, [Int])] {
        var groupOf: [Int: [Int]] = [:]     // a → parts, while growing
        var ownerOfPart: [Int: Int] = [:]   // part → a
        // Shape 1: grow from a paired neighbour, left to right so chains extend.
        for b in 0..<sides.b.count where sides.bFree[b] {
            var best: (a: Int, parts: [Int], shared: Int)?
            for m in stride(from: b - 1, through: b + 1, by: 2) where m >= 0 && m < sides.b.count {
                guard let a = ownerOfPart[m] ?? sides.bToA[m] else { continue }
                let parts = groupOf[a] ?? [m]
                guard let shared = extends(a: sides.a.bag(a), parts: parts, of: sides.b, with: sides.b.bag(b)),
                      shared > (best?.shared ?? 0) else { continue }
                best = (a, parts, shared)
            }
            guard let best else { continue }
            let parts = (best.parts + [b]).sorted()
            groupOf[best.a] = parts
            for part in parts { ownerOfPart[part] = best.a }
            sides.bFree[b] = false
        }
        // Shape 2: two consecutive free parts that together read like one free paragraph. The
        // index over the free paragraphs of A is built only when there is such a pair to look up.
        let freeA = (0..<sides.a.count).filter { sides.aFree[$0] }
        let hasPairs = (0..<max(sides.b.count - 1, 0)).contains { b in
            sides.bFree[b] && sides.bFree[b + 1] && sides.b.section(b) == sides.b.section(b + 1)
        }
        if !freeA.isEmpty, hasPairs {
            var index = ShingleIndex(side: sides.a, entries: freeA, size: options.shingleSize,
                                     maxPostings: options.maxShinglePostings)
            var found: [(a: Int, b: Int, score: Double)] = []
            for b in (0..<sides.b.count).dropLast() where sides.bFree[b] && sides.bFree[b + 1] {
                guard sides.b.section(b) == sides.b.section(b + 1) else { continue }
                let firstBag = sides.b.bag(b), secondBag = sides.b.bag(b + 1)
                let joined = Similarity.sum([firstBag, secondBag])
                for a in index.candidates(for: sides.b.words(b) + sides.b.words(b + 1),
                                          limit: options.candidatesPerParagraph) {
                    let whole = sides.a.bag(a)
                    let score = Similarity.dice(whole, joined)
                    guard score >= options.matchThreshold,
                          score > Similarity.dice(whole, firstBag), score > Similarity.dice(whole, secondBag),
                          containment(of: firstBag, in: whole) >= Self.minContainment,
                          containment(of: secondBag, in: whole) >= Self.minContainment else { continue }
                    found.append((a, b, score))
                }
            }
            found.sort { $0.score != $1.score ? $0.score > $1.score : $0.b < $1.b }
            for match in found where sides.aFree[match.a] && sides.bFree[match.b] && sides.bFree[match.b + 1] {
                sides.aFree[match.a] = false
                sides.bFree[match.b] = false
                sides.bFree[match.b + 1] = false
                groupOf[match.a] = [match.b, match.b + 1]
            }
        }
        return groupOf.filter { $0.value.count > 1 }.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
    }

    /// When `candidate` supplies what paragraphs `parts` of `side` lack of `whole`, the number
    /// of leftover words it supplies; nil when it does not read as another part. `whole` and
    /// `candidate` are word multisets (``DraftSide/bag(_:)``).
    private func extends(a whole: ArraySlice<Int32>, parts: [Int], of side: DraftSide,
                         with candidate: ArraySlice<Int32>) -> Int? {
        let contained = containment(of: candidate, in: whole)
        // Both ways of fitting below need at least this much: settled before any list is made.
        guard contained >= 0.3 else { return nil }
        let leftover = parts.count == 1
            ? Similarity.subtracting(whole, side.bag(parts[0]))
            : Similarity.subtracting(whole, Similarity.sum(parts.map { side.bag($0) }))
        let shared = Similarity.overlap(leftover, candidate)
        let coverage = Double(shared) / Double(max(leftover.count, 1))
        // Either the part is mostly made of the whole's words, or it supplies nearly all of the
        // leftover (a part may carry a new opening: "Stressing the need for action …").
        let fits = (shared >= 2 && coverage >= Self.minLeftoverCoverage && contained >= Self.minContainment)
            || (shared >= 3 && coverage >= 0.8 && contained >= 0.3)
        return fits ? shared : nil
    }

    /// The share of the words of `part` that occur in `whole`.
    private func containment<Part: RandomAccessCollection<Int32>>(of part: Part, in whole: ArraySlice<Int32>) -> Double {
        guard !part.isEmpty else { return 0 }
        return Double(Similarity.overlap(part, whole)) / Double(part.count)
    }
}
