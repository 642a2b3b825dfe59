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
        var entryOfOld: [Int?] = Array(repeating: nil, count: old.count)
        for (i, unit) in units.enumerated() {
            for o in unit.old { entryOfOld[o] = entries.count }
            entries.append(change(for: unit, inPlace: kept[i]))
        }
        var new = entries.map { [$0] }
        var leading: [ParagraphChange] = []
        var anchor: Int?
        for o in old.indices {
            if let entry = entryOfOld[o] {
                anchor = entry
                continue
            }
            let deleted = ParagraphChange(kind: .deleted, old: [ParagraphRef(old[o].paragraph)], new: [], similarity: 0)
            if let anchor { new[anchor].append(deleted) } else { leading.append(deleted) }
        }
        // Added paragraphs take their place among the matched ones, in the new draft's order.
        var result = leading
        var byNew: [Int: Int] = [:]
        for (i, unit) in units.enumerated() { byNew[unit.new.first ?? 0] = i }
        for n in self.new.indices {
            if let i = byNew[n] {
                result += new[i]
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

    /// Phase 6: the change reported for `unit`.
    private func change(for unit: Unit, inPlace: Bool) -> ParagraphChange {
        let olds = unit.old.map { old[$0] }, news = unit.new.map { new[$0] }
        let oldRefs = olds.map { ParagraphRef($0.paragraph) }, newRefs = news.map { ParagraphRef($0.paragraph) }
        let crossed = crossesSection(unit)
        let kind: ChangeKind
        if olds.count > 1 {
            kind = .merged
        } else if news.count > 1 {
            kind = .split
        } else if crossed || !inPlace {
            kind = .moved
        } else if !unit.exact {
            kind = .modified
        } else {
            kind = Self.sameNumber(olds[0].paragraph, news[0].paragraph) ? .unchanged : .renumbered
        }
        guard !unit.exact else {
            return ParagraphChange(kind: kind, old: oldRefs, new: newRefs, similarity: 1, crossedSection: crossed)
        }
        let similarity = Similarity.dice(Similarity.sum(olds.map(\.bag)), Similarity.sum(news.map(\.bag)))
        return ParagraphChange(
            kind: kind, old: oldRefs, new: newRefs, similarity: similarity,
            words: wordChanges(olds, news),
            leadChanged: Self.leadChanged(olds[0].paragraph, news[0].paragraph),
            crossedSection: crossed)
    }

    /// The word diff of the joined texts of `olds` and `news`, from the tokens the alignment
    /// already made when every paragraph was analysed (otherwise from the texts).
    private func wordChanges(_ olds: [ParagraphProfile], _ news: [ParagraphProfile]) -> [WordChange] {
        guard olds.allSatisfy(\.isAnalysed), news.allSatisfy(\.isAnalysed) else {
            let oldText = olds.map(\.paragraph.fullText).joined(separator: " ")
            let newText = news.map(\.paragraph.fullText).joined(separator: " ")
            return WordDiff.changes(from: oldText, to: newText, maxEdits: options.maxWordEdits)
        }
        let (a, aKeys) = Self.joinedTokens(olds), (b, bKeys) = Self.joinedTokens(news)
        let vocabulary = self.vocabulary
        return WordDiff.changes(old: a, oldKeys: aKeys, new: b, newKeys: bKeys, maxEdits: options.maxWordEdits) { o in
            let key = Int(aKeys[o])
            return vocabulary.isPunctuation[key] || vocabulary.isStopWord[key]
        }
    }

    /// The tokens of the paragraphs' texts joined with spaces: each paragraph's tokens, the
    /// first of every paragraph after the first preceded by a space.
    static func joinedTokens(_ profiles: [ParagraphProfile]) -> ([Token], [Int32]) {
        guard profiles.count > 1 else { return (profiles.first?.tokens ?? [], profiles.first?.tokenKeys ?? []) }
        var tokens: [Token] = [], keys: [Int32] = []
        for (i, profile) in profiles.enumerated() {
            let start = tokens.count
            tokens += profile.tokens
            keys += profile.tokenKeys
            if i > 0, start < tokens.count { tokens[start].spaceBefore = true }
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
