/// Phase 1 of the alignment: paragraphs whose canonical text (``CanonicalText``) is identical.
///
/// A text that occurs the same number of times on both sides pairs its k-th occurrence with
/// the k-th. When the counts differ (a repeated paragraph was added or dropped), the
/// occurrences are paired in order so that their relative positions in the documents are as
/// close as possible.
enum ExactMatcher {
    /// Above this many (old × new) occurrences of one text, occurrences are paired k-th to k-th.
    static let dynamicProgrammingLimit = 20_000

    /// Pairs every paragraph of `new` whose normalised text also occurs in `old`.
    static func match(old: DraftSide, new: DraftSide, into alignment: inout Alignment) {
        // Each side's occurrences of each text in order (``TextOccurrences``), made when the side
        // was prepared; a bucket is split by the actual bytes only when its hashes collide.
        // Texts are taken in the order of their first occurrence in the new draft.
        let oldFirst = old.occurrences.table, newFirst = new.occurrences.table
        let order = new.hashes.indices.compactMap { i -> UInt64? in
            let hash = new.hashes[i]
            return newFirst[hash]?.first == i && oldFirst[hash] != nil ? hash : nil
        }
        // The texts are independent of one another: their pairs are found in two halves, one
        // per core on long drafts (checking the bytes of every pair reads both drafts whole),
        // then recorded here.
        let halves = order.count >= Parallelism.minimumParagraphs ? 2 : 1
        let found = ParallelResults.map(count: halves, inParallel: halves == 2) { half in
            pairs(of: order[order.count * half / halves ..< order.count * (half + 1) / halves], old: old, new: new)
        }
        for part in found {
            for (o, n) in part { alignment.pair(o, n, exact: true) }
        }
    }

    /// The pairs of identical paragraphs among the occurrences of the texts `hashes` (each
    /// occurring on both sides).
    private static func pairs(of hashes: ArraySlice<UInt64>, old: DraftSide, new: DraftSide) -> [(Int, Int)] {
        let (oldFirst, nextOld) = (old.occurrences.table, old.occurrences.next)
        let (newFirst, nextNew) = (new.occurrences.table, new.occurrences.next)
        let oldScale = 1.0 / Double(max(old.count, 1))
        let newScale = 1.0 / Double(max(new.count, 1))
        var result: [(Int, Int)] = []
        result.reserveCapacity(hashes.count)
        old.bytes.withUnsafeBufferPointer { oldBytes in
            new.bytes.withUnsafeBufferPointer { newBytes in
                func same(_ o: Int, _ n: Int) -> Bool {
                    CanonicalText.bytesEqual(old.canonical(o, in: oldBytes), new.canonical(n, in: newBytes))
                }
                for hash in hashes {
                    guard let oldChain = oldFirst[hash], let newChain = newFirst[hash] else { continue }
                    if nextOld[oldChain.first] < 0, nextNew[newChain.first] < 0 {
                        // The common case: a text that occurs once on each side.
                        if same(oldChain.first, newChain.first) { result.append((oldChain.first, newChain.first)) }
                        continue
                    }
                    var olds = chain(from: oldChain.first, next: nextOld)
                    var news = chain(from: newChain.first, next: nextNew)
                    // Each text of the bucket in turn (nearly always one), its occurrences on both sides.
                    while let text = olds.first {
                        let isText = { (o: Int) in
                            CanonicalText.bytesEqual(old.canonical(o, in: oldBytes), old.canonical(text, in: oldBytes))
                        }
                        let sameOld = olds.filter(isText)
                        olds.removeAll(where: isText)
                        let sameNew = news.filter { same(text, $0) }
                        news.removeAll { same(text, $0) }
                        result += pairOccurrences(sameOld, sameNew, oldScale: oldScale, newScale: newScale)
                    }
                }
            }
        }
        return result
    }

    private static func chain(from first: Int, next: [Int]) -> [Int] {
        var out: [Int] = []
        var i = first
        while i >= 0 {
            out.append(i)
            i = next[i]
        }
        return out
    }

    /// The pairs of the occurrences of one text: k-th with k-th when the counts agree, else in
    /// order by nearest relative position.
    private static func pairOccurrences(_ oldPositions: [Int], _ newPositions: [Int], oldScale: Double,
                                        newScale: Double) -> [(Int, Int)] {
        guard !oldPositions.isEmpty, !newPositions.isEmpty else { return [] }
        if oldPositions.count == newPositions.count
            || oldPositions.count * newPositions.count > dynamicProgrammingLimit {
            return Array(zip(oldPositions, newPositions))
        }
        return closestMonotonePairs(
            oldPositions.map { Double($0) * oldScale }, newPositions.map { Double($0) * newScale }
        ).map { (oldPositions[$0.0], newPositions[$0.1]) }
    }

    /// Pairs every element of the shorter list with one of the longer, in order, minimising the
    /// sum of distances. Returns index pairs (into `a`, into `b`).
    static func closestMonotonePairs(_ a: [Double], _ b: [Double]) -> [(Int, Int)] {
        if a.count < b.count {
            return closestMonotonePairs(b, a).map { ($0.1, $0.0) }
        }
        // a is the longer list: every b[j] takes some a[i], strictly increasing in i.
        let m = a.count, k = b.count
        guard k > 0 else { return [] }
        // cost[i][j]: best cost placing b[0..<j] within a[0..<i]; stored row-major, (m+1)×(k+1).
        let width = k + 1
        var cost = Array(repeating: Double.infinity, count: (m + 1) * width)
        var took = Array(repeating: false, count: (m + 1) * width)
        for i in 0...m { cost[i * width] = 0 }
        for i in 1...m {
            for j in 1...min(i, k) {
                let skip = cost[(i - 1) * width + j]
                let take = cost[(i - 1) * width + j - 1] + abs(a[i - 1] - b[j - 1])
                if take <= skip {
                    cost[i * width + j] = take
                    took[i * width + j] = true
                } else {
                    cost[i * width + j] = skip
                }
            }
        }
        var pairs: [(Int, Int)] = []
        var i = m, j = k
        while j > 0, i > 0 {
            if took[i * width + j] {
                pairs.append((i - 1, j - 1))
                j -= 1
            }
            i -= 1
        }
        return pairs.reversed()
    }
}

/// Where each text of one draft occurs: the first and last paragraph under each canonical-text
/// hash in ``table``, and from each paragraph the next one with the same hash in ``next`` (-1
/// at the end of a chain). Made with the draft's ``DraftSide``, on the thread that prepares it,
/// so that exact matching only has to look texts up.
struct TextOccurrences: Sendable {
    /// First and last position of each hash.
    let table: ChainTable
    /// The next position with the same hash, or -1.
    let next: [Int]

    /// The occurrences of `hashes`, one per paragraph in order.
    init(_ hashes: [UInt64]) {
        var table = ChainTable(capacity: hashes.count)
        var next = Array(repeating: -1, count: hashes.count)
        for (i, hash) in hashes.enumerated() { table.append(i, hash: hash, next: &next) }
        self.table = table
        self.next = next
    }
}

/// Chains of positions by text hash, for ``ExactMatcher``: an open-addressing table keyed by the
/// ``CanonicalText/hash(_:)`` of the canonical text (already well mixed, so no second hash
/// is needed).
struct ChainTable: Sendable {
    private var hashes: [UInt64]
    private var firsts: [Int]
    private var lasts: [Int]
    private let mask: Int

    /// A table for up to `capacity` distinct hashes.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        firsts = Array(repeating: -1, count: size)
        lasts = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    private func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while firsts[slot] >= 0, hashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    /// The first and last positions chained under `hash`.
    subscript(hash: UInt64) -> (first: Int, last: Int)? {
        let slot = slot(of: hash)
        return firsts[slot] >= 0 ? (firsts[slot], lasts[slot]) : nil
    }

    /// Appends `position` to the chain of `hash` (linking it from the last one in `next`).
    /// Returns true when the chain is new.
    @discardableResult
    mutating func append(_ position: Int, hash: UInt64, next: inout [Int]) -> Bool {
        let slot = slot(of: hash)
        if firsts[slot] >= 0 {
            next[lasts[slot]] = position
            lasts[slot] = position
            return false
        }
        hashes[slot] = hash
        firsts[slot] = position
        lasts[slot] = position
        return true
    }
}
