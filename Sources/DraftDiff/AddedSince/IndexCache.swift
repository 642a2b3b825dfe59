import Foundation

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
            return (cacheDirectory as NSString).appendingPathComponent("added-since-\(key).index")
        }
        return ((folder as NSString).appendingPathComponent(".redraft") as NSString).appendingPathComponent(fileName)
    }

    /// The index cached at `path`, nil when there is none.
    /// - Throws: ``CacheProblem`` when the file exists but cannot be trusted.
    public static func load(from path: String) throws(CacheProblem) -> CorpusIndex? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw CacheProblem("cannot read \(path)") }
        return try CorpusIndex.deserialize([UInt8](data))
    }

    /// Writes `index` to `path` atomically, creating the folder if needed.
    public static func store(_ index: CorpusIndex, at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = (folder as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(index.serialized()).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                               NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// True when `index` was built from exactly `files` (same paths, same order, same hashes).
    static func matches(_ index: CorpusIndex, _ files: [(path: String, hash: ContentHash)]) -> Bool {
        index.files.count == files.count
            && zip(index.files, files).allSatisfy { $0.path == $1.path && $0.contentHash == $1.hash }
    }
}
