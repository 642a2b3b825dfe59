/// Interns token keys as small integers so that paragraphs compare as arrays of numbers.
///
/// Each distinct key is looked up once; its lowercased form and whether it is punctuation are
/// computed on first sight and kept by id.
struct Vocabulary {
    private var ids: [String: Int32] = [:]
    /// For each key id, the id of its lowercased word form (itself when already lowercase).
    private(set) var lowered: [Int32] = []
    /// For each key id, true when the key is one punctuation mark.
    private(set) var isPunctuation: [Bool] = []
    /// For each key id, true for short function words ("the", "of", "and").
    private(set) var isStopWord: [Bool] = []

    /// The id of `key`, assigning a new one on first sight.
    mutating func id(for key: String, punctuation: Bool) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(lowered.count)
        ids[key] = id
        lowered.append(id)
        isPunctuation.append(punctuation)
        let lower = key.lowercased()
        isStopWord.append(Self.stopWords.contains(lower))
        if lower != key {
            let lowerID = self.id(for: lower, punctuation: punctuation)
            lowered[Int(id)] = lowerID
        }
        return id
    }

    /// The key ids of `tokens`.
    mutating func ids(for tokens: [Token]) -> [Int32] {
        tokens.map { token in ids[token.key] ?? id(for: token.key, punctuation: token.isPunctuation) }
    }

    /// Function words that may be absorbed into a neighbouring change by the word-diff cleanup.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at", "as",
        "from", "that", "its", "their", "is", "are", "be", "this", "these", "which", "into",
    ]
}
