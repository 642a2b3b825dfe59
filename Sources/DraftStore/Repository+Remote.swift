import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What ``Repository/pull(remote:branch:)`` did.
public enum PullResult: Hashable, Sendable {
    /// The local branch already had every commit of the remote one (or more).
    case alreadyUpToDate
    /// The local branch moved forward from `from` (nil when it had no commit) to `to`,
    /// and the work tree was updated.
    case fastForwarded(from: ObjectID?, to: ObjectID)
}

extension Repository {
    /// Configures a remote called `name` fetching from and pushing to `url` (a URL or a path).
    /// - Throws: ``GitError/remoteExists(_:)``, ``GitError/invalidName(_:)``.
    public func addRemote(name: String, url: String) throws(GitError) {
        var valid: Int32 = 0
        guard git_remote_name_is_valid(&valid, name) == 0, valid == 1 else {
            throw .invalidName(name)
        }
        var remote: OpaquePointer?
        let code = git_remote_create(&remote, pointer, name, url)
        if code == GIT_EEXISTS.rawValue {
            throw .remoteExists(name)
        }
        try LibGit2.check(code, "adding remote \(name)")
        git_remote_free(remote)
    }

    /// The URL of the configured remote `name`, or nil if there is no such remote.
    public func remoteURL(named name: String) -> String? {
        var remote: OpaquePointer?
        guard git_remote_lookup(&remote, pointer, name) == 0 else { return nil }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }

    /// Pushes local `branch` (the current one when nil) to the branch of the same name on `remote`,
    /// a configured remote's name or a path or URL.
    ///
    /// Only fast-forwards are pushed; nothing is ever forced.
    /// - Throws: ``GitError/nonFastForward(ref:)`` when the remote has commits the local branch
    ///   lacks, ``GitError/pushRejected(ref:reason:)`` for other refusals,
    ///   ``GitError/remoteNotFound(_:)``, ``GitError/detachedHead``, ``GitError/emptyRepository``.
    public func push(remote: String = "origin", branch: String? = nil) throws(GitError) {
        let branchName: String
        if let branch { branchName = branch } else { branchName = try requireBranch() }
        let ref = "refs/heads/\(branchName)"
        guard referenceExists(ref) else {
            if try isEmpty { throw .emptyRepository }
            throw .unknownRevision(branchName)
        }
        let handle = try openRemote(remote)
        defer { git_remote_free(handle.remote) }

        let state = RemoteCallbackState()
        var options = git_push_options()
        try LibGit2.check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "preparing to push")
        state.install(in: &options.callbacks)
        var failure: GitError?
        withExtendedLifetime(state) {
            let code = LibGit2.withStrArray(["\(ref):\(ref)"]) { refspecs in
                git_remote_push(handle.remote, refspecs, &options)
            }
            if code < 0 {
                failure = code == GIT_ENONFASTFORWARD.rawValue
                    ? .nonFastForward(ref: ref)
                    : LibGit2.error(code, "pushing \(branchName) to \(remote)")
            }
        }
        if let rejection = state.rejections.first {
            throw Self.pushError(ref: rejection.ref, status: rejection.status)
        }
        if let failure {
            if case .libgit2(_, _, let message, _) = failure, Self.meansNonFastForward(message) {
                throw .nonFastForward(ref: ref)
            }
            throw failure
        }
    }

    /// Fetches `branch` (the current branch's name when nil) from `remote` and fast-forwards the
    /// current branch and the work tree to it. Never merges.
    ///
    /// `remote` is a configured remote's name (its `refs/remotes/<name>/<branch>` is updated) or a
    /// path or URL.
    /// - Returns: ``PullResult/alreadyUpToDate`` or ``PullResult/fastForwarded(from:to:)``.
    /// - Throws: ``GitError/diverged(branch:remote:)`` when both sides have new commits,
    ///   ``GitError/uncommittedChanges(path:)`` when the update would overwrite a local edit,
    ///   ``GitError/remoteBranchNotFound(remote:branch:)``, ``GitError/locked(path:)``,
    ///   ``GitError/detachedHead``, ``GitError/bareRepository(path:)``, ``GitError/referenceMoved(ref:)``.
    @discardableResult
    public func pull(remote: String = "origin", branch: String? = nil) throws(GitError) -> PullResult {
        _ = try requireWorkdir()
        let localBranch = try requireBranch()
        let remoteBranch = branch ?? localBranch
        let localRef = "refs/heads/\(localBranch)"
        try checkNoLocks(refs: ["HEAD", localRef])
        let remoteLabel = "\(remote)/\(remoteBranch)"

        let fetched = try fetch(branch: remoteBranch, from: remote)
        let local = try referenceTarget(localRef)
        if let local {
            if local == fetched { return .alreadyUpToDate }
            if try isDescendant(local, of: fetched) { return .alreadyUpToDate }
            if try !isDescendant(fetched, of: local) {
                throw .diverged(branch: localBranch, remote: remoteLabel)
            }
        }
        try checkOut(fetched)
        try moveBranch(localRef, from: local, to: fetched)
        return .fastForwarded(from: local, to: fetched)
    }

    // MARK: - Internal

    /// A remote handle, and whether it is a configured (named) remote.
    struct RemoteHandle {
        let remote: OpaquePointer?
        let isNamed: Bool
    }

    /// Looks up the configured remote `nameOrURL`, or makes an anonymous one for a path or URL.
    func openRemote(_ nameOrURL: String) throws(GitError) -> RemoteHandle {
        var valid: Int32 = 0
        if git_remote_name_is_valid(&valid, nameOrURL) == 0, valid == 1 {
            var remote: OpaquePointer?
            let code = git_remote_lookup(&remote, pointer, nameOrURL)
            if code == 0 { return RemoteHandle(remote: remote, isNamed: true) }
            if code != GIT_ENOTFOUND.rawValue && code != GIT_EINVALIDSPEC.rawValue {
                throw LibGit2.error(code, "looking up remote \(nameOrURL)")
            }
        }
        let url: String
        let absolute = PathResolver.absolute(nameOrURL, currentDirectory: FileManager.default.currentDirectoryPath)
        if nameOrURL.contains("://") {
            url = nameOrURL
        } else if FileManager.default.fileExists(atPath: absolute) {
            url = absolute
        } else if let colon = nameOrURL.firstIndex(of: ":"), !nameOrURL[..<colon].contains("/"), colon != nameOrURL.startIndex {
            url = nameOrURL  // scp-like user@host:path
        } else {
            throw .remoteNotFound(nameOrURL)
        }
        var remote: OpaquePointer?
        try LibGit2.check(git_remote_create_anonymous(&remote, pointer, url), "opening remote \(url)")
        return RemoteHandle(remote: remote, isNamed: false)
    }

    /// Downloads `branch` of `remote` and returns the commit it points to there.
    private func fetch(branch: String, from remote: String) throws(GitError) -> ObjectID {
        let handle = try openRemote(remote)
        defer { git_remote_free(handle.remote) }
        let remoteRef = "refs/heads/\(branch)"
        let refspec = handle.isNamed ? "+\(remoteRef):refs/remotes/\(remote)/\(branch)" : remoteRef

        let state = RemoteCallbackState()
        var options = git_fetch_options()
        try LibGit2.check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "preparing to fetch")
        state.install(in: &options.callbacks)
        var failure: GitError?
        var target: ObjectID?
        withExtendedLifetime(state) {
            var code = git_remote_connect(handle.remote, GIT_DIRECTION_FETCH, &options.callbacks, nil, nil)
            guard code == 0 else {
                failure = LibGit2.error(code, "connecting to \(remote)")
                return
            }
            defer { git_remote_disconnect(handle.remote) }
            var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
            var count = 0
            code = git_remote_ls(&heads, &count, handle.remote)
            guard code == 0 else {
                failure = LibGit2.error(code, "listing the branches of \(remote)")
                return
            }
            for index in 0..<count {
                guard let head = heads?[index]?.pointee, let name = head.name else { continue }
                if String(cString: name) == remoteRef {
                    target = ObjectID(head.oid)
                }
            }
            guard target != nil else { return }
            code = LibGit2.withStrArray([refspec]) { refspecs in
                git_remote_download(handle.remote, refspecs, &options)
            }
            guard code == 0 else {
                failure = LibGit2.error(code, "fetching \(branch) from \(remote)")
                return
            }
            code = git_remote_update_tips(
                handle.remote, &options.callbacks, 1, GIT_REMOTE_DOWNLOAD_TAGS_AUTO, "pull: fetch \(branch)")
            if code < 0 {
                failure = LibGit2.error(code, "updating references fetched from \(remote)")
            }
        }
        if let failure { throw failure }
        guard let target else { throw .remoteBranchNotFound(remote: remote, branch: branch) }
        return target
    }

    /// The commit a direct reference points to, or nil when the reference does not exist.
    func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, pointer, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "reading \(name)")
        return ObjectID(oid)
    }

    /// Whether `commit` has `ancestor` in its history (false when they are equal).
    func isDescendant(_ commit: ObjectID, of ancestor: ObjectID) throws(GitError) -> Bool {
        var commitOID = commit.oid
        var ancestorOID = ancestor.oid
        let code = git_graph_descendant_of(pointer, &commitOID, &ancestorOID)
        try LibGit2.check(code, "comparing histories")
        return code == 1
    }

    /// Updates the index and work tree to `target`'s tree, refusing to overwrite local changes.
    private func checkOut(_ target: ObjectID) throws(GitError) {
        let commit = try lookupCommit(id: target)
        defer { git_commit_free(commit) }
        let conflicts = CheckoutConflicts()
        var options = git_checkout_options()
        try LibGit2.check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "preparing the checkout")
        options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
        options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT.rawValue
        options.notify_payload = Unmanaged.passUnretained(conflicts).toOpaque()
        options.notify_cb = { _, path, _, _, _, payload in
            guard let payload, let path else { return 0 }
            Unmanaged<CheckoutConflicts>.fromOpaque(payload).takeUnretainedValue().paths.append(String(cString: path))
            return 0
        }
        let code = withExtendedLifetime(conflicts) {
            git_checkout_tree(pointer, commit, &options)
        }
        if code < 0 {
            let error = LibGit2.error(code, "updating the work tree")
            if let path = conflicts.paths.first {
                throw .uncommittedChanges(path: path)
            }
            throw error
        }
    }

    /// Moves (or creates) branch `ref` to `target` if it still points to `expected`.
    private func moveBranch(_ ref: String, from expected: ObjectID?, to target: ObjectID) throws(GitError) {
        var targetOID = target.oid
        var reference: OpaquePointer?
        let code: Int32
        if let expected {
            var expectedOID = expected.oid
            code = git_reference_create_matching(
                &reference, pointer, ref, &targetOID, 1, &expectedOID, "pull: fast-forward")
        } else {
            code = git_reference_create(&reference, pointer, ref, &targetOID, 0, "pull: fast-forward")
        }
        if code == GIT_EMODIFIED.rawValue || code == GIT_EEXISTS.rawValue {
            throw .referenceMoved(ref: ref)
        }
        try LibGit2.check(code, "moving \(ref)")
        git_reference_free(reference)
    }

    /// The error for a reference the remote refused with `status`.
    static func pushError(ref: String, status: String) -> GitError {
        meansNonFastForward(status) ? .nonFastForward(ref: ref) : .pushRejected(ref: ref, reason: status)
    }

    /// Whether a remote's or libgit2's refusal message speaks of a non-fast-forward update.
    static func meansNonFastForward(_ message: String) -> Bool {
        let lowered = message.lowercased()
        return ["fast-forward", "fastforward", "fast forward", "fetch first", "non-ff"].contains { lowered.contains($0) }
    }
}

/// What libgit2's remote callbacks report, reached through their `payload` pointer.
final class RemoteCallbackState {
    /// References the remote refused, with its reason.
    var rejections: [(ref: String, status: String)] = []
    /// How many times credentials were asked for (one attempt with the SSH agent only).
    var credentialAttempts = 0

    /// Points `callbacks` at this object. Keep it alive (`withExtendedLifetime`) while they may run.
    func install(in callbacks: inout git_remote_callbacks) {
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        callbacks.push_update_reference = { refname, status, payload in
            guard let payload, let status else { return 0 }
            let state = Unmanaged<RemoteCallbackState>.fromOpaque(payload).takeUnretainedValue()
            let ref = refname.map { String(cString: $0) } ?? "?"
            state.rejections.append((ref, String(cString: status)))
            return 0
        }
        callbacks.credentials = { out, _, usernameFromURL, allowedTypes, payload in
            guard let payload else { return GIT_PASSTHROUGH.rawValue }
            let state = Unmanaged<RemoteCallbackState>.fromOpaque(payload).takeUnretainedValue()
            state.credentialAttempts += 1
            guard state.credentialAttempts == 1,
                  allowedTypes & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 else {
                return GIT_PASSTHROUGH.rawValue
            }
            if let usernameFromURL {
                return git_credential_ssh_key_from_agent(out, usernameFromURL)
            }
            return git_credential_ssh_key_from_agent(out, "git")
        }
    }
}

/// Paths that a checkout refused to overwrite, collected by its notify callback.
final class CheckoutConflicts {
    /// The conflicting paths, in the order libgit2 reported them.
    var paths: [String] = []
}
