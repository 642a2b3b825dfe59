import CLibGit2

extension Repository {
    /// Whether the work-tree file at the repository-relative `path` differs from HEAD's version:
    /// edited, staged, deleted, or new and untracked. Use it to refuse to overwrite a person's
    /// uncommitted edits.
    ///
    /// A path that exists nowhere (not in HEAD, the index or the work tree) is not modified.
    /// - Throws: ``GitError/invalidPath(_:)`` for a folder or a path outside the repository.
    public func isModified(path: String) throws(GitError) -> Bool {
        _ = try requireWorkdir()
        let normalized = try Self.validatedRepositoryPath(path)
        var flags: UInt32 = 0
        let code = git_status_file(&flags, pointer, normalized)
        if code == GIT_ENOTFOUND.rawValue {
            return false
        }
        if code == GIT_EAMBIGUOUS.rawValue {
            throw .invalidPath(path)
        }
        try LibGit2.check(code, "reading the status of \(normalized)")
        return flags & ~GIT_STATUS_IGNORED.rawValue != GIT_STATUS_CURRENT.rawValue
    }

    /// Throws ``GitError/uncommittedChanges(path:)`` if ``isModified(path:)`` is true.
    public func requireUnmodified(path: String) throws(GitError) {
        if try isModified(path: path) {
            throw .uncommittedChanges(path: path)
        }
    }
}
