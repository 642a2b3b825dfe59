/// A stretch of a word diff: tokens kept in both texts, or a change replacing the old tokens
/// `old` by the new tokens `new` (either may be empty).
struct DiffSegment: Equatable {
    /// True for tokens kept in both texts.
    var isEqual: Bool
    /// Token positions in the old text.
    var old: Range<Int>
    /// Token positions in the new text.
    var new: Range<Int>

    /// The larger side's token count.
    var size: Int { max(old.count, new.count) }

    /// Groups an edit script into alternating equal and change segments; consecutive deletions
    /// and insertions become one change.
    static func segments(from steps: [MyersDiff.Step], oldCount: Int, newCount: Int) -> [DiffSegment] {
        var out: [DiffSegment] = []
        var x = 0, y = 0
        for step in steps {
            let equal: Bool
            switch step {
            case .equal: equal = true
            case .delete, .insert: equal = false
            }
            let (nx, ny): (Int, Int)
            switch step {
            case .equal: (nx, ny) = (x + 1, y + 1)
            case .delete: (nx, ny) = (x + 1, y)
            case .insert: (nx, ny) = (x, y + 1)
            }
            if var last = out.last, last.isEqual == equal {
                last.old = last.old.lowerBound..<nx
                last.new = last.new.lowerBound..<ny
                out[out.count - 1] = last
            } else {
                out.append(DiffSegment(isEqual: equal, old: x..<nx, new: y..<ny))
            }
            (x, y) = (nx, ny)
        }
        return out
    }

    /// Semantic cleanup: an equal segment of at most two tokens between two changes joins them
    /// when its tokens are all function words or marks (`isFiller`, given old positions), or
    /// when both neighbouring changes are at least twice its length.
    static func cleanedUp(_ segments: [DiffSegment], isFiller: (Range<Int>) -> Bool) -> [DiffSegment] {
        var out: [DiffSegment] = []
        for segment in segments {
            if !segment.isEqual, out.count >= 2, let middle = out.last, middle.isEqual,
               !out[out.count - 2].isEqual, middle.old.count <= 2 {
                let before = out[out.count - 2]
                if isFiller(middle.old) || 2 * middle.old.count <= min(before.size, segment.size) {
                    out.removeLast(2)
                    out.append(DiffSegment(isEqual: false,
                                           old: before.old.lowerBound..<segment.old.upperBound,
                                           new: before.new.lowerBound..<segment.new.upperBound))
                    continue
                }
            }
            out.append(segment)
        }
        return out
    }
}
