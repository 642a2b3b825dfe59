import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

/// Where a draft's text comes from: a file in the work tree or a file in a commit.
public enum RevisionPath: Hashable, Sendable {
    /// A file on disk, by absolute path.
    case workTree(path: String)
    /// A file in the commit named by `revision`, by repository-relative path.
    case revision(String, path: String)
}

extension Repository {
    /// The commit that `revision` names: a full or abbreviated id, branch, tag, `HEAD~2`, `main^`…
    ///
    /// Tags are followed to the commit they tag.
    /// - Throws: ``GitError/emptyRepository``, ``GitError/unknownRevision(_:)``.
    public func resolve(revision: String) throws(GitError) -> ObjectID {
        let commit = try lookupCommit(revision)
        defer { git_commit_free(commit) }
        return ObjectID(git_commit_id(commit))
    }

    /// The commit that `revision` names, with its author, date and message.
    /// - Throws: ``GitError/emptyRepository``, ``GitError/unknownRevision(_:)``.
    public func commitInfo(revision: String) throws(GitError) -> CommitInfo {
        let commit = try lookupCommit(revision)
        defer { git_commit_free(commit) }
        return CommitInfo(commit: commit)
    }

    /// The bytes of the file at repository-relative `path` in the commit `revision`.
    ///
    /// ```swift
    /// let text = try repository.blob(at: "v1.0", path: "resolution.md")
    /// ```
    /// - Throws: ``GitError/unknownRevision(_:)``, ``GitError/pathNotFound(revision:path:)``
    ///   (also when `path` is a folder there), ``GitError/emptyRepository``.
    public func blob(at revision: String, path: String) throws(GitError) -> [UInt8] {
        let normalized: String
        do {
            normalized = try Self.validatedRepositoryPath(path)
        } catch {
            throw .pathNotFound(revision: revision, path: path)
        }
        let commit = try lookupCommit(revision)
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        try LibGit2.check(git_commit_tree(&tree, commit), "reading the tree of '\(revision)'")
        defer { git_tree_free(tree) }
        guard let blobID = try blobEntryID(in: tree, path: normalized) else {
            throw .pathNotFound(revision: revision, path: normalized)
        }
        return try blobContents(blobID)
    }

    /// Reads `spec` the way `redraft` commands accept a draft: a file path, or `REVISION:PATH`.
    ///
    /// See ``parseRevisionPath(_:currentDirectory:)`` for how the two are told apart.
    public func readRevisionPath(
        _ spec: String,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(GitError) -> [UInt8] {
        switch try parseRevisionPath(spec, currentDirectory: currentDirectory) {
        case .workTree(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .fileSystem(path: path, message: "cannot read the file")
            }
            return Array(data)
        case .revision(let revision, let path):
            return try blob(at: revision, path: path)
        }
    }

    /// Tells a plain file path from `REVISION:PATH`.
    ///
    /// An existing file named `spec` wins (so `notes:v2.md` can be a file name). Otherwise `spec`
    /// is split at its first `:` when the left side names a commit (an empty left side means
    /// `HEAD`). The right side is relative to the repository root, like git's `REV:PATH`, unless it
    /// starts with `./` or `../`, in which case it is relative to `currentDirectory`.
    ///
    /// ```swift
    /// try repository.parseRevisionPath("v1.0:drafts/res.md")  // .revision("v1.0", path: "drafts/res.md")
    /// try repository.parseRevisionPath("drafts/res.md")       // .workTree(path: "/…/drafts/res.md")
    /// ```
    /// - Throws: ``GitError/unknownRevision(_:)`` when the left side of a `:` names no commit and
    ///   no such file exists; ``GitError/fileSystem(path:message:)`` for a missing plain file.
    public func parseRevisionPath(
        _ spec: String,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(GitError) -> RevisionPath {
        let absolute = PathResolver.absolute(spec, currentDirectory: currentDirectory)
        if FilePaths.isFolder(absolute) == false {
            return .workTree(path: absolute)
        }
        guard let colon = spec.firstIndex(of: ":") else {
            throw .fileSystem(path: spec, message: "no such file")
        }
        let left = String(spec[..<colon])
        let right = String(spec[spec.index(after: colon)...])
        let revision = left.isEmpty ? "HEAD" : left
        _ = try resolve(revision: revision)
        let path: String
        if right.hasPrefix("./") || right.hasPrefix("../") || right == "." || right == ".." {
            path = try repositoryPath(for: right, currentDirectory: currentDirectory)
        } else {
            path = right
        }
        return .revision(revision, path: path)
    }

    // MARK: - Internal

    /// The id of the blob at `path` in `tree`, or nil when there is none (or it is a folder).
    func blobEntryID(in tree: OpaquePointer?, path: String) throws(GitError) -> git_oid? {
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try LibGit2.check(code, "looking up \(path)")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB, let id = git_tree_entry_id(entry) else {
            return nil
        }
        return id.pointee
    }

    /// The bytes of the blob `id`.
    func blobContents(_ id: git_oid) throws(GitError) -> [UInt8] {
        var oid = id
        var blob: OpaquePointer?
        try LibGit2.check(git_blob_lookup(&blob, pointer, &oid), "reading blob \(ObjectID(id).shortHex)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }
}
