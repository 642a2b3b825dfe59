import ClauseTree
import DraftDiff

/// Where one paragraph of a newer revision came from in the next older revision.
struct ParagraphLink {
    /// Its position in the older revision's paragraphs: nil when the paragraph was added, the
    /// first of its parts when it was merged from several. (A plain number: there is a link for
    /// every paragraph at every step, and an array each would be an allocation each.)
    var older: Int?
    /// What happened to it between the two revisions (``ChangeKind/unchanged`` when nothing did).
    var kind: ChangeKind
    /// Whether its words changed (renumbering or moving alone does not change them).
    var textChanged: Bool
}

/// One step back through a draft's history: the older revision and how the newer revision's
/// paragraphs map onto it.
struct HistoryStep {
    /// The older revision.
    let older: DraftSnapshot
    /// One link per paragraph of the newer revision.
    let links: [ParagraphLink]

    /// Aligns `newer` with the revision whose bytes are `olderBytes`.
    ///
    /// Paragraphs outside the window of change correspond one to one; inside it, the
    /// ``DraftDiffer`` pairs them (so renumbering, moves, splits and merges are followed by
    /// text, never by line numbers).
    init(newer: DraftSnapshot, olderBytes: [UInt8], differ: DraftDiffer) {
        let (older, window) = newer.derive(olderBytes: olderBytes)
        self.older = older
        var links = [ParagraphLink](repeating: ParagraphLink(older: nil, kind: .added, textChanged: true),
                                    count: newer.count)
        func link(_ new: Int, _ old: Int) -> ParagraphLink {
            ParagraphLink(older: old, kind: newer.hasSameLabel(at: new, as: old, in: older) ? .unchanged : .renumbered,
                          textChanged: false)
        }
        for position in 0..<window.newer.lowerBound {
            links[position] = ParagraphLink(older: position, kind: .unchanged, textChanged: false)
        }
        let shift = window.older.upperBound - window.newer.upperBound
        for position in window.newer.upperBound..<newer.count {
            links[position] = link(position, position + shift)
        }

        // Identical paragraphs at both ends of the window correspond in order; the differ pairs the rest.
        var newRange = window.newer, oldRange = window.older
        func same(_ new: Int, _ old: Int) -> Bool {
            let a = newer.shared[new].value, b = older.shared[old].value
            return a.section == b.section && a.number == b.number && a.lead == b.lead && a.fullText == b.fullText
        }
        while !newRange.isEmpty, !oldRange.isEmpty, same(newRange.lowerBound, oldRange.lowerBound) {
            links[newRange.lowerBound] = link(newRange.lowerBound, oldRange.lowerBound)
            newRange = (newRange.lowerBound + 1)..<newRange.upperBound
            oldRange = (oldRange.lowerBound + 1)..<oldRange.upperBound
        }
        while !newRange.isEmpty, !oldRange.isEmpty, same(newRange.upperBound - 1, oldRange.upperBound - 1) {
            links[newRange.upperBound - 1] = link(newRange.upperBound - 1, oldRange.upperBound - 1)
            newRange = newRange.lowerBound..<(newRange.upperBound - 1)
            oldRange = oldRange.lowerBound..<(oldRange.upperBound - 1)
        }
        let newResolution = Self.resolution(of: newer.shared[newRange].map(\.value))
        let oldResolution = Self.resolution(of: older.shared[oldRange].map(\.value))
        let comparison = differ.compare(oldResolution, newResolution)
        func oldPosition(_ ref: ParagraphRef) -> Int {
            oldRange.lowerBound + (ref.section == .preamble ? ref.index - 1 : oldResolution.preamble.count + ref.index - 1)
        }
        func newPosition(_ ref: ParagraphRef) -> Int {
            newRange.lowerBound + (ref.section == .preamble ? ref.index - 1 : newResolution.preamble.count + ref.index - 1)
        }
        for change in comparison.changes {
            switch change.kind {
            case .unchanged, .renumbered:
                if let new = change.new.first, let old = change.old.first {
                    links[newPosition(new)] = link(newPosition(new), oldPosition(old))
                }
            case .modified, .moved:
                if let new = change.new.first, let old = change.old.first {
                    let textChanged = change.kind == .modified || change.hasWordChanges || change.leadChanged
                    links[newPosition(new)] = ParagraphLink(older: oldPosition(old), kind: change.kind, textChanged: textChanged)
                }
            case .split, .merged:
                let first = change.old.first.map(oldPosition)
                for new in change.new {
                    links[newPosition(new)] = ParagraphLink(older: first, kind: change.kind, textChanged: true)
                }
            case .added, .deleted:
                continue
            }
        }
        self.links = links
    }

    /// A resolution holding `paragraphs` (preamble first), for the differ.
    static func resolution(of paragraphs: [Paragraph]) -> Resolution {
        Resolution(preamble: paragraphs.filter { $0.section == .preamble },
                   operative: paragraphs.filter { $0.section == .operative })
    }
}
