import DraftStore
import Foundation
import Testing

@Suite("Push and pull")
struct RemoteTests {
    /// A bare remote, a libgit2 repository "mine" with one pushed commit and remote "origin",
    /// and a git CLI clone "theirs".
    private func fixture(_ scratch: Scratch) throws -> (mine: Repository, theirs: String, first: ObjectID) {
        try scratch.git("init", "-q", "--bare", "-b", "main", scratch.sub("remote.git"), in: scratch.path)
        let mine = try scratch.repository("mine")
        try mine.addRemote(name: "origin", url: scratch.sub("remote.git"))
        let first = try #require(try mine.commit(
            files: [(path: "res.md", contents: bytes("v1\n"))], message: "one", author: testAuthor))
        try mine.push()
        try scratch.git("clone", "-q", scratch.sub("remote.git"), scratch.sub("theirs"), in: scratch.path)
        return (mine, scratch.sub("theirs"), first)
    }

    /// Commits `content` to `file` in the CLI clone and pushes it.
    private func theirCommit(_ scratch: Scratch, _ theirs: String, _ content: String, file: String = "res.md") throws -> String {
        try scratch.write(content, to: file, in: theirs)
        try scratch.git("add", "-A", in: theirs)
        try scratch.git("commit", "-q", "-m", "their \(content)", in: theirs)
        try scratch.git("push", "-q", "origin", "main", in: theirs)
        return try scratch.git("rev-parse", "HEAD", in: theirs)
    }

    @Test("push publishes the branch to the bare remote")
    func pushes() throws {
        let scratch = try Scratch()
        let (mine, _, first) = try fixture(scratch)
        #expect(try scratch.git("rev-parse", "main", in: scratch.sub("remote.git")) == first.hex)
        let second = try #require(try mine.commit(
            files: [(path: "res.md", contents: bytes("v2\n"))], message: "two", author: testAuthor))
        try mine.push(remote: "origin")
        #expect(try scratch.git("rev-parse", "main", in: scratch.sub("remote.git")) == second.hex)
        #expect(try mine.resolve(revision: "origin/main") == second)
        #expect(mine.remoteURL(named: "origin") == scratch.sub("remote.git"))
        #expect(throws: GitError.remoteExists("origin")) { try mine.addRemote(name: "origin", url: "/x") }
    }

    @Test("a non-fast-forward push is refused and the remote keeps its commits")
    func nonFastForward() throws {
        let scratch = try Scratch()
        let (mine, theirs, _) = try fixture(scratch)
        let theirTip = try theirCommit(scratch, theirs, "their v2\n")
        try mine.commit(files: [(path: "res.md", contents: bytes("my v2\n"))], message: "mine", author: testAuthor)
        #expect(throws: GitError.nonFastForward(ref: "refs/heads/main")) { try mine.push() }
        #expect(throws: GitError.nonFastForward(ref: "refs/heads/main")) { try mine.push(remote: scratch.sub("remote.git")) }
        #expect(try scratch.git("rev-parse", "main", in: scratch.sub("remote.git")) == theirTip)
    }

    @Test("pull fast-forwards the branch and the work tree, then is up to date")
    func fastForwards() throws {
        let scratch = try Scratch()
        let (mine, theirs, first) = try fixture(scratch)
        let theirTip = try theirCommit(scratch, theirs, "their v2\n")
        _ = try theirCommit(scratch, theirs, "new file\n", file: "annex/a.md")
        let tip = try scratch.git("rev-parse", "HEAD", in: theirs)
        #expect(tip != theirTip)

        let result = try mine.pull()
        #expect(result == .fastForwarded(from: first, to: try #require(ObjectID(hex: tip))))
        let root = scratch.sub("mine")
        #expect(try scratch.git("rev-parse", "HEAD", in: root) == tip)
        #expect(try String(contentsOfFile: root + "/res.md", encoding: .utf8) == "their v2\n")
        #expect(try String(contentsOfFile: root + "/annex/a.md", encoding: .utf8) == "new file\n")
        #expect(try scratch.git("status", "--porcelain", in: root) == "")
        #expect(try mine.resolve(revision: "origin/main").hex == tip)
        #expect(try mine.pull() == .alreadyUpToDate)
        #expect(try mine.pull(remote: scratch.sub("remote.git"), branch: "main") == .alreadyUpToDate)
    }

    @Test("pull from a path fast-forwards without a configured remote")
    func pullFromPath() throws {
        let scratch = try Scratch()
        let (mine, theirs, _) = try fixture(scratch)
        let tip = try theirCommit(scratch, theirs, "their v2\n")
        let result = try mine.pull(remote: scratch.sub("remote.git"))
        #expect(result == .fastForwarded(from: try mine.commits().last?.id, to: try #require(ObjectID(hex: tip))))
        #expect(try scratch.git("status", "--porcelain", in: scratch.sub("mine")) == "")
    }

    @Test("pull into a repository with no commit yet creates the branch and checks it out")
    func pullIntoEmpty() throws {
        let scratch = try Scratch()
        let (_, _, first) = try fixture(scratch)
        let fresh = try scratch.repository("fresh")
        try fresh.addRemote(name: "origin", url: scratch.sub("remote.git"))
        #expect(try fresh.pull() == .fastForwarded(from: nil, to: first))
        #expect(try String(contentsOfFile: scratch.sub("fresh/res.md"), encoding: .utf8) == "v1\n")
        #expect(try scratch.git("status", "--porcelain", in: scratch.sub("fresh")) == "")
        #expect(try fresh.isEmpty == false)
    }

    @Test("pull refuses diverged histories and changes nothing")
    func diverged() throws {
        let scratch = try Scratch()
        let (mine, theirs, _) = try fixture(scratch)
        _ = try theirCommit(scratch, theirs, "their v2\n")
        let myTip = try #require(try mine.commit(
            files: [(path: "res.md", contents: bytes("my v2\n"))], message: "mine", author: testAuthor))
        #expect(throws: GitError.diverged(branch: "main", remote: "origin/main")) { try mine.pull() }
        #expect(try mine.resolve(revision: "HEAD") == myTip)
        #expect(try String(contentsOfFile: scratch.sub("mine/res.md"), encoding: .utf8) == "my v2\n")
        #expect(try scratch.git("status", "--porcelain", in: scratch.sub("mine")) == "")
    }

    @Test("pull refuses to overwrite an uncommitted edit")
    func uncommittedEdit() throws {
        let scratch = try Scratch()
        let (mine, theirs, first) = try fixture(scratch)
        _ = try theirCommit(scratch, theirs, "their v2\n")
        try scratch.write("my unsaved edit\n", to: "res.md", in: scratch.sub("mine"))
        #expect(throws: GitError.uncommittedChanges(path: "res.md")) { try mine.pull() }
        #expect(try mine.resolve(revision: "HEAD") == first)
        #expect(try String(contentsOfFile: scratch.sub("mine/res.md"), encoding: .utf8) == "my unsaved edit\n")
    }

    @Test("unknown remotes and branches are reported clearly")
    func unknownRemote() throws {
        let scratch = try Scratch()
        let (mine, _, _) = try fixture(scratch)
        #expect(throws: GitError.remoteNotFound("upstream")) { try mine.push(remote: "upstream") }
        #expect(throws: GitError.remoteBranchNotFound(remote: "origin", branch: "nope")) {
            try mine.pull(remote: "origin", branch: "nope")
        }
        let empty = try scratch.repository("empty")
        #expect(throws: GitError.emptyRepository) { try empty.push(remote: scratch.sub("remote.git")) }
    }
}
