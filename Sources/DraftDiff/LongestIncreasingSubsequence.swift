/// The longest strictly increasing subsequence, in O(n log n): the backbone of order-preserving
/// matches, so that only what falls off it counts as moved.
enum LongestIncreasingSubsequence {
    /// Indices into `values` of one longest strictly increasing subsequence, ascending.
    static func indices(of values: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        var tails: [Int] = []              // tails[len-1]: index of the smallest tail of a chain of len
        var parent = Array(repeating: -1, count: values.count)
        for (i, value) in values.enumerated() {
            // Values mostly come in order: extending the longest chain needs no search.
            if let last = tails.last, values[last] < value {
                parent[i] = last
                tails.append(i)
                continue
            }
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { parent[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var out: [Int] = []
        var i = tails.last ?? -1
        while i >= 0 {
            out.append(i)
            i = parent[i]
        }
        return out.reversed()
    }
}
