extension DraftDiffer {
    /// Tuning of the paragraph aligner. The defaults suit resolutions of a few to tens of
    /// thousands of paragraphs.
    ///
    /// ```swift
    /// var options = DraftDiffer.Options()
    /// options.matchThreshold = 0.6   // be stricter about calling a paragraph "modified"
    /// let comparison = DraftDiffer(options: options).compare(old, new)
    /// ```
    public struct Options: Sendable, Hashable {
        /// Least word similarity (Dice coefficient on word multisets) for two paragraphs that
        /// stand in the same place to count as one modified paragraph.
        public var matchThreshold: Double
        /// Least word similarity for two paragraphs that stand in different places to count as
        /// one moved paragraph: a move needs more evidence than an edit in place, because in a
        /// long draft of formulaic paragraphs an added paragraph often resembles a deleted one
        /// somewhere else. A paragraph moved and rewritten beyond this is reported as deleted
        /// and added.
        public var moveThreshold: Double
        /// Words per shingle in the candidate index.
        public var shingleSize: Int
        /// Candidates scored per unmatched paragraph, from the index and from the same gap each.
        public var candidatesPerParagraph: Int
        /// Shingles found in more unmatched paragraphs than this are ignored when looking for
        /// candidates.
        public var maxShinglePostings: Int
        /// Whether to look for split and merged paragraphs.
        public var detectsSplitsAndMerges: Bool
        /// Most differences the word diff looks for exactly before it falls back to anchoring
        /// on words that occur once in both texts.
        public var maxWordEdits: Int

        /// Options with the default values.
        public init(matchThreshold: Double = 0.5, moveThreshold: Double = 0.75, shingleSize: Int = 3,
                    candidatesPerParagraph: Int = 8, maxShinglePostings: Int = 64,
                    detectsSplitsAndMerges: Bool = true, maxWordEdits: Int = 1_000) {
            self.matchThreshold = matchThreshold
            self.moveThreshold = moveThreshold
            self.shingleSize = shingleSize
            self.candidatesPerParagraph = candidatesPerParagraph
            self.maxShinglePostings = maxShinglePostings
            self.detectsSplitsAndMerges = detectsSplitsAndMerges
            self.maxWordEdits = maxWordEdits
        }
    }
}
