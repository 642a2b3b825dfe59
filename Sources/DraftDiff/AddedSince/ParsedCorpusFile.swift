import ClauseTree
import Dispatch

/// One corpus file read and parsed, before its words are numbered: the part of indexing that
/// needs no shared state, and so runs on every core.
struct ParsedCorpusFile: Sendable {
    /// One top-level paragraph of the file.
    struct Entry: Sendable {
        var section: Section
        var index: Int
        var number: String?
        var id: String
        var exactKey: UInt64
        var words: [String]
    }

    /// The file record (path, content hash, skip reason).
    var file: IndexedFile
    /// The file's paragraphs; empty when it was skipped.
    var entries: [Entry]

    /// Hashes, decodes and parses `source`.
    init(_ source: CorpusSource) {
        let hash = ContentHash(of: source.bytes)
        entries = []
        let resolution: Resolution
        do {
            resolution = ResolutionParser().parse(try DraftText.decode(source.bytes, path: source.displayPath))
        } catch {
            let reason = error.line.map { "line \($0): \(error.message)" } ?? error.message
            file = IndexedFile(path: source.path, contentHash: hash, skipReason: reason)
            return
        }
        guard !resolution.isEmpty else {
            file = IndexedFile(path: source.path, contentHash: hash, skipReason: "no resolution paragraph found")
            return
        }
        file = IndexedFile(path: source.path, contentHash: hash)
        entries = resolution.paragraphs.map { paragraph in
            let signature = ParagraphSignature(paragraph)
            return Entry(section: paragraph.section, index: paragraph.index, number: paragraph.number, id: paragraph.id,
                         exactKey: signature.exactKey, words: signature.words)
        }
    }

    /// Every source parsed, in order, on all cores; `progress` is called on the calling thread
    /// after each batch with the number of files done and the total.
    static func parseAll(_ sources: [CorpusSource], progress: ((Int, Int) -> Void)?) -> [ParsedCorpusFile] {
        var parsed: [ParsedCorpusFile] = []
        parsed.reserveCapacity(sources.count)
        let batch = 64
        var start = 0
        while start < sources.count {
            let end = min(start + batch, sources.count)
            let slice = Array(sources[start..<end])
            let results = [ParsedCorpusFile](unsafeUninitializedCapacity: slice.count) { buffer, initialized in
                guard let address = buffer.baseAddress else { return }
                // Each iteration initialises its own slot and nothing else: no slot is shared.
                nonisolated(unsafe) let base = address
                DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                    (base + i).initialize(to: ParsedCorpusFile(slice[i]))
                }
                initialized = slice.count
            }
            parsed += results
            start = end
            progress?(start, sources.count)
        }
        return parsed
    }
}
