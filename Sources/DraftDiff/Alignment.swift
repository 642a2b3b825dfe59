/// The pairing of old and new paragraphs the aligner builds, phase by phase.
///
/// Positions are document positions (preamble then operative, 0-based). One-to-one pairs live
/// in ``oldToNew``/``newToOld``; splits and merges are recorded as groups once detected, and
/// their members are then also marked as taken.
struct Alignment {
    /// For each old paragraph, its one-to-one partner in the new draft, or nil.
    var oldToNew: [Int?]
    /// For each new paragraph, its one-to-one partner in the old draft, or nil.
    var newToOld: [Int?]
    /// For each old paragraph, true when its partner has the same normalised text.
    var exact: [Bool]
    /// One old paragraph that became several consecutive new ones.
    var splits: [(old: Int, new: [Int])] = []
    /// Several consecutive old paragraphs that became one new one.
    var merges: [(old: [Int], new: Int)] = []
    /// Old paragraphs that belong to a split or merge group.
    var oldInGroup: [Bool]
    /// New paragraphs that belong to a split or merge group.
    var newInGroup: [Bool]

    /// An empty alignment for drafts of `oldCount` and `newCount` paragraphs.
    init(oldCount: Int, newCount: Int) {
        oldToNew = Array(repeating: nil, count: oldCount)
        newToOld = Array(repeating: nil, count: newCount)
        exact = Array(repeating: false, count: oldCount)
        oldInGroup = Array(repeating: false, count: oldCount)
        newInGroup = Array(repeating: false, count: newCount)
    }

    /// Pairs old `o` with new `n`.
    mutating func pair(_ o: Int, _ n: Int, exact isExact: Bool) {
        oldToNew[o] = n
        newToOld[n] = o
        exact[o] = isExact
    }

    /// Removes the one-to-one pair of old `o`, if any.
    mutating func unpair(old o: Int) {
        guard let n = oldToNew[o] else { return }
        oldToNew[o] = nil
        newToOld[n] = nil
        exact[o] = false
    }

    /// True when old `o` is paired or grouped.
    func isOldTaken(_ o: Int) -> Bool { oldToNew[o] != nil || oldInGroup[o] }

    /// True when new `n` is paired or grouped.
    func isNewTaken(_ n: Int) -> Bool { newToOld[n] != nil || newInGroup[n] }
}
