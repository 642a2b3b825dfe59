import ClauseTree

extension Resolution {
    /// The top-level paragraph `ref` points to, if the reference is in range.
    func paragraph(at ref: ParagraphRef) -> Paragraph? {
        let list = paragraphs(in: ref.section)
        guard ref.index >= 1, ref.index <= list.count else { return nil }
        return list[ref.index - 1]
    }
}

extension DraftComparison {
    /// The old-draft paragraph `ref` points to.
    func oldParagraph(_ ref: ParagraphRef) -> Paragraph? { old.paragraph(at: ref) }

    /// The new-draft paragraph `ref` points to.
    func newParagraph(_ ref: ParagraphRef) -> Paragraph? { new.paragraph(at: ref) }

    /// The whole text (children included) of the old side of `change`, paragraphs joined by a space.
    func oldText(of change: ParagraphChange) -> String {
        change.old.compactMap { oldParagraph($0)?.fullText }.joined(separator: " ")
    }

    /// The whole text (children included) of the new side of `change`, paragraphs joined by a space.
    func newText(of change: ParagraphChange) -> String {
        change.new.compactMap { newParagraph($0)?.fullText }.joined(separator: " ")
    }

    /// The word runs to show for `change`: its own diff when it has one, else the whole old text
    /// as deleted (deleted paragraphs), the whole new text as inserted (added paragraphs),
    /// or the new text as kept.
    func displayRuns(of change: ParagraphChange) -> [WordChange] {
        if !change.words.isEmpty { return change.words }
        switch change.kind {
        case .deleted: return [WordChange(.delete, oldText(of: change))]
        case .added: return [WordChange(.insert, newText(of: change))]
        default:
            let text = change.new.isEmpty ? oldText(of: change) : newText(of: change)
            return [WordChange(.equal, text)]
        }
    }
}
