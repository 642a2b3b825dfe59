import Foundation
import Testing

/// A temporary drafts repository driven through the built `redraft` binary, checked with the git CLI.
final class GitSandbox {
    let root: URL
    let home: URL
    var repo: URL { root.appendingPathComponent("repo") }

    init() throws {
        root = try CLI.temporaryDirectory().resolvingSymlinksInPath()
        home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A deterministic environment: a private HOME, no system configuration, fixed identities.
    var environment: [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/.config", "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C",
         "GIT_AUTHOR_NAME": "Ada Lovelace", "GIT_AUTHOR_EMAIL": "ada@example.org",
         "GIT_COMMITTER_NAME": "Ada Lovelace", "GIT_COMMITTER_EMAIL": "ada@example.org",
         "GIT_AUTHOR_DATE": "@1700000000 +0200", "GIT_COMMITTER_DATE": "@1700000000 +0200"]
    }

    /// Runs `redraft` in the repository (or `directory`).
    @discardableResult
    func redraft(_ arguments: String..., in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(arguments, environment: environment.merging(extra) { $1 }, directory: directory ?? repo)
    }

    /// Runs git in the repository (or `directory`) and returns status and output.
    @discardableResult
    func git(_ arguments: String..., in directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repo
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A new repository with the sample draft committed as Drafts/t.txt.
    func withSample() throws -> GitSandbox {
        let result = try redraft("init", repo.path, in: root)
        #expect(result.status == 0, "\(result.stderr)")
        try FileManager.default.copyItem(atPath: CLI.sample, toPath: repo.path + "/Drafts/t.txt")
        let commit = try redraft("commit", "Drafts/t.txt")
        #expect(commit.status == 0, "\(commit.stderr)")
        return self
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: repo.appendingPathComponent(relative), encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: repo.appendingPathComponent(relative))
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite("redraft init, commit, amend, log, blame, tag (end to end, checked with git)")
struct GitCommandTests {
    @Test("init makes branch main with Drafts/; commit writes the first message; git reads it and fsck passes")
    func initAndCommit() throws {
        let box = try GitSandbox().withSample()
        #expect(try box.git("rev-parse", "--abbrev-ref", "HEAD").output == "main")
        #expect(try box.git("ls-files").output == "Drafts/.gitkeep\nDrafts/t.txt")
        #expect(try box.git("log", "-1", "--format=%s|%an|%ae").output == "Add Drafts/t.txt (12 PP, 21 OP)|Ada Lovelace|ada@example.org")
        #expect(try box.git("fsck", "--strict").status == 0)
        let again = try box.redraft("commit", "Drafts/t.txt")
        #expect(again.status == 0 && again.stdout.contains("nothing to commit"))
        let inside = try box.redraft("init", box.repo.path + "/Drafts")
        #expect(inside.status == 0 && inside.stdout.contains("existing git repository"))
    }

    @Test("commit without -m describes the structural changes; --author and -m are used")
    func commitMessage() throws {
        let box = try GitSandbox().withSample()
        let revised = try String(contentsOfFile: CLI.sample, encoding: .utf8)
            .replacingOccurrences(of: "2. Call on APPF Member States to take", with: "2. Call on APPF Member States to urgently take")
        try box.write(revised, to: "Drafts/t.txt")
        let result = try box.redraft("commit", "Drafts/t.txt")
        #expect(result.status == 0)
        #expect(try box.git("log", "-1", "--format=%s").output == "Amend OP 2")
        try box.write(revised + "\n", to: "Drafts/t.txt")
        #expect(try box.redraft("commit", "Drafts/t.txt", "-m", "Tidy", "--author", "Grace Hopper <grace@example.org>").status == 0)
        #expect(try box.git("log", "-1", "--format=%s|%an").output == "Tidy|Grace Hopper")
        #expect(try box.git("fsck", "--strict").status == 0)
    }

    @Test("amend replaces, inserts, deletes and moves clauses, one commit each, keeping other bytes")
    func amend() throws {
        let box = try GitSandbox().withSample()
        let before = try box.read("Drafts/t.txt")
        var result = try box.redraft("amend", "Drafts/t.txt", "--clause", "op8", "--text", "Urge all parliaments to act without delay;")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try box.git("log", "-1", "--format=%s").output == "Amend operative paragraph 8")
        let after = try box.read("Drafts/t.txt")
        #expect(after.contains("8. Urge all parliaments to act without delay;"))
        #expect(after.components(separatedBy: "\n").count == before.components(separatedBy: "\n").count)
        result = try box.redraft("amend", "Drafts/t.txt", "--insert-after", "op3", "--text", "Decide to meet again;")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try box.git("log", "-1", "--format=%s").output == "Insert a new operative paragraph after operative paragraph 3")
        #expect(try box.read("Drafts/t.txt").contains("4. Decide to meet again;"))
        result = try box.redraft("amend", "Drafts/t.txt", "--delete", "op19")
        #expect(result.status == 0)
        #expect(try box.git("log", "-1", "--format=%s").output == "Delete operative paragraph 19")
        result = try box.redraft("amend", "Drafts/t.txt", "--move", "op20", "--after", "op4")
        #expect(result.status == 0)
        #expect(try box.git("log", "-1", "--format=%s").output == "Move operative paragraph 20 to follow operative paragraph 4")
        #expect(try box.git("status", "--porcelain").output.isEmpty)
        #expect(try box.git("fsck", "--strict").status == 0)
    }

    @Test("amend refuses, changing nothing: uncommitted edits, unknown clause, not one paragraph")
    func amendRefusals() throws {
        let box = try GitSandbox().withSample()
        let head = try box.git("rev-parse", "HEAD").output
        let text = try box.read("Drafts/t.txt")
        var result = try box.redraft("amend", "Drafts/t.txt", "--clause", "op99", "--text", "Urge;")
        #expect(result.status == 2 && result.stderr.contains("no clause"))
        result = try box.redraft("amend", "Drafts/t.txt", "--clause", "op2", "--text", "Urge this;\n\n3. And that;")
        #expect(result.status == 2 && result.stderr.contains("not one paragraph"))
        #expect(try box.read("Drafts/t.txt") == text)
        try box.write(text + "\nnote\n", to: "Drafts/t.txt")
        result = try box.redraft("amend", "Drafts/t.txt", "--delete", "op2")
        #expect(result.status == 2 && result.stderr.contains("uncommitted changes"))
        #expect(try box.read("Drafts/t.txt") == text + "\nnote\n")
        #expect(try box.git("rev-parse", "HEAD").output == head)
    }

    @Test("log --clause follows a clause through an amendment and a renumbering; blame ignores renumbering")
    func logAndBlame() throws {
        let box = try GitSandbox().withSample()
        let line = try #require(try box.read("Drafts/t.txt").components(separatedBy: "\n").first { $0.hasPrefix("5. ") })
        let edited = String(line.dropFirst(3).dropLast()) + " without delay;"
        #expect(try box.redraft("amend", "Drafts/t.txt", "--clause", "op5", "--text", edited).status == 0)
        #expect(try box.redraft("amend", "Drafts/t.txt", "--insert-before", "op1", "--text", "Decide to act;").status == 0)
        #expect(try box.redraft("tag", "v1", "-m", "Committee text").status == 0)

        let log = try box.redraft("log", "Drafts/t.txt", "--clause", "op6", "--format", "json")
        #expect(log.status == 0, "\(log.stderr)")
        let json = try box.json(log.stdout)
        #expect(json["file"] as? String == "Drafts/t.txt")
        #expect(json["clause"] as? String == "para_6")
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.map { $0["change"] as? String } == ["renumbered", "modified", "added"])
        #expect(entries.map { $0["number"] as? String } == ["OP 6", "OP 5", "OP 5"])
        #expect(entries.first?["tags"] as? [String] == ["v1"])
        #expect(entries.first?["author"] as? String == "Ada Lovelace")
        #expect(entries.first?["email"] as? String == "ada@example.org")
        #expect(entries.first?["date"] as? String == "2023-11-15T00:13:20+02:00")
        #expect(entries.first?["commit"] as? String == (try box.git("rev-parse", "HEAD").output))

        let fileLog = try box.redraft("log", "Drafts/t.txt")
        #expect(fileLog.status == 0 && fileLog.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3)

        let blame = try box.redraft("blame", "Drafts/t.txt", "--format", "json")
        #expect(blame.status == 0, "\(blame.stderr)")
        let rows = try #require(try box.json(blame.stdout)["paragraphs"] as? [[String: Any]])
        #expect(rows.count == 12 + 22)
        let head = try box.git("rev-parse", "HEAD").output
        let amended = try box.git("rev-parse", "HEAD~1").output
        let first = try box.git("rev-parse", "HEAD~2").output
        let op6 = try #require(rows.first { $0["id"] as? String == "para_6" })
        #expect(op6["commit"] as? String == amended)
        #expect(op6["introduced"] as? String == first)
        let op1 = try #require(rows.first { $0["id"] as? String == "para_1" })
        #expect(op1["commit"] as? String == head && op1["introduced"] as? String == head)
        let op22 = try #require(rows.first { $0["id"] as? String == "para_22" })
        #expect(op22["commit"] as? String == first)
        #expect(["section", "index", "number", "label", "author", "email", "date"].allSatisfy { op22[$0] != nil })
    }

    @Test("REV:PATH reads a committed version in diff and parse; errors are one line, exit 2")
    func revisionPaths() throws {
        let box = try GitSandbox().withSample()
        #expect(try box.redraft("tag", "v1").status == 0)
        #expect(try box.redraft("amend", "Drafts/t.txt", "--delete", "op3").status == 0)
        let diff = try box.redraft("diff", "v1:Drafts/t.txt", "Drafts/t.txt")
        #expect(diff.status == 1 && diff.stdout.contains("OP 3"))
        #expect(try box.redraft("parse", "main:Drafts/t.txt").status == 0)
        #expect(try box.redraft("diff", "HEAD~1:Drafts/t.txt", "v1:Drafts/t.txt").status == 0)
        let unknown = try box.redraft("parse", "v9:Drafts/t.txt")
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown revision 'v9'"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        let absent = try box.redraft("parse", "v1:Drafts/none.txt")
        #expect(absent.status == 2 && absent.stderr.contains("does not exist at revision 'v1'"))
        let outside = try box.redraft("parse", "v1:Drafts/t.txt", in: box.root)
        #expect(outside.status == 2 && outside.stderr.contains("git repository"))
    }

    @Test("errors: not a repository, empty repository, unknown revision, detached HEAD, bare repository, no identity")
    func errors() throws {
        let box = try GitSandbox()
        try FileManager.default.createDirectory(at: box.repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.sample, toPath: box.repo.path + "/t.txt")
        var result = try box.redraft("log", "t.txt")
        #expect(result.status == 2 && result.stderr.contains("not a git repository"))
        #expect(try box.git("init", "-q", "-b", "main").status == 0)
        result = try box.redraft("blame", "t.txt")
        #expect(result.status == 2 && result.stderr.contains("no commits yet"))
        result = try box.redraft("log", "t.txt")
        #expect(result.status == 2 && result.stderr.contains("no commits yet"))
        #expect(try box.redraft("commit", "t.txt").status == 0)
        result = try box.redraft("log", "t.txt", "--rev", "nope")
        #expect(result.status == 2 && result.stderr.contains("unknown revision 'nope'"))
        result = try box.redraft("log", "t.txt", "--clause", "op99")
        #expect(result.status == 2 && result.stderr.contains("no clause"))
        #expect(try box.git("checkout", "-q", "--detach").status == 0)
        try box.write(try box.read("t.txt") + "\n", to: "t.txt")
        result = try box.redraft("commit", "t.txt", "-m", "x")
        #expect(result.status == 2 && result.stderr.contains("detached"))
        #expect(try box.git("init", "-q", "--bare", box.root.path + "/bare.git", in: box.root).status == 0)
        result = try box.redraft("log", "t.txt", in: box.root.appendingPathComponent("bare.git"))
        #expect(result.status == 2 && result.stderr.contains("bare repository"))
        #expect(try box.git("checkout", "-q", "main").status == 0)
        result = try box.redraft("commit", "t.txt", environment: ["GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": "", "EMAIL": ""])
        #expect(result.status == 2 && result.stderr.contains("no author identity"))
        for line in [result.stderr] { #expect(line.split(separator: "\n").count == 1) }
    }
}
