extension CorpusIndex {
    /// The first broken invariant of the index, or nil when its columns agree: one entry per
    /// paragraph in every column, word and posting ranges ascending and in bounds, keys sorted,
    /// every file, word and paragraph reference in range. Checked on every index read from a
    /// cache, and by tests after every build.
    func invariantViolation() -> String? {
        let count = paragraphFile.count
        guard paragraphSection.count == count, paragraphIndex.count == count, paragraphNumber.count == count,
              paragraphID.count == count, exactKeys.count == count, exactParagraph.count == count else {
            return "paragraph columns differ in length"
        }
        guard wordStart.count == count + 1, wordStart.first == 0, wordStart.last.map(Int.init) == words.count,
              zip(wordStart, wordStart.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            return "word ranges out of order"
        }
        guard paragraphFile.allSatisfy({ Int($0) < files.count && files[Int($0)].skipReason == nil }) else {
            return "paragraph of a missing or skipped file"
        }
        guard documentFrequency.count == vocabulary.count,
              documentFrequency.allSatisfy({ Int($0) <= count }) else { return "document frequencies do not fit" }
        guard paragraphSection.allSatisfy({ $0 <= 1 }) else { return "bad section" }
        guard words.allSatisfy({ Int($0) < vocabulary.count }) else { return "word id out of range" }
        guard zip(exactKeys, exactKeys.dropFirst()).allSatisfy({ $0 <= $1 }),
              exactParagraph.allSatisfy({ Int($0) < count }) else {
            return "exact keys unsorted or out of range"
        }
        guard postingStart.count == shingleKeys.count + 1, postingStart.first == 0,
              postingStart.last.map(Int.init) == postings.count,
              zip(postingStart, postingStart.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            return "posting ranges out of order"
        }
        guard zip(shingleKeys, shingleKeys.dropFirst()).allSatisfy({ $0 < $1 }),
              postings.allSatisfy({ Int($0) < count }) else {
            return "shingle keys unsorted or postings out of range"
        }
        return nil
    }
}
