/// Phase 1 of the alignment: paragraphs whose normalised text is identical.
///
/// A text that occurs the same number of times on both sides pairs its k-th occurrence with
/// the k-th. When the counts differ (a repeated paragraph was added or dropped), the
/// occurrences are paired in order so that their relative positions in the documents are as
/// close as possible.
enum ExactMatcher {
    /// Above this many (old × new) occurrences of one text, occurrences are paired k-th to k-th.
    static let dynamicProgrammingLimit = 20_000

    /// Pairs every paragraph of `new` whose normalised text also occurs in `old`.
    static func match(old: [ParagraphProfile], new: [ParagraphProfile], into alignment: inout Alignment) {
        var oldByText: [[Int32]: [Int]] = [:]
        oldByText.reserveCapacity(old.count)
        for profile in old { oldByText[profile.keys, default: []].append(profile.position) }
        var newByText: [[Int32]: [Int]] = [:]
        newByText.reserveCapacity(new.count)
        for profile in new where oldByText[profile.keys] != nil {
            newByText[profile.keys, default: []].append(profile.position)
        }
        let oldScale = 1.0 / Double(max(old.count, 1))
        let newScale = 1.0 / Double(max(new.count, 1))
        for (text, newPositions) in newByText {
            guard let oldPositions = oldByText[text] else { continue }
            let pairs: [(Int, Int)]
            if oldPositions.count == newPositions.count
                || oldPositions.count * newPositions.count > dynamicProgrammingLimit {
                pairs = Array(zip(oldPositions, newPositions))
            } else {
                pairs = closestMonotonePairs(
                    oldPositions.map { Double($0) * oldScale }, newPositions.map { Double($0) * newScale }
                ).map { (oldPositions[$0.0], newPositions[$0.1]) }
            }
            for (o, n) in pairs { alignment.pair(o, n, exact: true) }
        }
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
