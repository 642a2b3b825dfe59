import Foundation

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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    /// The `*.txt` files below `folder`, as paths relative to it, sorted; hidden files and
    /// folders (`.redraft`, `.git`) are left out.
    static func textFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = (folder as NSString).appendingPathComponent(relative)
            if name.hasPrefix(".") {
                if isFolder(full) == true { enumerator.skipDescendants() }
                continue
            }
            if name.lowercased().hasSuffix(".txt"), isFolder(full) == false { found.append(relative) }
        }
        return found.sorted()
    }
}
