import CLibGit2

extension Repository {
    /// The versions of the file at repository-relative `path`, newest first: each commit reachable
    /// from `revision` in which the file's content changed (including the one that added it),
    /// with that content.
    ///
    /// Commits that delete the file are not listed. With `firstParent`, only the first parent
    /// of merges is followed (the branch's own line of history); otherwise a merge is listed only
    /// if its content differs from every parent's.
    ///
    /// Fast on long histories: commits are compared by the file's blob id, and only changed
    /// blobs are read.
    /// - Throws: ``GitError/emptyRepository``, ``GitError/unknownRevision(_:)``,
    ///   ``GitError/invalidPath(_:)``.
    public func history(
        of path: String,
        from revision: String = "HEAD",
        firstParent: Bool = true
    ) throws(GitError) -> [FileRevision] {
        let normalized = try Self.validatedRepositoryPath(path)
        let start = try resolve(revision: revision)
        var cache: [ObjectID: ObjectID?] = [:]
        // The revisions found, then their contents read together (see ``blobContents(of:)``).
        var found: [(commit: CommitInfo, blob: ObjectID)] = []
        try walk(from: start, firstParent: firstParent) { (commit: OpaquePointer) throws(GitError) -> Bool in
            let id = ObjectID(git_commit_id(commit))
            guard let blob = try cachedBlobID(of: normalized, inCommit: commit, id: id, cache: &cache) else {
                return true
            }
            let parentCount = firstParent ? min(git_commit_parentcount(commit), 1) : git_commit_parentcount(commit)
            var changed = true
            for index in 0..<parentCount {
                guard let parentOID = git_commit_parent_id(commit, index) else { continue }
                let parentBlob = try cachedBlobID(ofParent: ObjectID(parentOID), path: normalized, cache: &cache)
                if parentBlob == blob {
                    changed = false
                    break
                }
            }
            if changed { found.append((CommitInfo(commit: commit), blob)) }
            return true
        }
        let contents = try blobContents(of: found.map(\.blob))
        return zip(found, contents).map { revision, contents in
            FileRevision(commit: revision.commit, path: normalized, blobID: revision.blob, contents: contents)
        }
    }

    /// The commits reachable from `revision`, newest first, as `git log` lists them.
    ///
    /// - Parameters:
    ///   - firstParent: follow only the first parent of merges.
    ///   - limit: stop after this many commits.
    /// - Throws: ``GitError/emptyRepository``, ``GitError/unknownRevision(_:)``.
    public func commits(from revision: String = "HEAD", firstParent: Bool = false, limit: Int? = nil) throws(GitError) -> [CommitInfo] {
        let start = try resolve(revision: revision)
        var result: [CommitInfo] = []
        try walk(from: start, firstParent: firstParent) { (commit: OpaquePointer) throws(GitError) -> Bool in
            if let limit, result.count >= limit { return false }
            result.append(CommitInfo(commit: commit))
            return true
        }
        return result
    }

    // MARK: - Internal

    /// Walks the commits reachable from `start` in topological and time order, newest first,
    /// calling `visit` with each (owned by the walk) until it returns false.
    func walk(
        from start: ObjectID, firstParent: Bool,
        _ visit: (OpaquePointer) throws(GitError) -> Bool
    ) throws(GitError) {
        var walker: OpaquePointer?
        try LibGit2.check(git_revwalk_new(&walker, pointer), "starting the history walk")
        defer { git_revwalk_free(walker) }
        let sorting = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue
        try LibGit2.check(git_revwalk_sorting(walker, sorting), "sorting the history walk")
        if firstParent {
            try LibGit2.check(git_revwalk_simplify_first_parent(walker), "limiting the walk to first parents")
        }
        var startOID = start.oid
        try LibGit2.check(git_revwalk_push(walker, &startOID), "starting the history walk at \(start.shortHex)")
        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walker)
            if code == GIT_ITEROVER.rawValue { return }
            try LibGit2.check(code, "walking the history")
            var commit: OpaquePointer?
            try LibGit2.check(git_commit_lookup(&commit, pointer, &oid), "reading commit \(ObjectID(oid).shortHex)")
            guard let commit else { continue }
            defer { git_commit_free(commit) }
            if try !visit(commit) { return }
        }
    }

    /// The blob id of `path` in `commit`, remembered in `cache` by commit id.
    private func cachedBlobID(
        of path: String, inCommit commit: OpaquePointer, id: ObjectID,
        cache: inout [ObjectID: ObjectID?]
    ) throws(GitError) -> ObjectID? {
        if let known = cache[id] { return known }
        var tree: OpaquePointer?
        try LibGit2.check(git_commit_tree(&tree, commit), "reading the tree of \(id.shortHex)")
        defer { git_tree_free(tree) }
        let blob = try blobEntryID(in: tree, path: path).map { ObjectID($0) }
        cache[id] = .some(blob)
        return blob
    }

    /// The blob id of `path` in the commit `id`, looking the commit up unless cached.
    private func cachedBlobID(
        ofParent id: ObjectID, path: String, cache: inout [ObjectID: ObjectID?]
    ) throws(GitError) -> ObjectID? {
        if let known = cache[id] { return known }
        let commit = try lookupCommit(id: id)
        defer { git_commit_free(commit) }
        return try cachedBlobID(of: path, inCommit: commit, id: id, cache: &cache)
    }
}
