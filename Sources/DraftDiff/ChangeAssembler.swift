import ClauseTree

/// Phases 5 and 6: turns an ``Alignment`` into the list of ``ParagraphChange`` values, in the
/// new draft's order with deleted paragraphs after the entry of the old paragraph before them.
struct ChangeAssembler {
    /// The differ's options.
    var options: DraftDiffer.Options
    /// The old draft's paragraphs.
    var old: [ParagraphProfile]
    /// The new draft's paragraphs.
    var new: [ParagraphProfile]
    /// The pairing to report.
    var alignment: Alignment
    /// The ids the analysed paragraphs' tokens were interned with.
    var vocabulary = Vocabulary.seeded()

    /// A matched group: one pair, a split or a merge.
    private struct Unit {
        var old: [Int]
        var new: [Int]
        var exact: Bool
    }

    /// Every paragraph of both drafts, each in exactly one change.
    func changes() -> [ParagraphChange] {
        var units: [Unit] = []
        for (o, n) in alignment.oldToNew.enumerated() {
            if let n { units.append(Unit(old: [o], new: [n], exact: alignment.exact[o])) }
        }
        units += alignment.splits.map { Unit(old: [$0.old], new: $0.new, exact: false) }
        units += alignment.merges.map { Unit(old: $0.old, new: [$0.new], exact: false) }
        units.sort { ($0.new.first ?? 0) < ($1.new.first ?? 0) }

        // Phase 5: the longest chain in order on both sides stays; the rest moved.
        let inOrder = units.indices.filter { !crossesSection(units[$0]) }
        let chain = LongestIncreasingSubsequence.indices(of: inOrder.map { units[$0].old.first ?? 0 })
        var kept = Array(repeating: false, count: units.count)
        for i in chain { kept[inOrder[i]] = true }

        var entries: [ParagraphChange] = []
        entries.reserveCapacity(units.count)
        var entryOfOld: [Int?] = Array(repeating: nil, count: old.count)
        for (i, unit) in units.enumerated() {
            for o in unit.old { entryOfOld[o] = entries.count }
            entries.append(change(for: unit, inPlace: kept[i]))
        }
        // Deleted paragraphs, after the entry of the old paragraph before them (empty arrays
        // allocate nothing, so most entries cost no list of their own).
        var deletedAfter = Array(repeating: [ParagraphChange](), count: entries.count)
        var leading: [ParagraphChange] = []
        var anchor: Int?
        for o in old.indices {
            if let entry = entryOfOld[o] {
                anchor = entry
                continue
            }
            let deleted = ParagraphChange(kind: .deleted, old: [ParagraphRef(old[o].paragraph)], new: [], similarity: 0)
            if let anchor { deletedAfter[anchor].append(deleted) } else { leading.append(deleted) }
        }
        // Added paragraphs take their place among the matched ones, in the new draft's order.
        var result = leading
        result.reserveCapacity(old.count + self.new.count)
        var byNew: [Int?] = Array(repeating: nil, count: self.new.count)
        for (i, unit) in units.enumerated() where byNew.indices.contains(unit.new.first ?? 0) {
            byNew[unit.new.first ?? 0] = i
        }
        for n in self.new.indices {
            if let i = byNew[n] {
                result.append(entries[i])
                result += deletedAfter[i]
            } else if !alignment.isNewTaken(n) {
                result.append(ParagraphChange(kind: .added, old: [], new: [ParagraphRef(self.new[n].paragraph)],
                                              similarity: 0))
            }
        }
        return result
    }

    private func crossesSection(_ unit: Unit) -> Bool {
        guard unit.old.count == 1, unit.new.count == 1, let o = unit.old.first, let n = unit.new.first else {
            return false
        }
        return old[o].paragraph.section != new[n].paragraph.section
    }

    /// Phase 6: the change reported for `unit`. Profiles are read in place, never copied.
    private func change(for unit: Unit, inPlace: Bool) -> ParagraphChange {
        let oldRefs = unit.old.map { ParagraphRef(old[$0].paragraph) }
        let newRefs = unit.new.map { ParagraphRef(new[$0].paragraph) }
        let crossed = crossesSection(unit)
        let kind: ChangeKind
        if unit.old.count > 1 {
            kind = .merged
        } else if unit.new.count > 1 {
            kind = .split
        } else if crossed || !inPlace {
            kind = .moved
        } else if !unit.exact {
            kind = .modified
        } else if let o = unit.old.first, let n = unit.new.first {
            kind = Self.sameNumber(old[o].paragraph, new[n].paragraph) ? .unchanged : .renumbered
        } else {
            kind = .unchanged
        }
        guard !unit.exact else {
            return ParagraphChange(kind: kind, old: oldRefs, new: newRefs, similarity: 1, crossedSection: crossed)
        }
        let similarity = Similarity.dice(Similarity.sum(unit.old.map { old[$0].bag }),
                                         Similarity.sum(unit.new.map { new[$0].bag }))
        let leadChanged: Bool
        if let o = unit.old.first, let n = unit.new.first {
            leadChanged = Self.leadChanged(old[o].paragraph, new[n].paragraph)
        } else {
            leadChanged = false
        }
        return ParagraphChange(
            kind: kind, old: oldRefs, new: newRefs, similarity: similarity,
            words: wordChanges(unit.old, unit.new),
            leadChanged: leadChanged,
            crossedSection: crossed)
    }

    /// The word diff of the joined texts of old paragraphs `olds` and new paragraphs `news`,
    /// from the tokens the alignment already made when every paragraph was analysed
    /// (otherwise from the texts).
    private func wordChanges(_ olds: [Int], _ news: [Int]) -> [WordChange] {
        guard olds.allSatisfy({ old[$0].isAnalysed }), news.allSatisfy({ new[$0].isAnalysed }) else {
            let oldText = olds.map { old[$0].paragraph.fullText }.joined(separator: " ")
            let newText = news.map { new[$0].paragraph.fullText }.joined(separator: " ")
            return WordDiff.changes(from: oldText, to: newText, maxEdits: options.maxWordEdits)
        }
        let (a, aKeys) = Self.joinedTokens(olds, of: old), (b, bKeys) = Self.joinedTokens(news, of: new)
        let vocabulary = self.vocabulary
        return WordDiff.changes(old: a, oldKeys: aKeys, new: b, newKeys: bKeys, maxEdits: options.maxWordEdits) { o in
            let key = Int(aKeys[o])
            return vocabulary.isPunctuation[key] || vocabulary.isStopWord[key]
        }
    }

    /// The tokens of the texts of the profiles at `indices` of `profiles` joined with spaces
    /// (each paragraph's tokens, the first of every paragraph after the first preceded by a
    /// space), and their key ids; the profiles are not copied.
    static func joinedTokens(_ indices: [Int], of profiles: [ParagraphProfile]) -> ([Token], [Int32]) {
        guard indices.count > 1 else {
            guard let i = indices.first else { return ([], []) }
            return (profiles[i].tokens, profiles[i].tokenKeys)
        }
        var tokens: [Token] = [], keys: [Int32] = []
        for (k, i) in indices.enumerated() {
            let start = tokens.count
            tokens += profiles[i].tokens
            keys += profiles[i].tokenKeys
            if k > 0, start < tokens.count { tokens[start].spaceBefore = true }
        }
        return (tokens, keys)
    }

    /// True when a paragraph keeps its label: the same printed number, or — for paragraphs
    /// without one, preambular paragraphs always — the same index in the same section.
    static func sameNumber(_ a: Paragraph, _ b: Paragraph) -> Bool {
        guard a.section == b.section else { return false }
        if let x = a.number, let y = b.number { return x == y }
        return a.number == nil && b.number == nil && a.index == b.index
    }

    /// True when both paragraphs have a leading phrase and the phrases differ in their words
    /// (case and typography ignored).
    static func leadChanged(_ a: Paragraph, _ b: Paragraph) -> Bool {
        let x = Tokenizer.words(a.lead), y = Tokenizer.words(b.lead)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x != y
    }
}
