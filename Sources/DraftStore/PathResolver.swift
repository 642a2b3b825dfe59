#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

/// Lexical path arithmetic, independent of any repository.
enum PathResolver {
    /// `path` made absolute against `currentDirectory`, with `.` and `..` resolved lexically.
    static func absolute(_ path: String, currentDirectory: String) -> String {
        let joined = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        return normalize(joined)
    }

    /// Resolves `.`, `..` and repeated slashes of an absolute path without touching the disk.
    static func normalize(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }


    /// The part of absolute `path` below absolute `root`, or nil if `path` is not below it.
    /// `root` itself gives the empty string.
    static func relative(_ path: String, to root: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// `path` with every symbolic link in its existing leading part resolved.
    static func resolvingSymlinks(_ path: String) -> String {
        var existing = path
        var missing: [String] = []
        while existing != "/" && !existing.isEmpty && !FileManager.default.fileExists(atPath: existing) {
            missing.insert(FilePaths.lastComponent(existing), at: 0)
            existing = FilePaths.parent(existing)
        }
        guard let resolved = FilePaths.realPath(existing) else { return path }
        return missing.isEmpty ? resolved : normalize(resolved + "/" + missing.joined(separator: "/"))
    }
}
