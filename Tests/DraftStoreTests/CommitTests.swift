@testable import DraftStore
import Foundation
import Testing

@Suite("Committing drafts")
struct CommitTests {
    @Test("commits are valid for git fsck, on main, with author and message, and leave status clean")
    func commitsAreSeenByGit() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        let first = try #require(try repository.commit(
            files: [(path: "drafts/res.md", contents: bytes("PREAMBLE\n"))],
            message: "First draft", author: testAuthor))
        let second = try #require(try repository.commit(
            files: [(path: "drafts/res.md", contents: bytes("PREAMBLE\n1. Decides\n"))],
            message: "Add operative clause\n\nLonger explanation.", author: testAuthor))

        try scratch.git("fsck", "--strict", in: root)
        #expect(try scratch.git("rev-parse", "main", in: root) == second.hex)
        #expect(try scratch.git("rev-parse", "main~1", in: root) == first.hex)
        #expect(try scratch.git("symbolic-ref", "--short", "HEAD", in: root) == "main")
        #expect(try scratch.git("log", "--format=%an <%ae>|%s|%aI", in: root)
            == "Ada Lovelace <ada@example.org>|Add operative clause|2023-11-15T00:13:20+02:00\n"
            + "Ada Lovelace <ada@example.org>|First draft|2023-11-15T00:13:20+02:00")
        #expect(try scratch.git("status", "--porcelain", in: root) == "")
        #expect(try scratch.git("show", "main:drafts/res.md", in: root) == "PREAMBLE\n1. Decides")
        #expect(try String(contentsOfFile: root + "/drafts/res.md", encoding: .utf8) == "PREAMBLE\n1. Decides\n")

        let info = try repository.commitInfo(revision: "HEAD")
        #expect(info.message == "Add operative clause\n\nLonger explanation.\n")
        #expect(info.summary == "Add operative clause")
        #expect(info.parentIDs == [first])
        #expect(info.isoDate == "2023-11-15T00:13:20+02:00")
    }

    @Test("committing unchanged content returns nil and creates nothing")
    func nothingToCommit() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        #expect(try repository.commit(paths: [], message: "empty", author: testAuthor) == nil)
        let first = try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        #expect(first != nil)
        #expect(try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "again", author: testAuthor) == nil)
        #expect(try repository.commits().count == 1)
    }

    @Test("paths are staged from the work tree, including deletions")
    func stagesPaths() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        try scratch.write("one\n", to: "a.md", in: root)
        try scratch.write("two\n", to: "sub/b.md", in: root)
        try repository.commit(paths: ["a.md", "./sub//b.md"], message: "two files", author: testAuthor)
        #expect(try scratch.git("ls-tree", "-r", "--name-only", "HEAD", in: root) == "a.md\nsub/b.md")

        try FileManager.default.removeItem(atPath: root + "/a.md")
        try repository.commit(paths: ["a.md"], message: "remove a", author: testAuthor)
        #expect(try scratch.git("ls-tree", "-r", "--name-only", "HEAD", in: root) == "sub/b.md")
        #expect(try scratch.git("status", "--porcelain", in: root) == "")
        try scratch.git("fsck", "--strict", in: root)
    }

    @Test("an existing index.lock gives locked and changes nothing")
    func indexLock() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        let first = try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        let lock = root + "/.git/index.lock"
        #expect(FileManager.default.createFile(atPath: lock, contents: Data()))

        #expect(throws: GitError.locked(path: lock)) {
            try repository.commit(files: [(path: "a.md", contents: bytes("changed\n"))], message: "b", author: testAuthor)
        }
        #expect(try scratch.git("rev-parse", "HEAD", in: root) == first?.hex)
        #expect(try String(contentsOfFile: root + "/a.md", encoding: .utf8) == "a\n")
        try FileManager.default.removeItem(atPath: lock)
        #expect(try scratch.git("status", "--porcelain", in: root) == "")
    }

    @Test("a locked branch ref gives locked and leaves index and refs untouched")
    func refLock() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        let first = try repository.commit(
            files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        let lock = root + "/.git/refs/heads/main.lock"
        #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
        #expect(throws: GitError.locked(path: lock)) {
            try repository.commit(paths: ["a.md"], message: "b", author: testAuthor)
        }
        try FileManager.default.removeItem(atPath: lock)
        #expect(try scratch.git("rev-parse", "HEAD", in: root) == first?.hex)
    }

    @Test("a commit made by another process in between is built upon, not lost")
    func buildsOnOtherWriters() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        try repository.commit(files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        // Another writer commits through the CLI while the repository object stays open.
        try scratch.write("b\n", to: "b.md", in: root)
        try scratch.git("add", "b.md", in: root)
        try scratch.git("commit", "-q", "-m", "cli", in: root)
        let tip = try scratch.git("rev-parse", "HEAD", in: root)
        let next = try repository.commit(files: [(path: "c.md", contents: bytes("c\n"))], message: "c", author: testAuthor)
        #expect(try repository.commitInfo(revision: "HEAD").parentIDs.map(\.hex) == [tip])
        #expect(next != nil)
        try scratch.git("fsck", "--strict", in: root)
    }

    @Test("a branch moved by another writer during the commit makes it fail, changing nothing of theirs")
    func concurrentWriter() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        try repository.commit(files: [(path: "a.md", contents: bytes("a\n"))], message: "a", author: testAuthor)
        try scratch.write("theirs\n", to: "b.md", in: root)
        var theirTip = ""
        var theirIndexWrite: (status: Int32, output: String) = (0, "")
        repository.testHookBeforeCreatingCommit = {
            do {
                // While the index is locked, git cannot stage, but can still move the branch.
                theirIndexWrite = try scratch.git(["add", "b.md"], in: root, allowFailure: true)
                let commit = try scratch.git("commit-tree", "HEAD^{tree}", "-p", "HEAD", "-m", "their commit", in: root)
                try scratch.git("update-ref", "refs/heads/main", commit, in: root)
                theirTip = commit
            } catch {
                Issue.record("the concurrent writer failed: \(error)")
            }
        }
        #expect(throws: GitError.referenceMoved(ref: "refs/heads/main")) {
            try repository.commit(files: [(path: "c.md", contents: bytes("mine\n"))], message: "mine", author: testAuthor)
        }
        repository.testHookBeforeCreatingCommit = nil
        #expect(theirIndexWrite.status != 0)
        #expect(theirIndexWrite.output.contains("index.lock"))
        #expect(try scratch.git("rev-parse", "HEAD", in: root) == theirTip)
        #expect(try scratch.git("log", "--format=%s", in: root) == "their commit\na")
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/index.lock"))
        #expect(try scratch.git("status", "--porcelain", in: root) == "?? b.md\n?? c.md")
        try scratch.git("fsck", "--strict", in: root)
        // Retrying builds on their commit.
        try repository.commit(paths: ["c.md"], message: "mine", author: testAuthor)
        #expect(try scratch.git("log", "--format=%s", in: root) == "mine\ntheir commit\na")
        #expect(try scratch.git("status", "--porcelain", in: root) == "?? b.md")
    }

    @Test("empty messages and bad paths are refused before anything is written")
    func refusesBadInput() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        #expect(throws: GitError.emptyMessage) {
            try repository.commit(files: [(path: "a.md", contents: bytes("a"))], message: " \n\n", author: testAuthor)
        }
        #expect(throws: GitError.invalidPath("../a.md")) {
            try repository.commit(files: [(path: "../a.md", contents: bytes("a"))], message: "m", author: testAuthor)
        }
        #expect(throws: GitError.invalidPath(".git/hooks/x")) {
            try repository.commit(paths: [".git/hooks/x"], message: "m", author: testAuthor)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("repo/a.md")))
    }

    @Test("isModified tells committed files from edited, new and deleted ones")
    func modified() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        try repository.commit(files: [(path: "a.md", contents: bytes("a\n")), (path: "b.md", contents: bytes("b\n"))],
                              message: "a", author: testAuthor)
        #expect(try repository.isModified(path: "a.md") == false)
        try scratch.write("edited\n", to: "a.md", in: root)
        #expect(try repository.isModified(path: "a.md"))
        try FileManager.default.removeItem(atPath: root + "/b.md")
        #expect(try repository.isModified(path: "b.md"))
        try scratch.write("new\n", to: "c.md", in: root)
        #expect(try repository.isModified(path: "c.md"))
        #expect(try repository.isModified(path: "never.md") == false)
        #expect(throws: GitError.uncommittedChanges(path: "a.md")) { try repository.requireUnmodified(path: "a.md") }
    }
}
