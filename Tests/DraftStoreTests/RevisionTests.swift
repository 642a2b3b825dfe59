import DraftStore
import Foundation
import Testing

@Suite("Revisions and files at revisions")
struct RevisionTests {
    /// A repository with two commits of `res.md` and a tag on the first.
    private func fixture(_ scratch: Scratch) throws -> (Repository, ObjectID, ObjectID) {
        let repository = try scratch.repository()
        let first = try #require(try repository.commit(
            files: [(path: "res.md", contents: bytes("v1\n"))], message: "one", author: testAuthor))
        try repository.createTag("v1")
        let second = try #require(try repository.commit(
            files: [(path: "res.md", contents: bytes("v2\n")), (path: "notes/n.md", contents: bytes("n\n"))],
            message: "two", author: testAuthor))
        return (repository, first, second)
    }

    @Test("revisions resolve to commits: HEAD, branches, tags, ancestry and abbreviated ids")
    func resolves() throws {
        let scratch = try Scratch()
        let (repository, first, second) = try fixture(scratch)
        #expect(try repository.resolve(revision: "HEAD") == second)
        #expect(try repository.resolve(revision: "main") == second)
        #expect(try repository.resolve(revision: "v1") == first)
        #expect(try repository.resolve(revision: "HEAD~1") == first)
        #expect(try repository.resolve(revision: first.shortHex) == first)
        #expect(ObjectID(hex: second.hex) == second)
        #expect(ObjectID(hex: "xyz") == nil)
    }

    @Test("an unknown revision gives unknownRevision")
    func unknownRevision() throws {
        let scratch = try Scratch()
        let (repository, _, _) = try fixture(scratch)
        #expect(throws: GitError.unknownRevision("nope")) { try repository.resolve(revision: "nope") }
        #expect(throws: GitError.unknownRevision("HEAD~9")) { try repository.blob(at: "HEAD~9", path: "res.md") }
    }

    @Test("blob returns the bytes at a revision; an absent path gives pathNotFound")
    func blobs() throws {
        let scratch = try Scratch()
        let (repository, _, _) = try fixture(scratch)
        #expect(text(try repository.blob(at: "v1", path: "res.md")) == "v1\n")
        #expect(text(try repository.blob(at: "HEAD", path: "notes/n.md")) == "n\n")
        #expect(throws: GitError.pathNotFound(revision: "v1", path: "notes/n.md")) {
            try repository.blob(at: "v1", path: "notes/n.md")
        }
        #expect(throws: GitError.pathNotFound(revision: "HEAD", path: "notes")) {
            try repository.blob(at: "HEAD", path: "notes")
        }
    }

    @Test("REV:PATH splits at the first colon when the left side resolves; an existing file wins")
    func revisionPaths() throws {
        let scratch = try Scratch()
        let (repository, _, _) = try fixture(scratch)
        let root = scratch.sub("repo")
        #expect(try repository.parseRevisionPath("v1:res.md", currentDirectory: root) == .revision("v1", path: "res.md"))
        #expect(try repository.parseRevisionPath(":res.md", currentDirectory: root) == .revision("HEAD", path: "res.md"))
        #expect(try repository.parseRevisionPath("HEAD:./n.md", currentDirectory: root + "/notes")
            == .revision("HEAD", path: "notes/n.md"))
        #expect(try repository.parseRevisionPath("res.md", currentDirectory: root) == .workTree(path: root + "/res.md"))
        #expect(text(try repository.readRevisionPath("v1:res.md", currentDirectory: root)) == "v1\n")

        try scratch.write("a file with a colon\n", to: "v1:res.md", in: root)
        #expect(try repository.parseRevisionPath("v1:res.md", currentDirectory: root) == .workTree(path: root + "/v1:res.md"))
        #expect(text(try repository.readRevisionPath("v1:res.md", currentDirectory: root)) == "a file with a colon\n")

        #expect(throws: GitError.unknownRevision("nope")) {
            try repository.parseRevisionPath("nope:res.md", currentDirectory: root)
        }
        #expect(throws: GitError.pathNotFound(revision: "v1", path: "gone.md")) {
            try repository.readRevisionPath("v1:gone.md", currentDirectory: root)
        }
    }
}
