extension ParagraphChange {
    /// The heading of a change as reports print it: "OP 8 → OP 9 modified", "PP 11 deleted",
    /// "OP 3 split into OP 3, OP 4", "OP 3, OP 4 merged into OP 3", "OP 5 added".
    public var headline: String {
        let oldLabels = self.oldLabels, newLabels = self.newLabels
        switch kind {
        case .added: return "\(newLabels) added"
        case .deleted: return "\(oldLabels) deleted"
        case .split: return "\(oldLabels) split into \(newLabels)"
        case .merged: return "\(oldLabels) merged into \(newLabels)"
        default:
            if oldLabels == newLabels || oldLabels.isEmpty || newLabels.isEmpty {
                let label = newLabels.isEmpty ? oldLabels : newLabels
                return "\(label) \(kind.rawValue)"
            }
            return "\(oldLabels) → \(newLabels) \(kind.rawValue)"
        }
    }

    /// The labels of the old side, comma-separated ("OP 3, OP 4"); empty when there is none.
    var oldLabels: String { old.map(\.label).joined(separator: ", ") }

    /// The labels of the new side, comma-separated; empty when there is none.
    var newLabels: String { new.map(\.label).joined(separator: ", ") }

    /// True for the kinds listed individually in reports without context: every kind but
    /// unchanged and renumbered.
    var isReportable: Bool { kind != .unchanged && kind != .renumbered }
}

extension ChangeKind {
    /// The order kinds are counted in summaries: real changes first, then renumbering.
    static let summaryOrder: [ChangeKind] = [.modified, .moved, .renumbered, .added, .deleted, .split, .merged]
}

extension DraftComparison {
    /// One line counting the changes of each kind, in a fixed order, kinds with no entries
    /// left out: "3 modified, 1 moved, 20 renumbered, 1 added, 1 deleted", or "no differences".
    public var summaryLine: String {
        let counts = summary
        let parts = ChangeKind.summaryOrder.compactMap { kind -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(count) \(kind.rawValue)"
        }
        return parts.isEmpty ? "no differences" : parts.joined(separator: ", ")
    }

    /// The renumbered paragraphs as ranges with a constant shift, per section:
    /// "OP 14–22 → OP 15–23", "PP 3 → PP 4". Empty when nothing was renumbered.
    public var renumberingRanges: [String] {
        /// Consecutive renumbered paragraphs: printed numbers at both ends, last indices seen.
        struct Run {
            var section: String
            var oldFirst: String
            var oldLast: String
            var newFirst: String
            var newLast: String
            var lastOld: Int
            var lastNew: Int
        }
        var runs: [Run] = []
        for change in changes where change.kind == .renumbered {
            guard let o = change.old.first, let n = change.new.first else { continue }
            let oldNumber = o.number ?? String(o.index)
            let newNumber = n.number ?? String(n.index)
            if var last = runs.last, last.section == n.section.label, o.section == n.section,
               o.index == last.lastOld + 1, n.index == last.lastNew + 1 {
                last.oldLast = oldNumber
                last.newLast = newNumber
                last.lastOld = o.index
                last.lastNew = n.index
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(section: n.section.label, oldFirst: oldNumber, oldLast: oldNumber,
                                newFirst: newNumber, newLast: newNumber, lastOld: o.index, lastNew: n.index))
            }
        }
        return runs.map { run in
            let old = run.oldFirst == run.oldLast ? run.oldFirst : "\(run.oldFirst)–\(run.oldLast)"
            let new = run.newFirst == run.newLast ? run.newFirst : "\(run.newFirst)–\(run.newLast)"
            return "\(run.section) \(old) → \(run.section) \(new)"
        }
    }
}
