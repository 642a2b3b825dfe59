/// Word-multiset measures over sorted arrays of word ids: cheap enough to run on every
/// candidate pair the shingle index proposes.
enum Similarity {
    /// Calls `body` with each element two sorted multisets share (with multiplicity), in order:
    /// one merge pass, the basis of every overlap measure here and in the corpus index.
    @inline(__always)
    static func forEachShared<T: Comparable>(_ a: [T], _ b: [T], _ body: (T) -> Void) {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The number of words two sorted multisets share (with multiplicity).
    static func overlap(_ a: [Int32], _ b: [Int32]) -> Int {
        var shared = 0
        forEachShared(a, b) { _ in shared += 1 }
        return shared
    }

    /// The Dice coefficient 2|a∩b| / (|a| + |b|) of two sorted multisets, 0…1
    /// (1 for two empty texts).
    static func dice(_ a: [Int32], _ b: [Int32]) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        return Double(2 * overlap(a, b)) / Double(total)
    }

    /// The multiset `a` without the words of `b` (both sorted).
    static func subtracting(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            if j < b.count, b[j] == x {
                j += 1
            } else {
                out.append(x)
            }
        }
        return out
    }

    /// The multiset union (sum) of sorted multisets.
    static func sum(_ parts: [[Int32]]) -> [Int32] {
        parts.flatMap { $0 }.sorted()
    }
}
