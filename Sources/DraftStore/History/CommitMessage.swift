import ClauseTree
import DraftDiff

/// Commit messages written from what changed in a draft, for `redraft commit` without `-m`.
///
/// ```swift
/// let comparison = DraftDiffer().compare(committed, current)
/// CommitMessage.summary(of: comparison)
/// // "Amend OP 8; insert OP 13; delete PP 11; renumber OP 14–22"
/// CommitMessage.added(path: "Drafts/x.txt", resolution: current)
/// // "Add Drafts/x.txt (12 PP, 21 OP)"
/// ```
public enum CommitMessage {
    /// The most paragraph labels named for one kind of change before the rest are counted.
    public static let maximumLabelsPerKind = 6

    /// One line naming the structural changes of `comparison`, grouped by kind in the order
    /// amend, insert, delete, move, split, merge, renumber; consecutive labels are written as a
    /// range ("OP 14–22"). "Change layout only" when no paragraph changed.
    public static func summary(of comparison: DraftComparison) -> String {
        var groups: [(verb: String, labels: [Label])] = [
            ("amend", []), ("insert", []), ("delete", []), ("move", []), ("split", []), ("merge", []), ("renumber", []),
        ]
        func add(_ group: Int, _ label: Label) { groups[group].labels.append(label) }
        for change in comparison.changes {
            switch change.kind {
            case .unchanged:
                continue
            case .modified:
                change.new.first.map { add(0, Label($0)) }
            case .added:
                change.new.forEach { add(1, Label($0)) }
            case .deleted:
                change.old.forEach { add(2, Label($0)) }
            case .moved:
                if let old = change.old.first, let new = change.new.first {
                    add(3, Label(old, suffix: " to \(new.label)"))
                }
            case .split:
                if let old = change.old.first {
                    add(4, Label(old, suffix: " into \(rangeText(change.new.map { Label($0) }))"))
                }
            case .merged:
                if let new = change.new.first {
                    add(5, Label(new, prefix: rangeText(change.old.map { Label($0) }) + " into "))
                }
            case .renumbered:
                change.new.first.map { add(6, Label($0)) }
            }
        }
        let parts = groups.filter { !$0.labels.isEmpty }.map { group in
            group.verb + " " + listText(group.labels)
        }
        guard let first = parts.first else { return "Change layout only" }
        let joined = ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: "; ")
        return joined
    }

    /// "Add PATH (N PP, M OP)" for the first commit of a draft.
    public static func added(path: String, resolution: Resolution) -> String {
        "Add \(path) (\(resolution.preamble.count) PP, \(resolution.operative.count) OP)"
    }

    /// "Delete PATH" for a commit that removes a draft.
    public static func deleted(path: String) -> String {
        "Delete \(path)"
    }

    // MARK: - Labels and ranges

    /// A paragraph label, with the section and number kept apart so that runs can be merged.
    struct Label {
        var section: Section
        var number: Int?
        var text: String
        var prefix = ""
        var suffix = ""

        init(_ ref: ParagraphRef, prefix: String = "", suffix: String = "") {
            section = ref.section
            let printed = ref.number ?? String(ref.index)
            number = Int(printed)
            text = ref.label
            self.prefix = prefix
            self.suffix = suffix
        }

        /// Whether `next` continues a run after this label ("OP 14", "OP 15").
        func precedes(_ next: Label) -> Bool {
            guard prefix.isEmpty, suffix.isEmpty, next.prefix.isEmpty, next.suffix.isEmpty,
                  section == next.section, let number, let following = next.number else { return false }
            return following == number + 1
        }
    }

    /// Labels as a comma-separated list with runs written as ranges, at most
    /// ``maximumLabelsPerKind`` items, then "and N more".
    static func listText(_ labels: [Label]) -> String {
        var items: [String] = []
        var start = 0
        while start < labels.count {
            var end = start
            while end + 1 < labels.count, labels[end].precedes(labels[end + 1]) { end += 1 }
            items.append(end == start ? render(labels[start]) : rangeText(Array(labels[start...end])))
            start = end + 1
        }
        if items.count > maximumLabelsPerKind {
            let rest = items.count - maximumLabelsPerKind
            return items.prefix(maximumLabelsPerKind).joined(separator: ", ") + " and \(rest) more"
        }
        return items.joined(separator: ", ")
    }

    /// "OP 14–22" for a run, "OP 4, OP 6" otherwise (a single label on its own).
    static func rangeText(_ labels: [Label]) -> String {
        guard let first = labels.first, let last = labels.last else { return "" }
        if labels.count == 1 { return render(first) }
        let isRun = zip(labels, labels.dropFirst()).allSatisfy { $0.precedes($1) }
        if isRun, let lastNumber = last.number {
            return "\(first.prefix)\(first.text)–\(lastNumber)"
        }
        return labels.map(render).joined(separator: ", ")
    }

    private static func render(_ label: Label) -> String {
        label.prefix + label.text + label.suffix
    }
}
