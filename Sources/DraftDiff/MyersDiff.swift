/// Eugene Myers' O(ND) difference algorithm over sequences of integer keys, with a cap on D:
/// beyond it the sequences are cut at keys that occur once in both (patience anchors), and
/// pieces without anchors are replaced wholesale. Memory is O(D²) for the trace, never O(NM).
enum MyersDiff {
    /// One step of an edit script.
    enum Step: Equatable {
        /// `a[old]` equals `b[new]`.
        case equal(old: Int, new: Int)
        /// `a[old]` is deleted.
        case delete(old: Int)
        /// `b[new]` is inserted.
        case insert(new: Int)
    }

    /// A shortest (or, past `maxEdits`, a good) edit script turning `a` into `b`.
    static func diff(_ a: [Int32], _ b: [Int32], maxEdits: Int) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(a.count + b.count)
        diff(a, 0..<a.count, b, 0..<b.count, maxEdits: maxEdits, into: &steps, anchored: false)
        return steps
    }

    private static func diff(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>,
                             maxEdits: Int, into steps: inout [Step], anchored: Bool) {
        // Common prefix and suffix.
        var lo = ar.lowerBound, blo = br.lowerBound
        while lo < ar.upperBound, blo < br.upperBound, a[lo] == b[blo] {
            steps.append(.equal(old: lo, new: blo))
            lo += 1
            blo += 1
        }
        var hi = ar.upperBound, bhi = br.upperBound
        while hi > lo, bhi > blo, a[hi - 1] == b[bhi - 1] {
            hi -= 1
            bhi -= 1
        }
        let suffix = (hi..<ar.upperBound).map { Step.equal(old: $0, new: bhi + ($0 - hi)) }
        if let middle = greedy(a, lo..<hi, b, blo..<bhi, maxEdits: maxEdits) {
            steps += middle
        } else if !anchored, let anchors = uniqueAnchors(a, lo..<hi, b, blo..<bhi), !anchors.isEmpty {
            var x = lo, y = blo
            for (ax, by) in anchors {
                diff(a, x..<ax, b, y..<by, maxEdits: maxEdits, into: &steps, anchored: false)
                steps.append(.equal(old: ax, new: by))
                x = ax + 1
                y = by + 1
            }
            diff(a, x..<hi, b, y..<bhi, maxEdits: maxEdits, into: &steps, anchored: true)
        } else {
            steps += (lo..<hi).map { Step.delete(old: $0) }
            steps += (blo..<bhi).map { Step.insert(new: $0) }
        }
        steps += suffix
    }

    /// The greedy forward search with trace and backtracking; nil when more than `maxEdits`
    /// edits are needed.
    private static func greedy(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>,
                               maxEdits: Int) -> [Step]? {
        let n = ar.count, m = br.count
        if n == 0 || m == 0 {
            guard n + m <= maxEdits else { return nil }
            return ar.map { Step.delete(old: $0) } + br.map { Step.insert(new: $0) }
        }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = Array(repeating: 0, count: 2 * limit + 3)
        // trace[d*d + (k + d)] holds the furthest x on diagonal k after step d.
        var trace: [Int32] = []
        var final: Int?
        search: for d in 0...limit {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if d == 0 {
                    x = 0
                } else if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[ar.lowerBound + x] == b[br.lowerBound + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    final = d
                }
            }
            for k in stride(from: -d, through: d, by: 1) { trace.append(Int32(v[offset + k])) }
            if final != nil { break search }
        }
        guard let depth = final else { return nil }
        var reversed: [Step] = []
        reversed.reserveCapacity(n + m)
        var x = n, y = m
        for d in stride(from: depth, to: 0, by: -1) {
            let k = x - y
            func previous(_ k: Int) -> Int { Int(trace[(d - 1) * (d - 1) + (k + d - 1)]) }
            let down = k == -d || (k != d && previous(k - 1) < previous(k + 1))
            let prevK = down ? k + 1 : k - 1
            let prevX = previous(prevK)
            let prevY = prevX - prevK
            let startX = down ? prevX : prevX + 1
            while x > startX {
                x -= 1
                y -= 1
                reversed.append(.equal(old: ar.lowerBound + x, new: br.lowerBound + y))
            }
            if down {
                reversed.append(.insert(new: br.lowerBound + prevY))
            } else {
                reversed.append(.delete(old: ar.lowerBound + prevX))
            }
            x = prevX
            y = prevY
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            reversed.append(.equal(old: ar.lowerBound + x, new: br.lowerBound + y))
        }
        return reversed.reversed()
    }

    /// Positions of keys that occur exactly once in each range, as the longest chain that is
    /// increasing on both sides.
    private static func uniqueAnchors(_ a: [Int32], _ ar: Range<Int>, _ b: [Int32], _ br: Range<Int>) -> [(Int, Int)]? {
        var countA: [Int32: Int] = [:], countB: [Int32: Int] = [:]
        var positionB: [Int32: Int] = [:]
        for i in ar { countA[a[i], default: 0] += 1 }
        for j in br {
            countB[b[j], default: 0] += 1
            positionB[b[j]] = j
        }
        var pairs: [(Int, Int)] = []
        for i in ar where countA[a[i]] == 1 && countB[a[i]] == 1 {
            if let j = positionB[a[i]] { pairs.append((i, j)) }
        }
        guard !pairs.isEmpty else { return nil }
        let chain = LongestIncreasingSubsequence.indices(of: pairs.map(\.1))
        return chain.map { pairs[$0] }
    }
}
