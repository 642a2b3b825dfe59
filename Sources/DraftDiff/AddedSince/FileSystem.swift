#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

/// The few file-system questions corpus loading asks, answered without throwing.
enum FileSystem {
    /// `path` with symbolic links, `.` and `..` resolved; `path` itself when it does not exist.
    static func realPath(_ path: String) -> String {
        FilePaths.realPath(path) ?? path
    }

    /// The `*.txt` files below `folder`, as paths relative to it, sorted; hidden files and
    /// folders (`.redraft`, `.git`) are left out.
    static func textFiles(in folder: String) -> [String] {
        var found: [String] = []
        collectTextFiles(in: folder, relative: "", into: &found)
        return found.sorted()
    }

    /// Adds the `*.txt` files of `folder`/`relative` and of its visible subfolders to `found`.
    private static func collectTextFiles(in folder: String, relative: String, into found: inout [String]) {
        let here = relative.isEmpty ? folder : FilePaths.join(folder, relative)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : FilePaths.join(relative, name)
            let full = FilePaths.join(folder, path)
            // Linked folders are not entered (as FileManager's enumerator does not): no cycles.
            if FilePaths.isFolder(full, followingLinks: false) == true {
                collectTextFiles(in: folder, relative: path, into: &found)
            } else if name.lowercased().hasSuffix(".txt"), FilePaths.isFolder(full) == false {
                found.append(path)
            }
        }
    }
}
