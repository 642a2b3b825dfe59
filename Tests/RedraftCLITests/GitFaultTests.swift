import Foundation
import Testing

@Suite("redraft and git: locks, concurrent writers, a killed amend, packed repositories, push and pull")
struct GitFaultTests {
    @Test("another process holding index.lock: commit and amend refuse naming it, and change nothing")
    func indexLock() throws {
        let box = try GitSandbox().withSample()
        let head = try box.git("rev-parse", "HEAD").output
        let text = try box.read("Drafts/t.txt")
        let lock = box.repo.path + "/.git/index.lock"
        _ = FileManager.default.createFile(atPath: lock, contents: Data())
        var result = try box.redraft("amend", "Drafts/t.txt", "--delete", "op2")
        #expect(result.status == 2 && result.stderr.contains(".git/index.lock"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try box.read("Drafts/t.txt") == text)
        try box.write(text + "\n", to: "Drafts/t.txt")
        result = try box.redraft("commit", "Drafts/t.txt")
        #expect(result.status == 2 && result.stderr.contains(".git/index.lock"))
        #expect(try box.git("rev-parse", "HEAD").output == head)
        #expect(FileManager.default.fileExists(atPath: lock))
        try FileManager.default.removeItem(atPath: lock)
        #expect(try box.redraft("commit", "Drafts/t.txt", "-m", "Layout").status == 0)
    }

    @Test("concurrent amend and commit processes: every success is a commit, failures say why, nothing is lost")
    func concurrentWriters() throws {
        let box = try GitSandbox().withSample()
        for name in ["a", "b"] {
            try FileManager.default.copyItem(atPath: CLI.sample, toPath: box.repo.path + "/Drafts/\(name).txt")
        }
        let before = Int(try box.git("rev-list", "--count", "HEAD").output) ?? 0
        let jobs: [[String]] = [
            ["amend", "Drafts/t.txt", "--delete", "op3"],
            ["amend", "Drafts/t.txt", "--delete", "op5"],
            ["commit", "Drafts/a.txt", "-m", "Add a"],
            ["commit", "Drafts/b.txt", "-m", "Add b"],
        ]
        let results = Results(count: jobs.count)
        let environment = box.environment
        let repo = box.repo
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results.set(index, try? CLI.run(jobs[index], environment: environment, directory: repo))
        }
        let finished = results.all.compactMap { $0 }
        #expect(finished.count == jobs.count)
        let succeeded = finished.filter { $0.status == 0 }
        for failure in finished where failure.status != 0 {
            #expect(failure.status == 2 && !failure.stderr.isEmpty, "\(failure.stderr)")
        }
        let after = Int(try box.git("rev-list", "--count", "HEAD").output) ?? 0
        #expect(after == before + succeeded.count)
        let subjects = try box.git("log", "--format=%s").output
        for result in succeeded {
            let subject = result.stdout.components(separatedBy: "] ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            #expect(subjects.contains(subject))
        }
        #expect(try box.git("status", "--porcelain", "Drafts/t.txt").output.isEmpty)
        #expect(try box.git("fsck", "--strict").status == 0)
    }

    @Test("an amend stopped between the atomic write and the commit leaves a whole file and a sound repository")
    func killedAmend() throws {
        let box = try GitSandbox().withSample()
        let head = try box.git("rev-parse", "HEAD").output
        let old = try box.read("Drafts/t.txt")
        let result = try box.redraft("amend", "Drafts/t.txt", "--delete", "op4", environment: ["REDRAFT_TEST_STOP_AFTER_WRITE": "1"])
        #expect(result.status == 75)
        let new = try box.read("Drafts/t.txt")
        #expect(new != old && new.contains("21. ") == false && new.contains("20. "))
        #expect(try box.git("rev-parse", "HEAD").output == head)
        #expect(try box.git("fsck", "--strict").status == 0)
        #expect(!FileManager.default.fileExists(atPath: box.repo.path + "/.git/index.lock"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.repo.path + "/Drafts").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let refused = try box.redraft("amend", "Drafts/t.txt", "--delete", "op4")
        #expect(refused.status == 2 && refused.stderr.contains("uncommitted changes"))
        #expect(try box.redraft("commit", "Drafts/t.txt").status == 0)
        #expect(try box.git("log", "-1", "--format=%s").output.hasPrefix("Delete OP 4"))
    }

    @Test("repositories written by git and packed by git gc are read and written")
    func packed() throws {
        let box = try GitSandbox()
        try FileManager.default.createDirectory(at: box.repo.appendingPathComponent("Drafts"), withIntermediateDirectories: true)
        #expect(try box.git("init", "-q", "-b", "main").status == 0)
        try FileManager.default.copyItem(atPath: CLI.sample, toPath: box.repo.path + "/Drafts/t.txt")
        #expect(try box.git("add", "-A").status == 0)
        #expect(try box.git("commit", "-q", "-m", "First").status == 0)
        #expect(try box.git("tag", "-a", "v1", "-m", "v1").status == 0)
        let revised = try String(contentsOfFile: CLI.revision, encoding: .utf8)
        try box.write(revised, to: "Drafts/t.txt")
        #expect(try box.git("commit", "-q", "-am", "Revision").status == 0)
        #expect(try box.git("gc", "-q", "--prune=now").status == 0)
        let log = try box.redraft("log", "Drafts/t.txt", "--format", "json")
        #expect(log.status == 0)
        let entries = try #require(try box.json(log.stdout)["entries"] as? [[String: Any]])
        #expect(entries.map { $0["message"] as? String } == ["Revision", "First"])
        #expect(entries.last?["tags"] as? [String] == ["v1"])
        #expect(try box.redraft("blame", "Drafts/t.txt").status == 0)
        #expect(try box.redraft("diff", "v1:Drafts/t.txt", "Drafts/t.txt").status == 1)
        #expect(try box.redraft("amend", "Drafts/t.txt", "--delete", "op2").status == 0)
        #expect(try box.git("fsck", "--strict").status == 0)
        #expect(try box.git("show", "--stat", "HEAD").output.contains("Drafts/t.txt"))
    }

    @Test("push fast-forwards a bare remote and refuses a non-fast-forward; pull fast-forwards or refuses")
    func pushAndPull() throws {
        let box = try GitSandbox().withSample()
        let remote = box.root.appendingPathComponent("remote.git")
        #expect(try box.git("init", "-q", "--bare", "-b", "main", remote.path, in: box.root).status == 0)
        #expect(try box.git("remote", "add", "origin", remote.path).status == 0)
        let push = try box.redraft("push")
        #expect(push.status == 0, "\(push.stderr)")
        #expect(try box.git("rev-parse", "main", in: remote).output == (try box.git("rev-parse", "HEAD").output))

        let clone = box.root.appendingPathComponent("clone")
        #expect(try box.git("clone", "-q", remote.path, clone.path, in: box.root).status == 0)
        try Data((try box.read("Drafts/t.txt") + "\n").utf8).write(to: clone.appendingPathComponent("Drafts/t.txt"))
        #expect(try box.git("commit", "-q", "-am", "From the clone", in: clone).status == 0)
        #expect(try box.git("push", "-q", "origin", "main", in: clone).status == 0)

        let pull = try box.redraft("pull")
        #expect(pull.status == 0 && pull.stdout.contains("Fast-forwarded"), "\(pull.stderr)")
        #expect(try box.git("log", "-1", "--format=%s").output == "From the clone")
        #expect(try box.redraft("pull").stdout.contains("Already up to date"))

        #expect(try box.redraft("amend", "Drafts/t.txt", "--delete", "op2").status == 0)
        try Data((try box.read("Drafts/t.txt") + "\n\n").utf8).write(to: clone.appendingPathComponent("Drafts/t.txt"))
        #expect(try box.git("commit", "-q", "-am", "Clone again", in: clone).status == 0)
        #expect(try box.git("push", "-q", "origin", "main", in: clone).status == 0)
        let refused = try box.redraft("push")
        #expect(refused.status == 2 && refused.stderr.contains("rejected"))
        let diverged = try box.redraft("pull")
        #expect(diverged.status == 2 && diverged.stderr.contains("diverged"))
        #expect(try box.git("fsck", "--strict").status == 0)
    }
}

/// Results written from concurrent threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [CLI.Result?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: CLI.Result?) { lock.withLock { values[index] = value } }
    var all: [CLI.Result?] { lock.withLock { values } }
}
