extension Array where Element: Comparable {
    /// The first position in this ascending array whose element is not below `value`
    /// (`count` when every element is): a binary search.
    func lowerBound(of value: Element) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
