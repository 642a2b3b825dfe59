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
        // The current run: whether it is equal, and where it started.
        var run: (equal: Bool, x: Int, y: Int)?
        for step in steps {
            let equal: Bool, dx: Int, dy: Int
            switch step {
            case .equal: (equal, dx, dy) = (true, 1, 1)
            case .delete: (equal, dx, dy) = (false, 1, 0)
            case .insert: (equal, dx, dy) = (false, 0, 1)
            }
            if run?.equal != equal {
                if let run { out.append(DiffSegment(isEqual: run.equal, old: run.x..<x, new: run.y..<y)) }
                run = (equal, x, y)
            }
            x += dx
            y += dy
        }
        if let run { out.append(DiffSegment(isEqual: run.equal, old: run.x..<x, new: run.y..<y)) }
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
