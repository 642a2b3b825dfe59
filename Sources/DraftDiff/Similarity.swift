/// Word-multiset measures over sorted arrays (or slices) of word ids: cheap enough to run on
/// every candidate pair the shingle index proposes.
enum Similarity {
    /// Calls `body` with each element two sorted multisets share (with multiplicity), in order:
    /// one merge pass, the basis of every overlap measure here and in the corpus index.
    @inline(__always)
    static func forEachShared<A: RandomAccessCollection, B: RandomAccessCollection>(
        _ a: A, _ b: B, _ body: (A.Element) -> Void
    ) where A.Element: Comparable, B.Element == A.Element {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            let x = a[i], y = b[j]
            if x == y {
                body(x)
                a.formIndex(after: &i)
                b.formIndex(after: &j)
            } else if x < y {
                a.formIndex(after: &i)
            } else {
                b.formIndex(after: &j)
            }
        }
    }

    /// The number of words two sorted multisets share (with multiplicity).
    static func overlap<A: RandomAccessCollection<Int32>, B: RandomAccessCollection<Int32>>(_ a: A, _ b: B) -> Int {
        var shared = 0
        forEachShared(a, b) { _ in shared += 1 }
        return shared
    }

    /// The Dice coefficient 2|a∩b| / (|a| + |b|) of two sorted multisets, 0…1
    /// (1 for two empty texts).
    static func dice<A: RandomAccessCollection<Int32>, B: RandomAccessCollection<Int32>>(_ a: A, _ b: B) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        return Double(2 * overlap(a, b)) / Double(total)
    }

    /// The multiset `a` without the words of `b` (both sorted).
    static func subtracting<A: RandomAccessCollection<Int32>, B: RandomAccessCollection<Int32>>(_ a: A, _ b: B) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count)
        var j = b.startIndex
        for x in a {
            while j < b.endIndex, b[j] < x { b.formIndex(after: &j) }
            if j < b.endIndex, b[j] == x {
                b.formIndex(after: &j)
            } else {
                out.append(x)
            }
        }
        return out
    }

    /// The multiset union (sum) of sorted multisets, merged pairwise (the parts are few).
    static func sum(_ parts: [ArraySlice<Int32>]) -> [Int32] {
        guard var total = parts.first.map(Array.init) else { return [] }
        for part in parts.dropFirst() { total = merged(total, part) }
        return total
    }

    /// The sorted merge of sorted `a` and `b`.
    private static func merged(_ a: [Int32], _ b: ArraySlice<Int32>) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = b.startIndex
        while i < a.count, j < b.endIndex {
            if b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
    }
}
