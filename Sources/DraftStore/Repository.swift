import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

/// A git repository opened through libgit2: the only door to git in Redraft.
///
/// The object owns its libgit2 handle and frees it when released. Everything it hands out is a
/// Swift value copied out of libgit2's memory. It is not `Sendable`: keep a repository on one task
/// (open another one elsewhere if needed).
///
/// ```swift
/// let repository = try Repository.open(at: ".")
/// let author = try repository.defaultSignature()
/// try repository.commit(paths: ["resolution.md"], message: "First draft", author: author)
/// ```
public final class Repository {
    /// The owned `git_repository *`.
    let pointer: OpaquePointer

    /// Called by ``commit(files:paths:message:author:committer:)`` while it holds the index lock,
    /// just before it creates the commit, so tests can play a concurrent writer.
    var testHookBeforeCreatingCommit: (() -> Void)?

    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens the repository containing `path`, searching upward from it as `git` does.
    ///
    /// - Parameters:
    ///   - path: a folder or file (its folder is used), absolute or relative to the current directory.
    ///   - allowBare: whether a bare repository (no work tree) is acceptable.
    /// - Throws: ``GitError/notARepository(path:)``, ``GitError/bareRepository(path:)``.
    public static func open(at path: String, allowBare: Bool = false) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        var absolute = PathResolver.absolute(path, currentDirectory: FileManager.default.currentDirectoryPath)
        if FilePaths.isFolder(absolute) == false {
            absolute = FilePaths.parent(absolute)
        }
        var raw: OpaquePointer?
        let code = git_repository_open_ext(&raw, absolute, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw .notARepository(path: path)
        }
        try LibGit2.check(code, "opening the repository at \(path)")
        guard let raw else { throw .notARepository(path: path) }
        let repository = Repository(owning: raw)
        if repository.isBare && !allowBare {
            throw .bareRepository(path: repository.gitDirectory)
        }
        return repository
    }

    /// Creates a repository with a work tree at `path` (creating the folder if needed) whose first
    /// branch is `initialBranch`.
    ///
    /// - Throws: ``GitError/repositoryExists(path:)`` when `path` already holds a repository.
    public static func create(at path: String, initialBranch: String = "main") throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        let absolute = PathResolver.absolute(path, currentDirectory: FileManager.default.currentDirectoryPath)
        var valid: Int32 = 0
        guard git_reference_name_is_valid(&valid, "refs/heads/\(initialBranch)") == 0, valid == 1 else {
            throw .invalidName(initialBranch)
        }
        do {
            try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(path: absolute, message: "cannot create the folder (\(ErrorText.describe(error)))")
        }
        var options = git_repository_init_options()
        var code = git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION))
        try LibGit2.check(code, "preparing to create a repository")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        var raw: OpaquePointer?
        code = initialBranch.withCString { head in
            options.initial_head = head
            return git_repository_init_ext(&raw, absolute, &options)
        }
        if code == GIT_EEXISTS.rawValue {
            throw .repositoryExists(path: absolute)
        }
        try LibGit2.check(code, "creating a repository at \(absolute)")
        guard let raw else { throw .notARepository(path: absolute) }
        return Repository(owning: raw)
    }

    /// The work tree's absolute path, without a trailing slash; nil for a bare repository.
    public var workdir: String? {
        git_repository_workdir(pointer).map { FilePaths.withoutTrailingSlashes(String(cString: $0)) }
    }

    /// The absolute path of the `.git` folder (of the repository itself when bare), without a trailing slash.
    public var gitDirectory: String {
        FilePaths.withoutTrailingSlashes(git_repository_path(pointer).map { String(cString: $0) } ?? "")
    }

    /// Whether the repository has no work tree.
    public var isBare: Bool {
        git_repository_is_bare(pointer) == 1
    }

    /// Whether there is no commit yet on the branch HEAD names (as in a new repository).
    ///
    /// (libgit2 1.5's `git_repository_is_empty` only recognises a branch called `master`, so this
    /// asks whether HEAD is unborn instead.)
    public var isEmpty: Bool {
        get throws(GitError) {
            let code = git_repository_head_unborn(pointer)
            try LibGit2.check(code, "checking whether the repository has commits")
            return code == 1
        }
    }

    /// The branch HEAD is on (`"main"`), even before its first commit; nil when HEAD is detached.
    public var headBranch: String? {
        get throws(GitError) {
            let detached = git_repository_head_detached(pointer)
            try LibGit2.check(detached, "reading HEAD")
            if detached == 1 { return nil }
            var head: OpaquePointer?
            let code = git_reference_lookup(&head, pointer, "HEAD")
            try LibGit2.check(code, "reading HEAD")
            defer { git_reference_free(head) }
            guard let target = git_reference_symbolic_target(head) else { return nil }
            let name = String(cString: target)
            let prefix = "refs/heads/"
            return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
        }
    }

    // MARK: - Internal helpers shared by the extensions

    /// The work tree, or ``GitError/bareRepository(path:)``.
    func requireWorkdir() throws(GitError) -> String {
        guard let workdir else { throw .bareRepository(path: gitDirectory) }
        return workdir
    }

    /// The current branch, or ``GitError/detachedHead``.
    func requireBranch() throws(GitError) -> String {
        guard let branch = try headBranch else { throw .detachedHead }
        return branch
    }

    /// The commit HEAD points to, or nil before the first commit. The caller frees it.
    func headCommit() throws(GitError) -> OpaquePointer? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, pointer, "HEAD")
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue {
            return nil
        }
        try LibGit2.check(code, "resolving HEAD")
        var commit: OpaquePointer?
        try LibGit2.check(git_commit_lookup(&commit, pointer, &oid), "reading the HEAD commit")
        return commit
    }

    /// Looks up the commit named by `revision`. The caller frees it with `git_commit_free`.
    ///
    /// - Throws: ``GitError/emptyRepository`` when nothing is committed yet,
    ///   ``GitError/unknownRevision(_:)`` when `revision` names no commit.
    func lookupCommit(_ revision: String) throws(GitError) -> OpaquePointer {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, pointer, revision)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue
            || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EUNBORNBRANCH.rawValue {
            if (try? isEmpty) == true {
                throw .emptyRepository
            }
            throw .unknownRevision(revision)
        }
        try LibGit2.check(code, "resolving '\(revision)'")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        guard peeled == 0, let commit else {
            throw .unknownRevision(revision)
        }
        return commit
    }

    /// Looks up the commit with id `id`. The caller frees it with `git_commit_free`.
    func lookupCommit(id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var commit: OpaquePointer?
        let code = git_commit_lookup(&commit, pointer, &oid)
        try LibGit2.check(code, "reading commit \(id.shortHex)")
        guard let commit else { throw .unknownRevision(id.hex) }
        return commit
    }

    /// Throws ``GitError/locked(path:)`` if one of the lock files git takes before writing the
    /// index or these refs exists.
    func checkNoLocks(refs: [String], includingIndex: Bool = true) throws(GitError) {
        let commonDirectory = FilePaths.withoutTrailingSlashes(
            git_repository_commondir(pointer).map { String(cString: $0) } ?? gitDirectory)
        let candidates = (includingIndex ? [gitDirectory + "/index.lock"] : []) + refs.map { commonDirectory + "/\($0).lock" }
        for path in candidates {
            if FileManager.default.fileExists(atPath: path) {
                throw .locked(path: path)
            }
        }
    }
}
