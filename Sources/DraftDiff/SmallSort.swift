/// Sorting of the short runs of word ids that make a paragraph's word multiset.
enum SmallSort {
    /// Runs up to this long are sorted by insertion: a paragraph has a few dozen words, and for
    /// that few a straight insertion sort does a third of the work of the standard library's
    /// general sort.
    static let insertionLimit = 64

    /// Sorts `values` in place, ascending.
    static func sort(_ values: UnsafeMutableBufferPointer<Int32>) {
        var values = values
        guard values.count > 1 else { return }
        guard values.count <= insertionLimit, let base = values.baseAddress else {
            values.sort()
            return
        }
        for i in 1..<values.count {
            let value = base[i]
            var j = i
            while j > 0, base[j - 1] > value {
                base[j] = base[j - 1]
                j -= 1
            }
            base[j] = value
        }
    }
}
