import ClauseTree
import DraftDiff

/// Where one paragraph of a newer revision came from in the next older revision.
struct ParagraphLink {
    /// Positions in the older revision's paragraphs: none when the paragraph was added, several
    /// when it was merged from several.
    var older: [Int]
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
        var links = [ParagraphLink](repeating: ParagraphLink(older: [], kind: .added, textChanged: true),
                                    count: newer.paragraphs.count)
        func link(_ new: Int, _ old: Int) -> ParagraphLink {
            ParagraphLink(older: [old], kind: newer.label(at: new) == older.label(at: old) ? .unchanged : .renumbered,
                          textChanged: false)
        }
        for position in 0..<window.newer.lowerBound {
            links[position] = link(position, position)
        }
        let shift = window.older.upperBound - window.newer.upperBound
        for position in window.newer.upperBound..<newer.paragraphs.count {
            links[position] = link(position, position + shift)
        }

        let newWindow = Array(newer.paragraphs[window.newer])
        let oldWindow = Array(older.paragraphs[window.older])
        let newResolution = Self.resolution(of: newWindow)
        let oldResolution = Self.resolution(of: oldWindow)
        let comparison = differ.compare(oldResolution, newResolution)
        func oldPosition(_ ref: ParagraphRef) -> Int {
            window.older.lowerBound + (ref.section == .preamble ? ref.index - 1 : oldResolution.preamble.count + ref.index - 1)
        }
        func newPosition(_ ref: ParagraphRef) -> Int {
            window.newer.lowerBound + (ref.section == .preamble ? ref.index - 1 : newResolution.preamble.count + ref.index - 1)
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
                    links[newPosition(new)] = ParagraphLink(older: [oldPosition(old)], kind: change.kind, textChanged: textChanged)
                }
            case .split, .merged:
                let olds = change.old.map(oldPosition)
                for new in change.new {
                    links[newPosition(new)] = ParagraphLink(older: olds, kind: change.kind, textChanged: true)
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
