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

    /// A matched group: one pair, a split or a merge. Held without arrays of its own (there is
    /// one per paragraph pair): a group's parts are read from the alignment when needed.
    private struct Unit {
        /// The old paragraph, or the first old part of a merge.
        var old: Int
        /// The new paragraph, or the first new part of a split.
        var new: Int
        var exact: Bool
        /// The index of the split (`split`) or merge (`!split`) in the alignment, or -1 for a pair.
        var group = -1
        var split = false
    }

    /// The old paragraphs of `unit`, in order.
    private func olds(_ unit: Unit) -> [Int] {
        unit.group >= 0 && !unit.split ? alignment.merges[unit.group].old : [unit.old]
    }

    /// The new paragraphs of `unit`, in order.
    private func news(_ unit: Unit) -> [Int] {
        unit.group >= 0 && unit.split ? alignment.splits[unit.group].new : [unit.new]
    }

    /// Every paragraph of both drafts, each in exactly one change. Each paragraph's analysis
    /// (tokens, words) is freed once its entry is made: call this once.
    mutating func changes() -> [ParagraphChange] {
        var units: [Unit] = []
        units.reserveCapacity(self.new.count)
        for (o, n) in alignment.oldToNew.enumerated() {
            if let n { units.append(Unit(old: o, new: n, exact: alignment.exact[o])) }
        }
        for (i, split) in alignment.splits.enumerated() {
            units.append(Unit(old: split.old, new: split.new.first ?? 0, exact: false, group: i, split: true))
        }
        for (i, merge) in alignment.merges.enumerated() {
            units.append(Unit(old: merge.old.first ?? 0, new: merge.new, exact: false, group: i, split: false))
        }
        units.sort { $0.new < $1.new }

        // Phase 5: the longest chain in order on both sides stays; the rest moved.
        let inOrder = units.indices.filter { !crossesSection(units[$0]) }
        let chain = LongestIncreasingSubsequence.indices(of: inOrder.map { units[$0].old })
        var kept = Array(repeating: false, count: units.count)
        for i in chain { kept[inOrder[i]] = true }

        // The entries are made in the order they are reported, so no second list is held.
        var unitOfOld = Array(repeating: -1, count: old.count)
        for (i, unit) in units.enumerated() {
            if unit.group >= 0 && !unit.split {
                for o in olds(unit) { unitOfOld[o] = i }
            } else {
                unitOfOld[unit.old] = i
            }
        }
        // Deleted paragraphs, after the entry of the old paragraph before them (empty arrays
        // allocate nothing, so most entries cost no list of their own).
        var deletedAfter = Array(repeating: [ParagraphChange](), count: units.count)
        var leading: [ParagraphChange] = []
        var anchor = -1
        var deletedCount = 0
        for o in old.indices {
            if unitOfOld[o] >= 0 {
                anchor = unitOfOld[o]
                continue
            }
            let deleted = ParagraphChange(kind: .deleted, old: [ParagraphRef(old[o].paragraph)], new: [], similarity: 0)
            if anchor >= 0 { deletedAfter[anchor].append(deleted) } else { leading.append(deleted) }
            deletedCount += 1
        }
        // Added paragraphs take their place among the matched ones, in the new draft's order.
        var byNew = Array(repeating: -1, count: self.new.count)
        for (i, unit) in units.enumerated() where byNew.indices.contains(unit.new) {
            byNew[unit.new] = i
        }
        var addedCount = 0
        for n in self.new.indices where byNew[n] < 0 && !alignment.isNewTaken(n) { addedCount += 1 }
        var result = leading
        result.reserveCapacity(units.count + deletedCount + addedCount)
        for n in self.new.indices {
            let i = byNew[n]
            if i >= 0 {
                result.append(change(for: units[i], inPlace: kept[i]))
                result += deletedAfter[i]
                deletedAfter[i] = []
            } else if !alignment.isNewTaken(n) {
                result.append(ParagraphChange(kind: .added, old: [], new: [ParagraphRef(self.new[n].paragraph)],
                                              similarity: 0))
            }
        }
        return result
    }

    private func crossesSection(_ unit: Unit) -> Bool {
        guard unit.group < 0 else { return false }
        return old[unit.old].paragraph.section != new[unit.new].paragraph.section
    }

    /// Phase 6: the change reported for `unit`. Profiles are read in place, never copied.
    private mutating func change(for unit: Unit, inPlace: Bool) -> ParagraphChange {
        let crossed = crossesSection(unit)
        if unit.group < 0, unit.exact {
            // A pair with the same text: most entries, made without any list but their refs.
            let kind: ChangeKind
            if crossed || !inPlace {
                kind = .moved
            } else {
                kind = Self.sameNumber(old[unit.old].paragraph, new[unit.new].paragraph) ? .unchanged : .renumbered
            }
            return ParagraphChange(kind: kind, old: [ParagraphRef(old[unit.old].paragraph)],
                                   new: [ParagraphRef(new[unit.new].paragraph)], similarity: 1, crossedSection: crossed)
        }
        let olds = olds(unit), news = news(unit)
        let entry = change(olds: olds, news: news, exact: unit.exact, crossed: crossed, inPlace: inPlace)
        // Each paragraph is in one unit only: its words are not read again.
        for o in olds { old[o].releaseAnalysis() }
        for n in news { new[n].releaseAnalysis() }
        return entry
    }

    /// ``change(for:inPlace:)`` of a group or of a pair whose text changed.
    private func change(olds: [Int], news: [Int], exact: Bool, crossed: Bool, inPlace: Bool) -> ParagraphChange {
        let oldRefs = olds.map { ParagraphRef(old[$0].paragraph) }
        let newRefs = news.map { ParagraphRef(new[$0].paragraph) }
        let kind: ChangeKind
        if olds.count > 1 {
            kind = .merged
        } else if news.count > 1 {
            kind = .split
        } else if crossed || !inPlace {
            kind = .moved
        } else if !exact {
            kind = .modified
        } else if let o = olds.first, let n = news.first {
            kind = Self.sameNumber(old[o].paragraph, new[n].paragraph) ? .unchanged : .renumbered
        } else {
            kind = .unchanged
        }
        guard !exact else {
            return ParagraphChange(kind: kind, old: oldRefs, new: newRefs, similarity: 1, crossedSection: crossed)
        }
        let similarity = Similarity.dice(Similarity.sum(olds.map { old[$0].bag }),
                                         Similarity.sum(news.map { new[$0].bag }))
        let leadChanged: Bool
        if let o = olds.first, let n = news.first {
            leadChanged = Self.leadChanged(old[o].paragraph, new[n].paragraph)
        } else {
            leadChanged = false
        }
        return ParagraphChange(
            kind: kind, old: oldRefs, new: newRefs, similarity: similarity,
            words: wordChanges(olds, news),
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
