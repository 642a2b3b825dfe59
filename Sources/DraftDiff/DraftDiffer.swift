import ClauseTree

/// Compares two drafts of a resolution paragraph by paragraph: a pure function from two
/// ``Resolution`` values to a ``DraftComparison``.
///
/// Every top-level paragraph of both drafts gets exactly one ``ChangeKind``. Paragraphs are
/// compared by ``Paragraph/fullText`` (sub-paragraphs included) after normalisation, so that
/// layout is never a change: line wrapping, runs of spaces, curly versus straight quotes, and
/// the final ";", "," or "." (which changes when a paragraph becomes, or stops being, the last
/// one) are ignored when paragraphs are matched. A paragraph whose text differs only in that
/// final mark is therefore ``ChangeKind/unchanged`` (or ``ChangeKind/renumbered``), with no
/// word changes; in a paragraph whose words changed anyway, a changed final mark shows in
/// ``ParagraphChange/words`` as one punctuation change, as printed.
///
/// ``DraftComparison/changes`` follows the new draft's order; a deleted paragraph comes right
/// after the entry of the old paragraph that preceded it (first when nothing did). Moved,
/// modified, split and merged entries carry a word-level diff (``WordDiff``).
///
/// The alignment runs in phases, each near-linear in the number of paragraphs:
/// 1. identical normalised texts are paired (the k-th occurrence of a repeated text with the
///    k-th, or by nearest relative position when the counts differ);
/// 2. for the rest, candidates come from a shingle index and from the gap between the
///    surrounding identical pairs, scored by Dice similarity of word multisets;
/// 3. the candidates are assigned greedily, best first, nearer the expected position on ties —
///    first only those in place, then, after step 4, those anywhere (moves);
/// 4. splits and merges are recognised around what is paired;
/// 5. the longest chain of pairs in the same order in both drafts is kept in place, and only
///    pairs off that chain (or that crossed between preamble and operative part) are moved;
/// 6. kinds are decided: an identical text in place is ``ChangeKind/unchanged`` when its
///    printed number is the same — for preambular paragraphs, and for operative paragraphs
///    printed without a number, when its index in its section is the same — and otherwise
///    ``ChangeKind/renumbered``.
///
/// ```swift
/// let comparison = DraftDiffer().compare(oldDraft, newDraft)
/// for change in comparison.changes where change.kind.isChange {
///     print(change.kind, change.old.map(\.label), change.new.map(\.label))
/// }
/// ```
public struct DraftDiffer: Sendable {
    /// The tuning in use.
    public var options: Options

    /// Creates a differ with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Compares the `old` draft with the `new` one. The two drafts are prepared (see
    /// ``PreparedDraft``) at the same time, on two threads.
    public func compare(_ old: Resolution, _ new: Resolution) -> DraftComparison {
        let large = old.preamble.count + old.operative.count + new.preamble.count + new.operative.count
            >= Parallelism.minimumParagraphs
        let prepared = ParallelResults.map(count: 2, inParallel: large) { PreparedDraft($0 == 0 ? old : new) }
        return compare(prepared[0], prepared[1])
    }

    /// Compares two drafts prepared beforehand (each, for example, on the thread that parsed
    /// it).
    public func compare(_ old: PreparedDraft, _ new: PreparedDraft) -> DraftComparison {
        var oldSide = old.side
        var newSide = new.side
        let (alignment, vocabulary) = align(&oldSide, &newSide)
        var assembler = ChangeAssembler(options: options, old: oldSide, new: newSide, alignment: alignment,
                                        vocabulary: vocabulary)
        return DraftComparison(old: old.resolution, new: new.resolution, changes: assembler.changes())
    }

    /// Phases 1–4: the pairing of paragraphs, and the vocabulary of the words of the
    /// paragraphs left over by exact matching (which the word diff then reuses): those are
    /// analysed into words on the way.
    func align(_ old: inout DraftSide, _ new: inout DraftSide) -> (Alignment, Vocabulary) {
        var alignment = Alignment(oldCount: old.count, newCount: new.count)
        ExactMatcher.match(old: old, new: new, into: &alignment)
        let oldRest = (0..<old.count).filter { !alignment.isOldTaken($0) }
        let newRest = (0..<new.count).filter { !alignment.isNewTaken($0) }
        guard oldRest.count + newRest.count >= Parallelism.minimumParagraphs else {
            // Few paragraphs to analyse (a history step's window): one vocabulary, on this thread.
            var vocabulary = Vocabulary.seeded()
            old.analyse(oldRest, with: &vocabulary)
            new.analyse(newRest, with: &vocabulary)
            pairRest(old, new, into: &alignment)
            return (alignment, vocabulary)
        }
        // Each side is tokenized and interned on its own core, into a vocabulary of its own;
        // the old one then absorbs the new one. Ids come out as if both had been interned in
        // order into one vocabulary (old, then new), so everything that breaks ties by them is
        // unchanged. Words are made of final ids: both sides' next, again one per core.
        let read = ParallelResults.map(count: 2) { [old, new] k in
            var side = k == 0 ? old : new
            var words = Vocabulary.seeded()
            side.intern(k == 0 ? oldRest : newRest, with: &words)
            return InternedSide(side: side, vocabulary: words)
        }
        var vocabulary = read[0].vocabulary
        var newSide = read[1].side
        newSide.renumberKeys(vocabulary.absorb(read[1].vocabulary))
        let words = ParallelResults.map(count: 2) { [oldSide = read[0].side, newSide, vocabulary] k in
            var side = k == 0 ? oldSide : newSide
            side.collectWords(k == 0 ? oldRest : newRest, with: vocabulary)
            return side
        }
        old = words[0]
        new = words[1]
        pairRest(old, new, into: &alignment)
        return (alignment, vocabulary)
    }

    /// Phases 2–4, once the paragraphs left over by exact matching are analysed.
    private func pairRest(_ old: DraftSide, _ new: DraftSide, into alignment: inout Alignment) {
        let aligner = ParagraphAligner(options: options)
        let detector = SplitMergeDetector(options: options)
        aligner.align(old: old, new: new, scope: .inPlace, into: &alignment)
        if options.detectsSplitsAndMerges { detector.detect(old: old, new: new, into: &alignment) }
        aligner.align(old: old, new: new, scope: .anywhere, into: &alignment)
        if options.detectsSplitsAndMerges { detector.detect(old: old, new: new, into: &alignment) }
    }

    /// One side interned into a vocabulary of its own.
    private struct InternedSide: Sendable {
        var side: DraftSide
        var vocabulary: Vocabulary
    }
}
