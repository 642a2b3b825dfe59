import ClauseTree

/// Phases 5 and 6: turns an ``Alignment`` into the list of ``ParagraphChange`` values, in the
/// new draft's order with deleted paragraphs after the entry of the old paragraph before them.
struct ChangeAssembler: Sendable {
    /// The differ's options.
    var options: DraftDiffer.Options
    /// The old draft's paragraphs.
    var old: DraftSide
    /// The new draft's paragraphs.
    var new: DraftSide
    /// The pairing to report.
    var alignment: Alignment
    /// The ids the analysed paragraphs' tokens were interned with.
    var vocabulary = Vocabulary.seeded()

    /// A matched group: one pair, a split or a merge. Held without arrays of its own (there is
    /// one per paragraph pair): a group's parts are read from the alignment when needed.
    private struct Unit: Sendable {
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

    /// Every paragraph of both drafts, each in exactly one change.
    mutating func changes() -> [ParagraphChange] {
        // Each new paragraph starts at most one unit (it is paired, or the first part of a split,
        // or the result of a merge), so the units are made in the new draft's order, unsorted.
        var groupAt = Array(repeating: Unit?.none, count: self.new.count)
        for (i, split) in alignment.splits.enumerated() {
            let first = split.new.first ?? 0
            groupAt[first] = Unit(old: split.old, new: first, exact: false, group: i, split: true)
        }
        for (i, merge) in alignment.merges.enumerated() {
            groupAt[merge.new] = Unit(old: merge.old.first ?? 0, new: merge.new, exact: false, group: i, split: false)
        }
        var units: [Unit] = []
        units.reserveCapacity(self.new.count)
        for n in 0..<self.new.count {
            if let o = alignment.newToOld[n] {
                units.append(Unit(old: o, new: n, exact: alignment.exact[o]))
            } else if let group = groupAt[n] {
                units.append(group)
            }
        }

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
        // Deleted paragraphs, after the entry of the old paragraph before them: grouped by that
        // entry (`deletedStarts[i]..<deletedStarts[i + 1]` of `deleted` follow unit i), in order.
        var leading: [ParagraphChange] = []
        var anchors: [(unit: Int, old: Int)] = []
        var deletedCounts = Array(repeating: 0, count: units.count + 1)
        var anchor = -1
        for o in 0..<old.count {
            if unitOfOld[o] >= 0 {
                anchor = unitOfOld[o]
            } else if anchor >= 0 {
                anchors.append((anchor, o))
                deletedCounts[anchor + 1] += 1
            } else {
                leading.append(ParagraphChange(kind: .deleted, old: [old.ref(o)], new: [], similarity: 0))
            }
        }
        var deletedStarts = deletedCounts
        for i in units.indices { deletedStarts[i + 1] += deletedStarts[i] }
        var deleted = Array(repeating: -1, count: anchors.count)
        var fill = deletedStarts
        for (unit, o) in anchors {
            deleted[fill[unit]] = o
            fill[unit] += 1
        }
        // What changes the vocabulary is done here, in order: the analysis guard and the
        // comparison of leading phrases. The rest is pure and runs on both cores: first the word
        // diffs (the costly part, independent of one another), then the entries in two halves.
        let worded = units.indices.filter { !units[$0].exact }
        var wordsOfUnit = Array(repeating: -1, count: units.count)
        var leadChangedOfUnit = Array(repeating: false, count: units.count)
        for (k, i) in worded.enumerated() {
            wordsOfUnit[i] = k
            // The aligner analysed every paragraph it paired; this only guards the invariant.
            let (o, n) = (olds(units[i]), news(units[i]))
            if o.contains(where: { !old.isAnalysed[$0] }) { old.analyse(o, with: &vocabulary) }
            if n.contains(where: { !new.isAnalysed[$0] }) { new.analyse(n, with: &vocabulary) }
            if let first = o.first, let firstNew = n.first { leadChangedOfUnit[i] = leadChanged(first, firstNew) }
        }
        let assembler = self
        let wordedUnits = worded.map { units[$0] }
        let words = ParallelResults.map(count: wordedUnits.count,
                                        inParallel: wordedUnits.count >= Parallelism.minimumParagraphs / 8) { k in
            assembler.wordChanges(assembler.olds(wordedUnits[k]), assembler.news(wordedUnits[k]))
        }

        // Added paragraphs take their place among the matched ones, in the new draft's order.
        var byNew = Array(repeating: -1, count: self.new.count)
        for (i, unit) in units.enumerated() where byNew.indices.contains(unit.new) {
            byNew[unit.new] = i
        }
        let (unitList, keptList) = (units, kept)
        let (deletedList, deletedRanges) = (deleted, deletedStarts)
        let (unitOfNew, wordsAt, leadChangedAt) = (byNew, wordsOfUnit, leadChangedOfUnit)
        // Each new paragraph's entries (its unit's, then the deleted paragraphs after it; or an
        // added one) are counted first, so that the two halves of the draft can write theirs
        // straight into their places in one array.
        let newCount = self.new.count
        let middle = newCount / 2
        var secondStart = leading.count
        var total = leading.count
        for n in 0..<newCount {
            if n == middle { secondStart = total }
            let i = byNew[n]
            if i >= 0 {
                total += 1 + deletedStarts[i + 1] - deletedStarts[i]
            } else if !alignment.isNewTaken(n) {
                total += 1
            }
        }
        if newCount == 0 { secondStart = total }
        let (firstStart, secondHalfStart) = (leading.count, secondStart)
        return [ParagraphChange](unsafeUninitializedCapacity: total) { [leading, total] buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            base.initialize(from: leading, count: leading.count)
            let slots = EntrySlots(base: base, capacity: total)
            let written = ParallelResults.map(count: 2, inParallel: newCount >= Parallelism.minimumParagraphs) { half in
                var at = half == 0 ? firstStart : secondHalfStart
                for n in (half == 0 ? 0..<middle : middle..<newCount) {
                    let i = unitOfNew[n]
                    if i >= 0 {
                        let words = wordsAt[i] >= 0 ? words[wordsAt[i]] : []
                        slots.put(assembler.change(for: unitList[i], inPlace: keptList[i], words: words,
                                                   leadChanged: leadChangedAt[i]), at: &at)
                        for o in deletedList[deletedRanges[i]..<deletedRanges[i + 1]] {
                            slots.put(ParagraphChange(kind: .deleted, old: [assembler.old.ref(o)], new: [], similarity: 0), at: &at)
                        }
                    } else if !assembler.alignment.isNewTaken(n) {
                        slots.put(ParagraphChange(kind: .added, old: [], new: [assembler.new.ref(n)], similarity: 0), at: &at)
                    }
                }
                return at
            }
            // Both halves filled exactly the places counted for them.
            precondition(written == [secondHalfStart, total], "entry count mismatch")
            initialized = total
        }
    }

    /// Where the two halves of ``changes()`` write their entries: one array's uninitialised
    /// storage, each half its own range of it.
    private struct EntrySlots: @unchecked Sendable {
        // @unchecked: the halves write disjoint ranges, and the storage is read only after
        // both are done (`DispatchQueue.concurrentPerform` orders those writes before the reads).
        let base: UnsafeMutablePointer<ParagraphChange>
        /// The number of slots.
        let capacity: Int

        /// Initialises the slot at `index` with `entry`, and moves `index` past it.
        func put(_ entry: ParagraphChange, at index: inout Int) {
            precondition(index < capacity, "more entries than counted")
            (base + index).initialize(to: entry)
            index += 1
        }
    }

    private func crossesSection(_ unit: Unit) -> Bool {
        guard unit.group < 0 else { return false }
        return old.section(unit.old) != new.section(unit.new)
    }

    /// True when old paragraph `o` keeps its label as new paragraph `n`: the same printed
    /// number, or — for paragraphs without one, preambular paragraphs always — the same index in
    /// the same section.
    private func sameNumber(_ o: Int, _ n: Int) -> Bool {
        guard old.section(o) == new.section(n) else { return false }
        let x = old.number(o), y = new.number(n)
        if let x, let y { return x == y }
        return x == nil && y == nil && old.index(o) == new.index(n)
    }

    /// Phase 6: the change reported for `unit`; `words` is its word diff and `leadChanged`
    /// whether its leading phrase changed, when its text changed.
    private func change(for unit: Unit, inPlace: Bool, words: [WordChange], leadChanged: Bool) -> ParagraphChange {
        let crossed = crossesSection(unit)
        if unit.group < 0, unit.exact {
            // A pair with the same text: most entries, made without any list but their refs.
            let kind: ChangeKind
            if crossed || !inPlace {
                kind = .moved
            } else {
                kind = sameNumber(unit.old, unit.new) ? .unchanged : .renumbered
            }
            return ParagraphChange(kind: kind, old: [old.ref(unit.old)], new: [new.ref(unit.new)], similarity: 1,
                                   crossedSection: crossed)
        }
        return change(olds: olds(unit), news: news(unit), exact: unit.exact, crossed: crossed, inPlace: inPlace,
                      words: words, leadChanged: leadChanged)
    }

    /// ``change(for:inPlace:)`` of a group or of a pair whose text changed.
    private func change(olds: [Int], news: [Int], exact: Bool, crossed: Bool, inPlace: Bool,
                        words: [WordChange], leadChanged: Bool) -> ParagraphChange {
        let oldRefs = olds.map { old.ref($0) }
        let newRefs = news.map { new.ref($0) }
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
            kind = sameNumber(o, n) ? .unchanged : .renumbered
        } else {
            kind = .unchanged
        }
        guard !exact else {
            return ParagraphChange(kind: kind, old: oldRefs, new: newRefs, similarity: 1, crossedSection: crossed)
        }
        let similarity = Similarity.dice(Similarity.sum(olds.map { old.bag($0) }),
                                         Similarity.sum(news.map { new.bag($0) }))
        return ParagraphChange(
            kind: kind, old: oldRefs, new: newRefs, similarity: similarity,
            words: words,
            leadChanged: leadChanged,
            crossedSection: crossed)
    }

    /// The word diff of the joined texts of old paragraphs `olds` and new paragraphs `news`
    /// (all analysed), from the tokens the alignment already made.
    private func wordChanges(_ olds: [Int], _ news: [Int]) -> [WordChange] {
        let (a, aKeys) = Self.joinedTokens(olds, of: old), (b, bKeys) = Self.joinedTokens(news, of: new)
        let isPunctuation = vocabulary.isPunctuation, isStopWord = vocabulary.isStopWord
        return old.bytes.withUnsafeBufferPointer { aBytes in
            new.bytes.withUnsafeBufferPointer { bBytes in
                WordDiff.changes(old: a, oldKeys: aKeys, in: aBytes, new: b, newKeys: bKeys, in: bBytes,
                                 maxEdits: options.maxWordEdits) { o in
                    let key = Int(aKeys[o])
                    return isPunctuation[key] || isStopWord[key]
                }
            }
        }
    }

    /// The tokens of the texts of analysed paragraphs `paragraphs` of `side` joined with spaces
    /// (each paragraph's tokens, the first of every paragraph after the first preceded by a
    /// space), and their key ids.
    static func joinedTokens(_ paragraphs: [Int], of side: DraftSide) -> ([TokenSpan], [Int32]) {
        let count = paragraphs.reduce(0) { $0 + side.tokenRange($1).count }
        var tokens: [TokenSpan] = [], keys: [Int32] = []
        tokens.reserveCapacity(count)
        keys.reserveCapacity(count)
        for (k, p) in paragraphs.enumerated() {
            let start = tokens.count
            let range = side.tokenRange(p)
            tokens += side.tokens[range]
            keys += side.tokenKeys[range]
            if k > 0, start < tokens.count { tokens[start].spaceBefore = true }
        }
        return (tokens, keys)
    }

    /// True when old paragraph `o` and new paragraph `n` both have a leading phrase and the
    /// phrases differ in their words (case and typography ignored).
    private mutating func leadChanged(_ o: Int, _ n: Int) -> Bool {
        let a = old.lead(o), b = new.lead(n)
        // The usual case, the same phrase byte for byte, has the same words.
        if a.utf8.elementsEqual(b.utf8) { return false }
        let x = leadWords(a), y = leadWords(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x != y
    }

    /// The lowercased word ids of `lead`, punctuation left out: equal exactly when the phrases'
    /// ``Tokenizer/words(_:)`` are.
    private mutating func leadWords(_ lead: String) -> [Int32] {
        var text = lead
        return text.withUTF8 { bytes in
            var spans: [TokenSpan] = []
            Tokenizer.appendSpans(of: bytes, in: 0..<bytes.count, to: &spans)
            return spans.compactMap { span in
                span.isPunctuation ? nil : vocabulary.lowered[Int(vocabulary.id(of: span, in: bytes))]
            }
        }
    }
}
