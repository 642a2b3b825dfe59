import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

@Suite("Added since: corpus index and its cache")
struct AddedSinceIndexTests {
    static func sources() -> [CorpusSource] {
        let a = AddedSinceSupport.text(AddedSinceFinderTests.earlier)
        let b = AddedSinceSupport.text(["Recall the Charter of the United Nations;", "Decide to remain seized of the matter."])
        return [
            CorpusSource(path: "a.txt", displayPath: "a.txt", bytes: Array(a.utf8)),
            CorpusSource(path: "b.txt", displayPath: "b.txt", bytes: Array(b.utf8)),
            CorpusSource(path: "bin.txt", displayPath: "bin.txt", bytes: [0x41, 0x00, 0x42]),
            CorpusSource(path: "empty.txt", displayPath: "empty.txt", bytes: Array(" \n".utf8)),
        ]
    }

    @Test("an index lists every file, skips non-resolutions with a reason and keeps its invariants")
    func build() {
        let index = CorpusIndex.build(Self.sources())
        #expect(index.invariantViolation() == nil)
        #expect(index.files.map(\.path) == ["a.txt", "b.txt", "bin.txt", "empty.txt"])
        #expect(index.files.map { $0.skipReason == nil } == [true, true, false, false])
        #expect(index.files[2].skipReason?.contains("binary") == true)
        #expect(index.paragraphCount == 6)
        #expect(index.indexedFileCount == 2)
    }

    @Test("the binary form reads back to the same index")
    func roundTrip() throws {
        let index = CorpusIndex.build(Self.sources())
        let read = try CorpusIndex.deserialize(index.serialized())
        #expect(read.files == index.files)
        #expect(read.vocabulary == index.vocabulary && read.words == index.words && read.wordStart == index.wordStart)
        #expect(read.paragraphID == index.paragraphID && read.paragraphNumber == index.paragraphNumber)
        #expect(read.exactKeys == index.exactKeys && read.shingleKeys == index.shingleKeys && read.postings == index.postings)
        #expect(read.serialized() == index.serialized())
    }

    @Test("a damaged, truncated or foreign cache file is refused, never trusted", arguments: [0, 9, 40, 100, -1])
    func corrupt(position: Int) {
        var bytes = CorpusIndex.build(Self.sources()).serialized()
        if position < 0 {
            bytes.removeLast(7)
        } else {
            bytes[position] ^= 0x5A
        }
        #expect(throws: CacheProblem.self) { try CorpusIndex.deserialize(bytes) }
    }

    @Test("a folder's index is cached, used while the files are unchanged and rebuilt when one changes")
    func cacheLifecycle() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AddedSinceSupport.write(AddedSinceSupport.text(AddedSinceFinderTests.earlier), "2016/a.txt", in: folder)
        try AddedSinceSupport.write(AddedSinceSupport.text(["Recall the Charter of the United Nations;"]), "b.txt", in: folder)
        let first = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(first.parts[0].cacheOutcome == .rebuilt)
        let cache = IndexCache.location(forFolder: folder.path, cacheDirectory: nil)
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(AddedSinceSupport.leftovers(in: (cache as NSString).deletingLastPathComponent).isEmpty)
        let second = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(second.parts[0].cacheOutcome == .used)
        #expect(second.paragraphCount == first.paragraphCount)

        // Same size, different content: the hash notices.
        try AddedSinceSupport.write(AddedSinceSupport.text(["Recall the Charter of the United Nationz;"]), "b.txt", in: folder)
        let third = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(third.parts[0].cacheOutcome == .rebuilt)
    }

    @Test("a corrupt cache file is reported, rebuilt and replaced")
    func corruptCacheRebuilt() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AddedSinceSupport.write(AddedSinceSupport.text(AddedSinceFinderTests.earlier), "a.txt", in: folder)
        _ = try PriorCorpus.load([folder.path], excluding: nil)
        let cache = IndexCache.location(forFolder: folder.path, cacheDirectory: nil)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: cache))
        let again = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(again.parts[0].cacheOutcome == .rebuilt)
        #expect(again.findings.contains { $0.message.contains("cached index ignored") })
        #expect(try IndexCache.load(from: cache) != nil)
    }

    @Test("a cache folder of the caller's choice keeps the folder itself untouched")
    func cacheDirectory() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        let caches = try AddedSinceSupport.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: caches)
        }
        try AddedSinceSupport.write(AddedSinceSupport.text(AddedSinceFinderTests.earlier), "a.txt", in: folder)
        let options = CorpusOptions(cacheDirectory: caches.path)
        #expect(try PriorCorpus.load([folder.path], excluding: nil, options: options).parts[0].cacheOutcome == .rebuilt)
        #expect(try PriorCorpus.load([folder.path], excluding: nil, options: options).parts[0].cacheOutcome == .used)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".redraft").path))
    }
}
