/// An inverted index from word shingles (runs of consecutive words) to the paragraphs that
/// contain them, used to find likely partners for a paragraph without scoring all pairs.
///
/// Shingles shared by too many paragraphs ("APPF Member States") carry no information and are
/// skipped at query time, which keeps a query's cost bounded on large drafts.
///
/// The index is one open-addressing table over shingle hashes whose slots head chains of
/// postings in flat arrays: a few allocations per index, none per shingle.
struct ShingleIndex {
    /// Words per shingle. Paragraphs shorter than this are indexed by their single words.
    let size: Int
    /// Shingles with more postings than this are ignored by queries.
    let maxPostings: Int
    /// Per slot (a power of two of them): the shingle hash, its newest posting (-1 for an empty
    /// slot), its number of postings, and the last query that counted it.
    private var slotHashes: [UInt64]
    private var slotHeads: [Int32]
    private var slotCounts: [Int32]
    private var slotQueries: [Int32]
    /// Per posting: the entry holding the shingle, and the next older posting of that shingle
    /// (32 bits: checked when the index is built).
    private var postingEntries: [Int32] = []
    private var postingNext: [Int32] = []
    /// The caller's id of each entry.
    private let ids: [Int]
    /// Per-entry scratch counters for queries, indexed by entry.
    private var counts: [Int32]
    private var touched: [Int] = []
    private var queries: Int32 = 0

    /// An index over the words of paragraphs `entries` of `side` (entry i is paragraph
    /// `entries[i]`).
    init(side: DraftSide, entries: [Int], size: Int, maxPostings: Int) {
        self.size = size
        self.maxPostings = maxPostings
        self.counts = Array(repeating: 0, count: entries.count)
        self.ids = entries
        var shingles: [UInt64] = []
        var ends: [Int] = []
        ends.reserveCapacity(entries.count)
        for p in entries {
            Self.appendShingles(of: side.words(p), size: size, to: &shingles)
            ends.append(shingles.count)
        }
        var slots = 16
        while slots < 2 * shingles.count { slots *= 2 }
        slotHashes = Array(repeating: 0, count: slots)
        slotHeads = Array(repeating: -1, count: slots)
        slotCounts = Array(repeating: 0, count: slots)
        slotQueries = Array(repeating: 0, count: slots)
        postingEntries.reserveCapacity(shingles.count)
        postingNext.reserveCapacity(shingles.count)
        precondition(shingles.count < Int32.max, "too many shingles for one index")
        var start = 0
        for (entry, end) in ends.enumerated() {
            for shingle in shingles[start..<end] {
                let slot = slot(of: shingle)
                let head = slotHeads[slot]
                // Entries are added in order, so a shingle repeated within one is at its chain's head.
                if head >= 0, postingEntries[Int(head)] == Int32(entry) { continue }
                slotHashes[slot] = shingle
                slotHeads[slot] = Int32(postingEntries.count)
                slotCounts[slot] += 1
                postingEntries.append(Int32(entry))
                postingNext.append(head)
            }
            start = end
        }
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    private func slot(of hash: UInt64) -> Int {
        let mask = slotHeads.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slotHeads[slot] >= 0, slotHashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    /// The hashes of the shingles of `words`.
    static func shingles<Words: RandomAccessCollection<Int32>>(_ words: Words, size: Int) -> [UInt64] {
        var out: [UInt64] = []
        appendShingles(of: words, size: size, to: &out)
        return out
    }

    /// Appends the hashes of the shingles of `words` to `out`.
    static func appendShingles<Words: RandomAccessCollection<Int32>>(of words: Words, size: Int, to out: inout [UInt64]) {
        guard words.count >= size, size > 1 else {
            for w in words { out.append(UInt64(UInt32(bitPattern: w)) &* 0x9E37_79B9_7F4A_7C15) }
            return
        }
        var start = words.startIndex
        for _ in 0...(words.count - size) {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for w in words[start..<words.index(start, offsetBy: size)] {
                h = (h ^ UInt64(UInt32(bitPattern: w))) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
            }
            out.append(h)
            words.formIndex(after: &start)
        }
    }

    /// Up to `limit` entry ids sharing the most informative shingles with `words`, best first.
    mutating func candidates<Words: RandomAccessCollection<Int32>>(for words: Words, limit: Int) -> [Int] {
        queries += 1
        for shingle in Self.shingles(words, size: size) {
            let slot = slot(of: shingle)
            // Each distinct shingle of the query counts once.
            guard slotHeads[slot] >= 0, slotQueries[slot] != queries else { continue }
            slotQueries[slot] = queries
            guard Int(slotCounts[slot]) <= maxPostings else { continue }
            var posting = Int(slotHeads[slot])
            while posting >= 0 {
                let entry = Int(postingEntries[posting])
                if counts[entry] == 0 { touched.append(entry) }
                counts[entry] += 1
                posting = Int(postingNext[posting])
            }
        }
        // The best `limit`, most shared shingles first, then lowest entry: kept in order as they
        // come, rather than sorting everything touched.
        var best: [(entry: Int, count: Int32)] = []
        best.reserveCapacity(max(limit, 0) + 1)
        for entry in touched {
            let found = (entry: entry, count: counts[entry])
            counts[entry] = 0
            guard best.count < limit || best.last.map({ Self.ranks(found, before: $0) }) == true else { continue }
            var k = best.count
            while k > 0, Self.ranks(found, before: best[k - 1]) { k -= 1 }
            best.insert(found, at: k)
            if best.count > limit { best.removeLast() }
        }
        touched.removeAll(keepingCapacity: true)
        return best.map { ids[$0.entry] }
    }

    /// True when `a` shares more shingles than `b`, or as many with a lower entry.
    @inline(__always)
    private static func ranks(_ a: (entry: Int, count: Int32), before b: (entry: Int, count: Int32)) -> Bool {
        a.count != b.count ? a.count > b.count : a.entry < b.entry
    }
}
