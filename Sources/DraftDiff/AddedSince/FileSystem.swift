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

/// The few file-system questions corpus loading asks, answered without throwing.
enum FileSystem {
    /// `path` with symbolic links, `.` and `..` resolved; `path` itself when it does not exist.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True for an existing folder, false for an existing file, nil when nothing is there.
    static func isFolder(_ path: String) -> Bool? {
        FilePaths.isFolder(path)
    }

    /// The `*.txt` files below `folder`, as paths relative to it, sorted; hidden files and
    /// folders (`.redraft`, `.git`) are left out.
    static func textFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = FilePaths.lastComponent(relative)
            let full = FilePaths.join(folder, relative)
            if name.hasPrefix(".") {
                if isFolder(full) == true { enumerator.skipDescendants() }
                continue
            }
            if name.lowercased().hasSuffix(".txt"), isFolder(full) == false { found.append(relative) }
        }
        return found.sorted()
    }
}
