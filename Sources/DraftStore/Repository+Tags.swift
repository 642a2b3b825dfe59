import CLibGit2

extension Repository {
    /// All tags that lead to a commit, sorted by name.
    public func tags() throws(GitError) -> [Tag] {
        var names = git_strarray()
        try LibGit2.check(git_tag_list(&names, pointer), "listing tags")
        defer { git_strarray_dispose(&names) }
        var result: [Tag] = []
        for index in 0..<names.count {
            guard let raw = names.strings[index] else { continue }
            if let tag = try tag(named: String(cString: raw)) {
                result.append(tag)
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    /// The tag called `name`, or nil if there is none or it does not lead to a commit.
    public func tag(named name: String) throws(GitError) -> Tag? {
        var reference: OpaquePointer?
        let code = git_reference_lookup(&reference, pointer, "refs/tags/\(name)")
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            return nil
        }
        try LibGit2.check(code, "reading tag \(name)")
        defer { git_reference_free(reference) }

        var commit: OpaquePointer?
        guard git_reference_peel(&commit, reference, GIT_OBJECT_COMMIT) == 0, let commit else {
            return nil
        }
        defer { git_object_free(commit) }
        guard let commitID = git_object_id(commit) else { return nil }

        var message: String?
        var tagger: Signature?
        if let targetID = git_reference_target(reference) {
            var annotation: OpaquePointer?
            if git_tag_lookup(&annotation, pointer, targetID) == 0, let annotation {
                defer { git_tag_free(annotation) }
                message = git_tag_message(annotation).map { String(cString: $0) } ?? ""
                tagger = git_tag_tagger(annotation).map { Signature($0) }
            }
        }
        return Tag(name: name, target: ObjectID(commitID), message: message, tagger: tagger)
    }

    /// Tags a commit: annotated when `message` is given (signed by `tagger`, or by
    /// ``defaultSignature(environment:date:)`` when nil), lightweight otherwise.
    ///
    /// ```swift
    /// try repository.createTag("v1.0", message: "Text adopted in committee")
    /// ```
    /// - Throws: ``GitError/tagExists(_:)`` if the name is taken (the tag is never moved),
    ///   ``GitError/invalidName(_:)``, ``GitError/unknownRevision(_:)``, ``GitError/noIdentity``.
    @discardableResult
    public func createTag(
        _ name: String, revision: String = "HEAD", message: String? = nil, tagger: Signature? = nil
    ) throws(GitError) -> Tag {
        var valid: Int32 = 0
        guard git_tag_name_is_valid(&valid, name) == 0, valid == 1,
              git_reference_name_is_valid(&valid, "refs/tags/\(name)") == 0, valid == 1 else {
            throw .invalidName(name)
        }
        if try tag(named: name) != nil || referenceExists("refs/tags/\(name)") {
            throw .tagExists(name)
        }
        let commit = try lookupCommit(revision)
        defer { git_commit_free(commit) }

        var tagID = git_oid()
        let code: Int32
        if let message {
            let signer: Signature
            if let tagger { signer = tagger } else { signer = try defaultSignature() }
            let cleaned = try Self.prettifiedMessage(message)
            let signature = try signer.makeGitSignature()
            defer { git_signature_free(signature) }
            code = git_tag_create(&tagID, pointer, name, commit, signature, cleaned, 0)
        } else {
            code = git_tag_create_lightweight(&tagID, pointer, name, commit, 0)
        }
        if code == GIT_EEXISTS.rawValue {
            throw .tagExists(name)
        }
        try LibGit2.check(code, "creating tag \(name)")
        guard let created = try tag(named: name) else {
            throw .libgit2(code: -1, klass: 0, message: "the new tag cannot be read back", operation: "creating tag \(name)")
        }
        return created
    }

    /// The names of the tags on each tagged commit, sorted, for decorating a log.
    public func tagNamesByCommit() throws(GitError) -> [ObjectID: [String]] {
        var result: [ObjectID: [String]] = [:]
        for tag in try tags() {
            result[tag.target, default: []].append(tag.name)
        }
        return result
    }

    /// Whether a reference called `name` exists (whatever it points to).
    func referenceExists(_ name: String) -> Bool {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, pointer, name) == 0 else { return false }
        git_reference_free(reference)
        return true
    }
}
