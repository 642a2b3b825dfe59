import ClauseTree

extension DraftComparison {
    /// The changes from the old draft to the new one as formal amendments to the OLD text, in
    /// the order of ``changes``: deletions, moves, insertions, splits, merges and word changes.
    ///
    /// Paragraphs are cited by their old numbers ("operative paragraph 8") and old ordinals
    /// ("the eighth preambular paragraph"); amendments apply in order, and a paragraph inserted
    /// or moved after another goes after what earlier amendments put there. Applying the list
    /// with ``AmendmentApplier`` to the old draft gives the new draft's paragraph texts (up to a
    /// final `;` or `.`). Moves are emitted for paragraphs the comparison calls moved and for
    /// any other whose order would otherwise come out wrong.
    public func amendments() -> [Amendment] {
        var planner = AmendmentPlanner(comparison: self)
        return planner.plan()
    }

    /// ``amendments()`` as a numbered list in parliamentary wording, one per line
    /// (a split's new paragraphs on indented lines below it).
    ///
    /// ```
    /// 1. In operative paragraph 8, after the words "law enforcement" insert ", border security"
    /// 2. Delete operative paragraph 19, and renumber the subsequent paragraphs accordingly
    /// ```
    public func amendmentsReport() -> String {
        Amendment.list(amendments())
    }
}

/// Turns a comparison into an ordered list of amendments.
struct AmendmentPlanner {
    let comparison: DraftComparison
    private var result: [Amendment] = []
    /// The last paragraph of each section of the new draft that came from the old draft.
    private var lastOld: [Section: ParagraphCitation] = [:]

    init(comparison: DraftComparison) { self.comparison = comparison }

    mutating func plan() -> [Amendment] {
        let moving = paragraphsToMove()
        for (index, change) in comparison.changes.enumerated() {
            guard let section = change.new.first?.section else {
                for ref in change.old { deleteParagraph(ref) }
                continue
            }
            let point = lastOld[section].map(InsertionPoint.after) ?? .beginning(section)
            let oldCitations = change.old.map(ParagraphCitation.init)
            if let first = change.old.first, let citation = oldCitations.first, moving.contains(index) {
                let renumbers = section == .operative || first.section == .operative
                result.append(Amendment(.moveParagraph(citation, to: point), renumbers: renumbers))
            }
            let newTexts = change.new.compactMap { comparison.newParagraph($0)?.fullText }
            let shifts = section == .operative && (change.new.last?.index ?? 0) < comparison.new.operative.count
            switch (oldCitations.count, newTexts.count) {
            case (0, _):
                for text in newTexts {
                    result.append(Amendment(.insertParagraph(point, text: text), renumbers: shifts))
                }
            case (1, 1):
                if let citation = oldCitations.first, let text = newTexts.first {
                    result += WordAmendments.amendments(citation, from: comparison.oldText(of: change), to: text)
                }
            case (1, _):
                if let citation = oldCitations.first {
                    result.append(Amendment(.replaceParagraph(citation, with: newTexts), renumbers: shifts))
                }
            case (_, 1):
                if let text = newTexts.first {
                    result.append(Amendment(.mergeParagraphs(oldCitations, into: text), renumbers: section == .operative))
                }
            default:
                if let citation = oldCitations.first {
                    result.append(Amendment(.replaceParagraph(citation, with: newTexts), renumbers: section == .operative))
                    for ref in change.old.dropFirst() { deleteParagraph(ref) }
                }
            }
            if let citation = oldCitations.first { lastOld[section] = citation }
        }
        return result
    }

    private mutating func deleteParagraph(_ ref: ParagraphRef) {
        let shifts = ref.section == .operative && ref.index < comparison.old.operative.count
        result.append(Amendment(.deleteParagraph(ParagraphCitation(ref)), renumbers: shifts))
    }

    /// The changes whose paragraphs must be moved: those called moved or crossing sections, and
    /// those outside the longest run of paragraphs that kept their old order in each section.
    func paragraphsToMove() -> Set<Int> {
        var moving = Set<Int>()
        for section in Section.allCases {
            var candidates: [(change: Int, oldIndex: Int)] = []
            for (index, change) in comparison.changes.enumerated() {
                guard change.new.first?.section == section, let old = change.old.first else { continue }
                if change.kind == .moved || change.crossedSection || old.section != section {
                    moving.insert(index)
                } else {
                    candidates.append((index, old.index))
                }
            }
            let kept = Set(LongestIncreasingSubsequence.indices(of: candidates.map(\.oldIndex)))
            for (position, candidate) in candidates.enumerated() where !kept.contains(position) {
                moving.insert(candidate.change)
            }
        }
        return moving
    }
}
