import ClauseTree

/// One file to index: its path and its bytes.
public struct CorpusSource: Sendable {
    /// The path recorded in the index (relative to the corpus folder).
    public var path: String
    /// The path shown in warnings (as the user would type it).
    public var displayPath: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates a source.
    public init(path: String, displayPath: String, bytes: [UInt8]) {
        self.path = path
        self.displayPath = displayPath
        self.bytes = bytes
    }
}

extension CorpusIndex {
    /// An index of the top-level paragraphs of every file in `sources` that reads as a
    /// resolution. Files that do not (binary, empty, invalid UTF-8, no paragraph) are kept in
    /// ``files`` with their ``IndexedFile/skipReason``. `progress` is called after each batch of files
    /// with the number done and the total. Files are parsed on every core.
    public static func build(_ sources: [CorpusSource], progress: ((Int, Int) -> Void)? = nil) -> CorpusIndex {
        var builder = Builder()
        for file in ParsedCorpusFile.parseAll(sources, progress: progress) { builder.add(file) }
        return builder.finish()
    }

    /// Numbers the words of parsed files in order, then sorts the keys and postings once.
    private struct Builder {
        var index = CorpusIndex(files: [], vocabulary: [], documentFrequency: [], paragraphFile: [], paragraphSection: [],
                                paragraphIndex: [], paragraphNumber: [], paragraphID: [], wordStart: [0],
                                words: [], exactKeys: [], exactParagraph: [], shingleKeys: [],
                                postingStart: [0], postings: [])
        var lookup: [String: Int32] = [:]
        var shinglePairs: [(shingle: UInt64, paragraph: UInt32)] = []

        mutating func add(_ parsed: ParsedCorpusFile) {
            let file = UInt32(index.files.count)
            index.files.append(parsed.file)
            for entry in parsed.entries { add(entry, file: file) }
        }

        mutating func add(_ entry: ParsedCorpusFile.Entry, file: UInt32) {
            let p = UInt32(index.paragraphFile.count)
            index.paragraphFile.append(file)
            index.paragraphSection.append(entry.section == .preamble ? 0 : 1)
            index.paragraphIndex.append(UInt32(truncatingIfNeeded: entry.index))
            index.paragraphNumber.append(entry.number)
            index.paragraphID.append(entry.id)
            index.exactKeys.append(entry.exactKey)
            var ids: [Int32] = []
            ids.reserveCapacity(entry.words.count)
            for word in entry.words {
                let id: Int32
                if let known = lookup[word] {
                    id = known
                } else {
                    id = Int32(truncatingIfNeeded: index.vocabulary.count)
                    lookup[word] = id
                    index.vocabulary.append(word)
                    index.documentFrequency.append(0)
                }
                ids.append(id)
                index.words.append(UInt32(bitPattern: id))
            }
            index.wordStart.append(UInt32(truncatingIfNeeded: index.words.count))
            for id in Set(ids) { index.documentFrequency[Int(id)] += 1 }
            for shingle in ParagraphSignature.shingles(ids) { shinglePairs.append((shingle, p)) }
        }

        mutating func finish() -> CorpusIndex {
            let order = index.exactKeys.indices.sorted {
                index.exactKeys[$0] != index.exactKeys[$1] ? index.exactKeys[$0] < index.exactKeys[$1] : $0 < $1
            }
            index.exactParagraph = order.map { UInt32($0) }
            index.exactKeys = order.map { index.exactKeys[$0] }

            shinglePairs.sort { $0.shingle != $1.shingle ? $0.shingle < $1.shingle : $0.paragraph < $1.paragraph }
            index.postings.reserveCapacity(shinglePairs.count)
            for pair in shinglePairs {
                if index.shingleKeys.last != pair.shingle {
                    if !index.shingleKeys.isEmpty { index.postingStart.append(UInt32(index.postings.count)) }
                    index.shingleKeys.append(pair.shingle)
                }
                index.postings.append(pair.paragraph)
            }
            index.postingStart.append(UInt32(index.postings.count))
            if index.shingleKeys.isEmpty { index.postingStart = [0] }
            return index
        }
    }
}
