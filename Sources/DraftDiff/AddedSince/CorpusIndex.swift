import ClauseTree
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A searchable index of the paragraphs of a set of earlier resolutions: exact-text keys for
/// reused paragraphs and an inverted index of word shingles for adapted ones, so that a draft
/// paragraph is compared only with the few corpus paragraphs that share its language.
///
/// Built by ``CorpusIndex/build(_:progress:)`` from file contents, and stored between runs by
/// ``IndexCache``. All storage is flat arrays, so that the cache loads without rebuilding.
public struct CorpusIndex: Sendable {
    /// The files the index was built from, in order, skipped ones included.
    public internal(set) var files: [IndexedFile]
    /// Distinct lowercased words; a word's id is its position.
    var vocabulary: [String]
    /// For each word id: the number of paragraphs that contain the word.
    var documentFrequency: [UInt32]
    /// For each paragraph: its file's position in ``files``.
    var paragraphFile: [UInt32]
    /// For each paragraph: 0 preamble, 1 operative.
    var paragraphSection: [UInt32]
    /// For each paragraph: its 1-based index in its section.
    var paragraphIndex: [UInt32]
    /// For each paragraph: its number as printed.
    var paragraphNumber: [String?]
    /// For each paragraph: its eId.
    var paragraphID: [String]
    /// Paragraph p's words are `words[wordStart[p]..<wordStart[p + 1]]`.
    var wordStart: [UInt32]
    /// Word ids of every paragraph, one after the other.
    var words: [UInt32]
    /// Exact-text keys, sorted; `exactParagraph[i]` holds `exactKeys[i]`.
    var exactKeys: [UInt64]
    /// The paragraph of each entry of ``exactKeys``.
    var exactParagraph: [UInt32]
    /// Distinct shingle hashes, sorted.
    var shingleKeys: [UInt64]
    /// The postings of `shingleKeys[k]` are `postings[postingStart[k]..<postingStart[k + 1]]`.
    var postingStart: [UInt32]
    /// Paragraph numbers, grouped by shingle, ascending within each group.
    var postings: [UInt32]

    /// The number of paragraphs indexed.
    public var paragraphCount: Int { paragraphFile.count }

    /// The file positions (in ``files``) of the files that were indexed, not skipped.
    public var indexedFileCount: Int { files.reduce(0) { $0 + ($1.skipReason == nil ? 1 : 0) } }

    /// Where paragraph `p` stands, with `file` naming its file.
    func location(of p: Int, file: String) -> PriorParagraphRef {
        PriorParagraphRef(file: file, section: paragraphSection[p] == 0 ? .preamble : .operative,
                          index: Int(paragraphIndex[p]), number: paragraphNumber[p], id: paragraphID[p])
    }

    /// The word ids of paragraph `p`.
    func words(of p: Int) -> [Int32] {
        words[Int(wordStart[p])..<Int(wordStart[p + 1])].map { Int32(bitPattern: $0) }
    }

    /// The paragraphs whose exact-text key is `key`, in index order.
    func paragraphs(withExactKey key: UInt64) -> [Int] {
        var low = exactKeys.lowerBound(of: key)
        var found: [Int] = []
        while low < exactKeys.count, exactKeys[low] == key {
            found.append(Int(exactParagraph[low]))
            low += 1
        }
        return found.sorted()
    }

    /// The paragraphs holding `shingle`.
    func postings(of shingle: UInt64) -> ArraySlice<UInt32> {
        let k = shingleKeys.lowerBound(of: shingle)
        guard k < shingleKeys.count, shingleKeys[k] == shingle else { return [] }
        return postings[Int(postingStart[k])..<Int(postingStart[k + 1])]
    }

    /// The word ids of `words`; a word not in the vocabulary gets an id above every known one
    /// (the same id for the same word), so that it matches nothing.
    func wordIDs(_ words: [String], lookup: [String: Int32]) -> [Int32] {
        var unknown: [String: Int32] = [:]
        return words.map { word in
            if let id = lookup[word] { return id }
            if let id = unknown[word] { return id }
            let id = Int32(truncatingIfNeeded: vocabulary.count + unknown.count)
            unknown[word] = id
            return id
        }
    }

    /// The vocabulary as a dictionary from word to id.
    func vocabularyLookup() -> [String: Int32] {
        var lookup: [String: Int32] = [:]
        lookup.reserveCapacity(vocabulary.count)
        for (id, word) in vocabulary.enumerated() { lookup[word] = Int32(id) }
        return lookup
    }

    /// The weight of each word id in similarity scores: its inverse document frequency,
    /// ln((P + 1) / (df + 1)) + 0.1 for P paragraphs, so that formulaic words ("Member States",
    /// "the") count for little and the words that say what a paragraph is about count for much.
    /// Ids past the vocabulary (words the corpus never saw) weigh the most.
    func wordWeights() -> [Double] {
        let total = Double(paragraphCount + 1)
        return documentFrequency.map { log(total / Double($0 + 1)) + 0.1 }
    }

    /// The weight of a word the corpus never saw.
    var unseenWordWeight: Double { log(Double(paragraphCount + 1)) + 0.1 }
}

/// One file of an indexed corpus: where it is, what its bytes hashed to, and why it was
/// skipped if it was.
public struct IndexedFile: Sendable, Hashable {
    /// The path relative to the corpus folder (or as given, for a file named on its own).
    public var path: String
    /// The hash of the file's bytes when it was indexed.
    public var contentHash: ContentHash
    /// Why the file was left out ("binary file", "no resolution paragraph found"), or nil.
    public var skipReason: String?

    /// Creates a file record.
    public init(path: String, contentHash: ContentHash, skipReason: String? = nil) {
        self.path = path
        self.contentHash = contentHash
        self.skipReason = skipReason
    }
}
