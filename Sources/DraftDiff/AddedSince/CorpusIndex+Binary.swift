/// The cache file format of a ``CorpusIndex``:
///
/// ```text
/// "RDRFTIDX"  magic, 8 bytes
/// UInt32      format version (CorpusIndex.formatVersion)
/// UInt64      payload length in bytes
/// UInt64 × 2  ContentHash of the payload
/// payload     files (path, content hash, skip reason), vocabulary and document frequencies,
///             paragraph columns,
///             word ids, sorted exact keys, sorted shingle keys with their postings
/// ```
///
/// Integers are little-endian; strings are a UInt32 byte count and UTF-8; arrays a UInt32 count
/// and their elements. A reader refuses a wrong magic, version, length or checksum, and an
/// index whose columns disagree (``CorpusIndex/invariantViolation()``).
extension CorpusIndex {
    /// The version of the cache format and of everything that decides its content (tokenizer
    /// folding, final-mark rule, shingle size). Bump it when any of them changes.
    public static let formatVersion: UInt32 = 2

    static let magic: [UInt8] = Array("RDRFTIDX".utf8)
    static let headerSize = 8 + 4 + 8 + 16

    /// The index in the cache format.
    public func serialized() -> [UInt8] {
        var w = BinaryWriter()
        w.write(count: files.count)
        for file in files {
            w.write(file.path)
            w.write(file.contentHash.high)
            w.write(file.contentHash.low)
            w.write(file.skipReason)
        }
        w.write(count: vocabulary.count)
        for word in vocabulary { w.write(word) }
        w.write(documentFrequency)
        w.write(paragraphFile)
        w.write(paragraphSection)
        w.write(paragraphIndex)
        for number in paragraphNumber { w.write(number) }
        for id in paragraphID { w.write(id) }
        w.write(wordStart)
        w.write(words)
        w.write(exactKeys)
        w.write(exactParagraph)
        w.write(shingleKeys)
        w.write(postingStart)
        w.write(postings)
        let payload = w.bytes
        var header = BinaryWriter()
        for byte in Self.magic { header.write(byte) }
        header.write(Self.formatVersion)
        header.write(UInt64(payload.count))
        let checksum = ContentHash(of: payload)
        header.write(checksum.high)
        header.write(checksum.low)
        return header.bytes + payload
    }

    /// Reads an index written by ``serialized()``.
    /// - Throws: ``CacheProblem`` saying why the bytes cannot be trusted.
    public static func deserialize(_ bytes: [UInt8]) throws(CacheProblem) -> CorpusIndex {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else {
            throw CacheProblem("not a redraft index file")
        }
        do {
            var header = BinaryReader(bytes, offset: 8)
            let version = try header.readUInt32()
            guard version == formatVersion else {
                throw CacheProblem("format version \(version), expected \(formatVersion)")
            }
            let length = try header.readUInt64()
            let checksum = ContentHash(high: try header.readUInt64(), low: try header.readUInt64())
            guard length == UInt64(bytes.count - headerSize) else { throw CacheProblem("truncated") }
            let actual = bytes.withUnsafeBytes { ContentHash(of: UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
            guard actual == checksum else { throw CacheProblem("checksum mismatch") }
            var r = BinaryReader(bytes, offset: headerSize)
            let index = try read(&r)
            guard r.isAtEnd else { throw CacheProblem("trailing bytes") }
            if let violation = index.invariantViolation() { throw CacheProblem(violation) }
            return index
        } catch let corrupt as BinaryReader.Corrupt {
            throw CacheProblem(corrupt.description)
        } catch let problem as CacheProblem {
            throw problem
        } catch {
            throw CacheProblem("\(error)")
        }
    }

    private static func read(_ r: inout BinaryReader) throws -> CorpusIndex {
        let limit = Int(Int32.max)
        let fileCount = try r.readCount(limit: limit)
        var files: [IndexedFile] = []
        for _ in 0..<fileCount {
            let path = try r.readString()
            let hash = ContentHash(high: try r.readUInt64(), low: try r.readUInt64())
            files.append(IndexedFile(path: path, contentHash: hash, skipReason: try r.readOptionalString()))
        }
        let wordCount = try r.readCount(limit: limit)
        var vocabulary: [String] = []
        vocabulary.reserveCapacity(wordCount)
        for _ in 0..<wordCount { vocabulary.append(try r.readString()) }
        let documentFrequency = try r.readUInt32Array()
        let paragraphFile = try r.readUInt32Array()
        let paragraphSection = try r.readUInt32Array()
        let paragraphIndex = try r.readUInt32Array()
        var numbers: [String?] = []
        numbers.reserveCapacity(paragraphFile.count)
        for _ in paragraphFile { numbers.append(try r.readOptionalString()) }
        var ids: [String] = []
        ids.reserveCapacity(paragraphFile.count)
        for _ in paragraphFile { ids.append(try r.readString()) }
        return CorpusIndex(
            files: files, vocabulary: vocabulary, documentFrequency: documentFrequency, paragraphFile: paragraphFile, paragraphSection: paragraphSection,
            paragraphIndex: paragraphIndex, paragraphNumber: numbers, paragraphID: ids,
            wordStart: try r.readUInt32Array(), words: try r.readUInt32Array(),
            exactKeys: try r.readUInt64Array(), exactParagraph: try r.readUInt32Array(),
            shingleKeys: try r.readUInt64Array(), postingStart: try r.readUInt32Array(),
            postings: try r.readUInt32Array())
    }
}

/// Why a cached index was not used: damaged, from another format version, or out of date.
public struct CacheProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public var description: String

    /// Creates a problem report.
    public init(_ description: String) { self.description = description }
}
