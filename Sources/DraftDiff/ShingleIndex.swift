/// An inverted index from word shingles (runs of consecutive words) to the paragraphs that
/// contain them, used to find likely partners for a paragraph without scoring all pairs.
///
/// Shingles shared by too many paragraphs ("APPF Member States") carry no information and are
/// skipped at query time, which keeps a query's cost bounded on large drafts.
struct ShingleIndex {
    /// Words per shingle. Paragraphs shorter than this are indexed by their single words.
    let size: Int
    /// Shingles with more postings than this are ignored by queries.
    let maxPostings: Int
    private var postings: [UInt64: [Int]] = [:]
    /// The caller's id of each entry.
    private let ids: [Int]
    /// Per-entry scratch counters for queries, indexed by entry.
    private var counts: [Int32]
    private var touched: [Int] = []

    /// An index over the word sequences `entries` (entry i is identified by `ids[i]`).
    init(entries: [[Int32]], ids: [Int], size: Int, maxPostings: Int) {
        self.size = size
        self.maxPostings = maxPostings
        self.counts = Array(repeating: 0, count: entries.count)
        self.ids = ids
        for (entry, words) in entries.enumerated() {
            for shingle in Set(Self.shingles(words, size: size)) {
                postings[shingle, default: []].append(entry)
            }
        }
    }

    /// The hashes of the shingles of `words`.
    static func shingles(_ words: [Int32], size: Int) -> [UInt64] {
        guard words.count >= size, size > 1 else {
            return words.map { UInt64(UInt32(bitPattern: $0)) &* 0x9E37_79B9_7F4A_7C15 }
        }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for w in words[start..<(start + size)] {
                h = (h ^ UInt64(UInt32(bitPattern: w))) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
            }
            out.append(h)
        }
        return out
    }

    /// Up to `limit` entry ids sharing the most informative shingles with `words`, best first.
    mutating func candidates(for words: [Int32], limit: Int) -> [Int] {
        for shingle in Set(Self.shingles(words, size: size)) {
            guard let list = postings[shingle], list.count <= maxPostings else { continue }
            for entry in list {
                if counts[entry] == 0 { touched.append(entry) }
                counts[entry] += 1
            }
        }
        var found = touched.map { (entry: $0, count: counts[$0]) }
        for entry in touched { counts[entry] = 0 }
        touched.removeAll(keepingCapacity: true)
        found.sort { $0.count != $1.count ? $0.count > $1.count : $0.entry < $1.entry }
        return found.prefix(limit).map { ids[$0.entry] }
    }
}
