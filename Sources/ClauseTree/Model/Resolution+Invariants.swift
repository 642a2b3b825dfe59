extension Resolution {
    /// The structural invariants every parsed or edited tree keeps, as messages for what is
    /// broken (empty when all hold). Tests call it after every operation.
    ///
    /// - eIds are unique and match the positions (`recs__rec_N`, `para_…`, `…__subpara_X`);
    /// - indices run 1, 2, 3 … in each section and under each parent;
    /// - sections are right (preamble paragraphs in ``preamble``, operative in ``operative``);
    /// - source ranges are ordered, do not overlap, and children lie inside their parent;
    /// - noise is sorted by line (a noise line may stand inside a paragraph's range — a page
    ///   number between two lines of one paragraph — but never in its text);
    /// - no paragraph text is empty or carries line breaks.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var ids: Set<String> = []
        var previousEnd = 0
        func check(_ p: Paragraph, section: Section, expectedIndex: Int, parent: Paragraph?) {
            if p.section != section { problems.append("\(p.id): section \(p.section) in \(section)") }
            if p.index != expectedIndex { problems.append("\(p.id): index \(p.index), expected \(expectedIndex)") }
            if !ids.insert(p.id).inserted { problems.append("duplicate eId \(p.id)") }
            if let parent {
                if !p.id.hasPrefix(parent.id + "__subpara_") { problems.append("\(p.id) not under \(parent.id)") }
                if p.lines.first < parent.lines.first || p.lines.last > parent.lines.last {
                    problems.append("\(p.id) lines \(p.lines) outside parent \(parent.lines)")
                }
            } else {
                if p.lines.first <= previousEnd { problems.append("\(p.id) lines \(p.lines) overlap the paragraph before") }
                previousEnd = p.lines.last
            }
            if p.text.isEmpty, p.children.isEmpty { problems.append("\(p.id): empty text") }
            if p.text.contains(where: \.isNewline) { problems.append("\(p.id): line break in text") }
            for (offset, child) in p.children.enumerated() {
                check(child, section: section, expectedIndex: offset + 1, parent: p)
            }
        }
        for (offset, p) in preamble.enumerated() { check(p, section: .preamble, expectedIndex: offset + 1, parent: nil) }
        for (offset, p) in operative.enumerated() { check(p, section: .operative, expectedIndex: offset + 1, parent: nil) }
        if noise.map(\.line) != noise.map(\.line).sorted() { problems.append("noise not sorted by line") }
        return problems
    }
}
