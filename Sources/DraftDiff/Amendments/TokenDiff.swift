/// A stretch where two token sequences differ: `old[oldRange]` became `new[newRange]`.
struct TokenHunk: Hashable {
    var oldRange: Range<Int>
    var newRange: Range<Int>
}

/// A longest-common-subsequence diff of two token sequences by key, for amendment wording.
enum TokenDiff {
    /// The stretches where `old` and `new` differ, in order; hunks separated by at most
    /// `joinGap` equal tokens are joined into one.
    static func hunks(_ old: [Token], _ new: [Token], joinGap: Int = 0) -> [TokenHunk] {
        let a = old.map(\.key)
        let b = new.map(\.key)
        let n = a.count
        let m = b.count
        // lengths[i][j]: LCS length of a[i...] and b[j...], stored row-major.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lengths[i * (m + 1) + j] = a[i] == b[j]
                        ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                        : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
                }
            }
        }
        var hunks: [TokenHunk] = []
        var i = 0
        var j = 0
        var open: (Int, Int)?
        func close(_ i: Int, _ j: Int) {
            if let (oi, oj) = open { hunks.append(TokenHunk(oldRange: oi..<i, newRange: oj..<j)) }
            open = nil
        }
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                close(i, j)
                i += 1
                j += 1
            } else {
                if open == nil { open = (i, j) }
                if j < m, i == n || lengths[i * (m + 1) + j + 1] >= lengths[(i + 1) * (m + 1) + j] {
                    j += 1
                } else {
                    i += 1
                }
            }
        }
        close(i, j)
        guard joinGap > 0 else { return hunks }
        var joined: [TokenHunk] = []
        for hunk in hunks {
            if let last = joined.last, hunk.oldRange.lowerBound - last.oldRange.upperBound <= joinGap {
                joined[joined.count - 1] = TokenHunk(oldRange: last.oldRange.lowerBound..<hunk.oldRange.upperBound,
                                                     newRange: last.newRange.lowerBound..<hunk.newRange.upperBound)
            } else {
                joined.append(hunk)
            }
        }
        return joined
    }
}
