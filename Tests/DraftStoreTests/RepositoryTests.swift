import DraftStore
import Foundation
import Testing

@Suite("Opening and creating repositories")
struct RepositoryTests {
    @Test("create makes the folder, a work tree and the branch main, with no commit yet")
    func createMakesMainBranch() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.sub("new/nested"))
        #expect(repository.workdir == scratch.sub("new/nested"))
        #expect(repository.gitDirectory == scratch.sub("new/nested/.git"))
        #expect(repository.isBare == false)
        #expect(try repository.isEmpty)
        #expect(try repository.headBranch == "main")
        #expect(try scratch.git("symbolic-ref", "HEAD", in: scratch.sub("new/nested")) == "refs/heads/main")
    }

    @Test("create refuses a folder that already holds a repository")
    func createRefusesExisting() throws {
        let scratch = try Scratch()
        _ = try scratch.repository()
        #expect(throws: GitError.repositoryExists(path: scratch.sub("repo"))) {
            try Repository.create(at: scratch.sub("repo"))
        }
    }

    @Test("open discovers the repository from a subfolder")
    func openDiscovers() throws {
        let scratch = try Scratch()
        _ = try scratch.repository()
        try FileManager.default.createDirectory(atPath: scratch.sub("repo/a/b"), withIntermediateDirectories: true)
        let repository = try Repository.open(at: scratch.sub("repo/a/b"))
        #expect(repository.workdir == scratch.sub("repo"))
        try scratch.write("text\n", to: "a/draft.md", in: scratch.sub("repo"))
        #expect(try Repository.open(at: scratch.sub("repo/a/draft.md")).workdir == scratch.sub("repo"))
    }

    @Test("open outside any repository gives notARepository")
    func openOutside() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.sub("plain"), withIntermediateDirectories: true)
        #expect(throws: GitError.notARepository(path: scratch.sub("plain"))) {
            try Repository.open(at: scratch.sub("plain"))
        }
    }

    @Test("a bare repository is refused unless allowed")
    func bareRepository() throws {
        let scratch = try Scratch()
        try scratch.git("init", "-q", "--bare", "-b", "main", scratch.sub("bare.git"), in: scratch.path)
        #expect(throws: GitError.bareRepository(path: scratch.sub("bare.git"))) {
            try Repository.open(at: scratch.sub("bare.git"))
        }
        let bare = try Repository.open(at: scratch.sub("bare.git"), allowBare: true)
        #expect(bare.isBare)
        #expect(bare.workdir == nil)
        #expect(throws: GitError.bareRepository(path: scratch.sub("bare.git"))) {
            try bare.commit(files: [(path: "a.md", contents: bytes("a"))], message: "m", author: testAuthor)
        }
    }

    @Test("an empty repository reports emptyRepository for revisions and history")
    func emptyRepository() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        #expect(throws: GitError.emptyRepository) { try repository.resolve(revision: "HEAD") }
        #expect(throws: GitError.emptyRepository) { try repository.commits() }
        #expect(throws: GitError.emptyRepository) { try repository.history(of: "a.md") }
        #expect(throws: GitError.emptyRepository) { try repository.blob(at: "HEAD", path: "a.md") }
    }

    @Test("headBranch is nil when HEAD is detached, and committing is refused")
    func detachedHead() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let first = try #require(try repository.commit(
            files: [(path: "a.md", contents: bytes("one\n"))], message: "one", author: testAuthor))
        try scratch.git("checkout", "-q", "--detach", first.hex, in: scratch.sub("repo"))
        #expect(try repository.headBranch == nil)
        #expect(throws: GitError.detachedHead) {
            try repository.commit(files: [(path: "a.md", contents: bytes("two\n"))], message: "two", author: testAuthor)
        }
        #expect(throws: GitError.detachedHead) { try repository.push(remote: scratch.sub("nowhere")) }
    }
}

@Suite("Paths typed by people")
struct PathTests {
    @Test("relative and absolute paths become repository-relative; outside paths are refused")
    func repositoryPaths() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let root = scratch.sub("repo")
        #expect(try repository.repositoryPath(for: "drafts/res.md", currentDirectory: root) == "drafts/res.md")
        #expect(try repository.repositoryPath(for: "../res.md", currentDirectory: root + "/drafts") == "res.md")
        #expect(try repository.repositoryPath(for: root + "/./a//b.md", currentDirectory: "/") == "a/b.md")
        #expect(throws: GitError.outsideWorkTree(path: "../elsewhere.md", workTree: root)) {
            try repository.repositoryPath(for: "../elsewhere.md", currentDirectory: root)
        }
        #expect(throws: GitError.invalidPath(".git/config")) {
            try repository.repositoryPath(for: ".git/config", currentDirectory: root)
        }
        #expect(try repository.absolutePath(forRepositoryPath: "a/b.md") == root + "/a/b.md")
    }

    @Test("a path through a symbolic link to the work tree is accepted")
    func symlinkedPath() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        try FileManager.default.createSymbolicLink(atPath: scratch.sub("link"), withDestinationPath: scratch.sub("repo"))
        #expect(try repository.repositoryPath(for: scratch.sub("link/x.md")) == "x.md")
    }
}
