#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseTree

/// Keeps a folder's ``CorpusIndex`` on disk between runs: by default in
/// `FOLDER/.redraft/added-since.index`, or in a cache folder of the caller's choice under a
/// name derived from the folder's real path.
///
/// A cached index is used only when it reads back intact (magic, format version, length,
/// checksum, invariants) and lists exactly the folder's current files with the same content
/// hashes; anything else is rebuilt. Writes go to a temporary file in the same folder, then a
/// rename, so that a reader never sees half a file.
public enum IndexCache {
    /// The cache file's name inside `FOLDER/.redraft/`.
    public static let fileName = "added-since.index"

    /// Where the index of `folder` is cached.
    /// - Parameter cacheDirectory: a folder for all caches, or nil for `folder/.redraft/`.
    public static func location(forFolder folder: String, cacheDirectory: String?) -> String {
        if let cacheDirectory {
            let key = ContentHash(of: Array(FileSystem.realPath(folder).utf8))
            return FilePaths.join(cacheDirectory, "added-since-\(key).index")
        }
        return FilePaths.join(FilePaths.join(folder, ".redraft"), fileName)
    }

    /// The index cached at `path`, nil when there is none.
    /// - Throws: ``CacheProblem`` when the file exists but cannot be trusted.
    public static func load(from path: String) throws(CacheProblem) -> CorpusIndex? {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            if error == .missing { return nil }
            throw CacheProblem("cannot read \(path)")
        }
        return try CorpusIndex.deserialize(bytes)
    }

    /// Writes `index` to `path` atomically, creating the folder if needed.
    /// - Throws: ``CacheProblem`` saying what could not be written.
    public static func store(_ index: CorpusIndex, at path: String) throws(CacheProblem) {
        let folder = FilePaths.parent(path)
        let temporary = FilePaths.join(folder, ".\(FilePaths.lastComponent(path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(index.serialized()).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CacheProblem("cannot write \(temporary): \(error)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CacheProblem("cannot rename \(temporary) to \(path): \(reason)")
        }
    }

    /// True when `index` was built from exactly `files` (same paths, same order, same hashes).
    static func matches(_ index: CorpusIndex, _ files: [(path: String, hash: ContentHash)]) -> Bool {
        index.files.count == files.count
            && zip(index.files, files).allSatisfy { $0.path == $1.path && $0.contentHash == $1.hash }
    }
}
