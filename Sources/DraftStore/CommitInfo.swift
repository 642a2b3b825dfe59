import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One commit, copied out of the repository: what `git log` shows.
public struct CommitInfo: Hashable, Sendable {
    /// The commit's id.
    public let id: ObjectID
    /// Who wrote the change, and when.
    public let author: Signature
    /// Who recorded it, and when.
    public let committer: Signature
    /// The full message, as stored (normally ending in a newline).
    public let message: String
    /// The first paragraph of the message, on one line.
    public let summary: String
    /// The parents' ids: none for a root commit, two or more for a merge.
    public let parentIDs: [ObjectID]

    /// The seven-digit abbreviation of ``id``.
    public var shortID: String { id.shortHex }
    /// The author's name.
    public var authorName: String { author.name }
    /// The author's e-mail address.
    public var authorEmail: String { author.email }
    /// The author date.
    public var date: Date { author.date }
    /// The author date in strict ISO 8601 with the author's offset.
    public var isoDate: String { author.iso8601 }

    /// Copies everything out of a libgit2 commit, which the caller still owns.
    init(commit: OpaquePointer) {
        id = ObjectID(git_commit_id(commit))
        author = Signature(git_commit_author(commit))
        committer = Signature(git_commit_committer(commit))
        message = git_commit_message(commit).map { String(cString: $0) } ?? ""
        let summaryText = git_commit_summary(commit).map { String(cString: $0) }
        summary = summaryText ?? message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        var parents: [ObjectID] = []
        let count = git_commit_parentcount(commit)
        for index in 0..<count {
            if let parent = git_commit_parent_id(commit, index) {
                parents.append(ObjectID(parent))
            }
        }
        parentIDs = parents
    }
}

/// One version of a file: the commit that introduced it and the file's bytes in that commit.
public struct FileRevision: Hashable, Sendable {
    /// The commit in which the file took this content.
    public let commit: CommitInfo
    /// The repository-relative path.
    public let path: String
    /// The id of the file's blob.
    public let blobID: ObjectID
    /// The file's bytes, exactly as committed.
    public let contents: [UInt8]
}

/// A tag, lightweight or annotated, with the commit it names.
public struct Tag: Hashable, Sendable {
    /// The tag's name, without `refs/tags/`.
    public let name: String
    /// The commit the tag points to (through the tag object for annotated tags).
    public let target: ObjectID
    /// The annotation's message; nil for a lightweight tag.
    public let message: String?
    /// Who made the annotation; nil for a lightweight tag.
    public let tagger: Signature?

    /// Whether the tag is an annotated tag object rather than a bare reference.
    public var isAnnotated: Bool { message != nil }
}
