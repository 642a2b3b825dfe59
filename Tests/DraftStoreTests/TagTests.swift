import DraftStore
import Foundation
import Testing

@Suite("Tags")
struct TagTests {
    @Test("lightweight and annotated tags are created, listed and seen by git")
    func createAndList() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        let first = try #require(try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor))
        let light = try repository.createTag("draft-1")
        #expect(light.target == first && light.message == nil && !light.isAnnotated)
        let second = try #require(try repository.commit(
            files: [(path: "a.md", contents: bytes("b\n"))], message: "b", author: testAuthor))
        let annotated = try repository.createTag("adopted", message: "Adopted in committee", tagger: testAuthor)
        #expect(annotated.target == second)
        #expect(annotated.message == "Adopted in committee\n")
        #expect(annotated.tagger?.name == "Ada Lovelace")

        #expect(try scratch.git("cat-file", "-t", "adopted", in: root) == "tag")
        #expect(try scratch.git("cat-file", "-t", "draft-1", in: root) == "commit")
        #expect(try scratch.git("tag", "-l", "-n1", "adopted", in: root).contains("Adopted in committee"))
        try scratch.git("fsck", "--strict", in: root)

        #expect(try repository.tags().map(\.name) == ["adopted", "draft-1"])
        #expect(try repository.tagNamesByCommit() == [first: ["draft-1"], second: ["adopted"]])
    }

    @Test("an existing tag name is refused and the tag stays where it was")
    func refusesExisting() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let first = try #require(try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor))
        try repository.createTag("v1")
        try repository.commit(files: [(path: "a.md", contents: bytes("b\n"))], message: "b", author: testAuthor)
        #expect(throws: GitError.tagExists("v1")) { try repository.createTag("v1") }
        #expect(throws: GitError.tagExists("v1")) { try repository.createTag("v1", message: "again", tagger: testAuthor) }
        #expect(try repository.resolve(revision: "v1") == first)
        #expect(throws: GitError.invalidName("bad..name")) { try repository.createTag("bad..name") }
    }

    @Test("a held ref lock reported by libgit2 becomes locked")
    func lockedTagRef() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        try repository.commit(files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        let lock = scratch.sub("repo/.git/refs/tags/v1.lock")
        try FileManager.default.createDirectory(atPath: scratch.sub("repo/.git/refs/tags"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
        let error = #expect(throws: GitError.self) { try repository.createTag("v1") }
        guard case .locked(let path)? = error else {
            Issue.record("expected locked, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("refs/tags/v1.lock"))
        #expect(try repository.tags().isEmpty)
    }
}
