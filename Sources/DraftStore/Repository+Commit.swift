import CLibGit2
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

extension Repository {
    /// Records a new commit on the current branch with the given files changed.
    ///
    /// `files` are written into the work tree (folders created as needed) and staged; `paths`
    /// (repository-relative, see ``repositoryPath(for:currentDirectory:)``) are staged as they
    /// are on disk, and staged as deleted when the file is gone. Other staged changes are
    /// committed too, as `git commit` would. The index is written to disk, so `git status` is
    /// clean for these paths afterwards.
    ///
    /// Like `git commit`, it holds `.git/index.lock` throughout, writes the new index into it, and
    /// installs it only once the branch has moved. The branch moves by compare-and-swap
    /// (`git_commit_create` updating `HEAD`): if another process moves it meanwhile, the commit
    /// fails with ``GitError/referenceMoved(ref:)`` and neither the index nor any ref changes.
    /// On any error only the `files` written to the work tree (and unreferenced objects) remain.
    /// The committer defaults to the author.
    ///
    /// ```swift
    /// let id = try repository.commit(
    ///     files: [(path: "resolution.md", contents: Array(text.utf8))],
    ///     message: "Amend operative clause 3", author: author)
    /// if id == nil { print("nothing to commit") }
    /// ```
    /// - Returns: the new commit's id, or nil when the tree would be the same as HEAD's
    ///   (nothing to commit; nothing is written then, apart from the `files`).
    /// - Throws: ``GitError/locked(path:)`` when `index.lock` or a ref lock exists,
    ///   ``GitError/detachedHead``, ``GitError/bareRepository(path:)``, ``GitError/emptyMessage``,
    ///   ``GitError/invalidPath(_:)``, ``GitError/referenceMoved(ref:)``,
    ///   ``GitError/fileSystem(path:message:)``.
    @discardableResult
    public func commit(
        files: [(path: String, contents: [UInt8])] = [],
        paths: [String] = [],
        message: String,
        author: Signature,
        committer: Signature? = nil
    ) throws(GitError) -> ObjectID? {
        let root = try requireWorkdir()
        let branchRef = "refs/heads/" + (try requireBranch())
        let cleanMessage = try Self.prettifiedMessage(message)

        var touched: [String] = []
        var normalizedFiles: [(path: String, contents: [UInt8])] = []
        for file in files {
            let path = try Self.validatedRepositoryPath(file.path)
            normalizedFiles.append((path, file.contents))
            if !touched.contains(path) { touched.append(path) }
        }
        for rawPath in paths {
            let path = try Self.validatedRepositoryPath(rawPath)
            if !touched.contains(path) { touched.append(path) }
        }

        try checkNoLocks(refs: ["HEAD", branchRef], includingIndex: false)
        let lock = try IndexLock(indexPath: gitDirectory + "/index")
        defer { lock.release() }
        for file in normalizedFiles {
            try Self.writeWorkTreeFile(root + "/" + file.path, contents: file.contents)
        }

        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, pointer), "opening the index")
        defer {
            // Forget in-memory changes that did not reach the disk; pick up the new index otherwise.
            _ = git_index_read(index, 1)
            git_index_free(index)
        }
        try LibGit2.check(git_index_read(index, 1), "reading the index")

        let parent = try headCommit()
        defer { git_commit_free(parent) }
        try stage(touched, root: root, in: index)
        var treeID = git_oid()
        try LibGit2.check(git_index_write_tree(&treeID, index), "writing the tree")

        let unchanged: Bool
        if let parent {
            unchanged = ObjectID(git_commit_tree_id(parent)) == ObjectID(treeID)
        } else {
            unchanged = ObjectID(treeID).hex == Self.emptyTreeHex
        }
        if unchanged {
            return nil
        }

        try lock.write(entriesOf: index)
        testHookBeforeCreatingCommit?()
        let id = try createCommit(
            tree: treeID, parent: parent, message: cleanMessage,
            author: author, committer: committer ?? author, branchRef: branchRef)
        try lock.install()
        return id
    }

    /// The id of the tree with no entries.
    static let emptyTreeHex = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    /// Stages each path as it is in the work tree, or as deleted when it is absent.
    private func stage(_ paths: [String], root: String, in index: OpaquePointer?) throws(GitError) {
        for path in paths {
            var status = stat()
            if lstat(root + "/" + path, &status) == 0 {
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    throw .invalidPath(path)
                }
                try LibGit2.check(git_index_add_bypath(index, path), "staging \(path)")
            } else {
                try LibGit2.check(git_index_remove_bypath(index, path), "staging the removal of \(path)")
            }
        }
    }

    /// Writes the commit object and moves HEAD's branch to it if it still points to `parent`.
    private func createCommit(
        tree treeID: git_oid, parent: OpaquePointer?, message: String,
        author: Signature, committer: Signature, branchRef: String
    ) throws(GitError) -> ObjectID {
        var treeOID = treeID
        var tree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&tree, pointer, &treeOID), "reading the new tree")
        defer { git_tree_free(tree) }
        let authorSignature = try author.makeGitSignature()
        defer { git_signature_free(authorSignature) }
        let committerSignature = try committer.makeGitSignature()
        defer { git_signature_free(committerSignature) }

        var parents: [OpaquePointer?] = parent.map { [$0] } ?? []
        var commitID = git_oid()
        let code = parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &commitID, pointer, "HEAD", authorSignature, committerSignature,
                nil, message, tree, buffer.count, buffer.baseAddress)
        }
        if code == GIT_EMODIFIED.rawValue {
            throw .referenceMoved(ref: branchRef)
        }
        try LibGit2.check(code, "creating the commit")
        return ObjectID(commitID)
    }

    /// `message` cleaned as git does (trailing spaces and blank lines removed, final newline added).
    static func prettifiedMessage(_ message: String) throws(GitError) -> String {
        var buffer = git_buf()
        let code = git_message_prettify(&buffer, message, 0, CChar(UInt8(ascii: "#")))
        if code < 0 {
            let error = LibGit2.error(code, "cleaning up the commit message")
            git_buf_dispose(&buffer)
            throw error
        }
        let cleaned = LibGit2.string(from: &buffer)
        if cleaned.trimmingWhitespace().isEmpty {
            throw .emptyMessage
        }
        return cleaned
    }

    /// Replaces the file at `path` atomically with `contents`, creating its folder if needed.
    static func writeWorkTreeFile(_ path: String, contents: [UInt8]) throws(GitError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents).write(to: url, options: .atomic)
        } catch {
            throw .fileSystem(path: path, message: "cannot write the file (\(ErrorText.describe(error)))")
        }
    }
}
