#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Repository {
    /// Turns a path typed by a person (absolute, or relative to `currentDirectory`) into a path
    /// relative to the work tree, as git stores it: `"drafts/resolution.md"`.
    ///
    /// Symbolic links are resolved when the lexical comparison fails, so `/tmp/x` and its real path
    /// both work.
    /// - Throws: ``GitError/outsideWorkTree(path:workTree:)`` for paths outside the work tree,
    ///   ``GitError/invalidPath(_:)`` for the work tree itself or anything in `.git`,
    ///   ``GitError/bareRepository(path:)``.
    public func repositoryPath(
        for userPath: String,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(GitError) -> String {
        let root = try requireWorkdir()
        let absolute = PathResolver.absolute(userPath, currentDirectory: currentDirectory)
        let relative = PathResolver.relative(absolute, to: root)
            ?? PathResolver.relative(
                PathResolver.resolvingSymlinks(absolute), to: PathResolver.resolvingSymlinks(root))
        guard let relative else {
            throw .outsideWorkTree(path: userPath, workTree: root)
        }
        return try Self.validatedRepositoryPath(relative)
    }

    /// The absolute work-tree path of the repository-relative `path`.
    public func absolutePath(forRepositoryPath path: String) throws(GitError) -> String {
        let root = try requireWorkdir()
        return root + "/" + (try Self.validatedRepositoryPath(path))
    }

    /// Checks a repository-relative path and puts it in git's form (no `./`, no repeated slashes).
    static func validatedRepositoryPath(_ path: String) throws(GitError) -> String {
        var components: [Substring] = []
        if path.hasPrefix("/") { throw .invalidPath(path) }
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": throw .invalidPath(path)
            default: components.append(component)
            }
        }
        guard let first = components.first, first.lowercased() != ".git" else {
            throw .invalidPath(path)
        }
        if path.contains("\0") { throw .invalidPath(path) }
        return components.joined(separator: "/")
    }
}
