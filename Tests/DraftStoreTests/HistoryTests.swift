import DraftStore
import Foundation
import Testing

@Suite("History of a draft")
struct HistoryTests {
    @Test("history lists only the commits that changed the file, newest first, with its bytes")
    func onlyChanges() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        let added = try repository.commit(files: [(path: "res.md", contents: bytes("v1\n"))], message: "add", author: testAuthor)
        try repository.commit(files: [(path: "other.md", contents: bytes("x\n"))], message: "other", author: testAuthor)
        let changed = try repository.commit(files: [(path: "res.md", contents: bytes("v2\n"))], message: "change", author: testAuthor)
        try repository.commit(files: [(path: "other.md", contents: bytes("y\n"))], message: "other again", author: testAuthor)

        let history = try repository.history(of: "res.md")
        #expect(history.map(\.commit.id) == [changed, added].compactMap { $0 })
        #expect(history.map { text($0.contents) } == ["v2\n", "v1\n"])
        #expect(history.map(\.commit.summary) == ["change", "add"])
        #expect(history.first?.commit.authorName == "Ada Lovelace")
        #expect(history.first?.commit.authorEmail == "ada@example.org")
        #expect(history.first?.commit.date == testAuthor.date)
        #expect(try repository.history(of: "res.md", from: "HEAD~1").count == 2)
        #expect(try repository.history(of: "res.md", from: "HEAD~2").count == 1)
        #expect(try repository.history(of: "missing.md").isEmpty)
        #expect(try repository.commits().map(\.summary) == ["other again", "change", "other", "add"])
        #expect(try repository.commits(limit: 2).count == 2)
    }

    @Test("a long history's contents, read on two threads, come back whole and in order")
    func longHistoryContents() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        // Past the length from which blobs are read in two halves; unrelated commits between.
        var expected: [String] = []
        for version in 1...45 {
            let contents = "Recalling version \(version);\n" + String(repeating: "text \(version) ", count: version)
            try repository.commit(files: [(path: "res.md", contents: bytes(contents))], message: "v\(version)", author: testAuthor)
            if version % 7 == 0 {
                try repository.commit(files: [(path: "other.md", contents: bytes("\(version)\n"))], message: "other", author: testAuthor)
            }
            expected.insert(contents, at: 0)
        }
        let history = try repository.history(of: "res.md")
        #expect(history.count == 45)
        #expect(history.map { text($0.contents) } == expected)
        #expect(history.map(\.commit.summary) == (1...45).reversed().map { "v\($0)" })
    }

    @Test("a repository written by git and packed by git gc is read correctly")
    func packedRepository() throws {
        let scratch = try Scratch()
        let root = try scratch.gitRepository()
        for (index, content) in ["first\n", "second\n", "third\n"].enumerated() {
            try scratch.write(content, to: "drafts/res.md", in: root)
            try scratch.write("\(index)\n", to: "counter.txt", in: root)
            try scratch.git("add", "-A", in: root)
            try scratch.git("commit", "-q", "-m", "Revision \(index + 1)", in: root)
            if index == 0 { try scratch.git("tag", "-a", "adopted", "-m", "Adopted text", in: root) }
            try scratch.write("\(index)b\n", to: "counter.txt", in: root)
            try scratch.git("commit", "-q", "-am", "Counter \(index + 1)", in: root)
        }
        try scratch.git("gc", "-q", "--aggressive", "--prune=now", in: root)
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/refs/tags/adopted"))
        #expect(FileManager.default.fileExists(atPath: root + "/.git/packed-refs"))

        let repository = try Repository.open(at: root)
        let history = try repository.history(of: "drafts/res.md")
        #expect(history.map(\.commit.summary) == ["Revision 3", "Revision 2", "Revision 1"])
        #expect(history.map { text($0.contents) } == ["third\n", "second\n", "first\n"])
        #expect(history.first?.commit.authorName == "Fixture Author")
        #expect(history.first?.commit.committer.name == "Fixture Committer")
        #expect(text(try repository.blob(at: "adopted", path: "drafts/res.md")) == "first\n")
        let tag = try #require(try repository.tag(named: "adopted"))
        #expect(tag.message == "Adopted text\n")
        #expect(tag.tagger?.name == "Fixture Committer")
        #expect(tag.target == history.last?.commit.id)
    }

    @Test("first-parent history follows the branch line; full history lists the side commit")
    func merges() throws {
        let scratch = try Scratch()
        let root = try scratch.gitRepository()
        try scratch.write("v1\n", to: "res.md", in: root)
        try scratch.git("add", "-A", in: root)
        try scratch.git("commit", "-q", "-m", "A", in: root)
        try scratch.git("checkout", "-q", "-b", "side", in: root)
        try scratch.write("v2\n", to: "res.md", in: root)
        try scratch.git("commit", "-q", "-am", "B", in: root)
        try scratch.git("checkout", "-q", "main", in: root)
        try scratch.write("o\n", to: "other.md", in: root)
        try scratch.git("add", "-A", in: root)
        try scratch.git("commit", "-q", "-m", "C", in: root)
        try scratch.git("merge", "-q", "--no-ff", "-m", "M", "side", in: root)

        let repository = try Repository.open(at: root)
        #expect(try repository.history(of: "res.md").map(\.commit.summary) == ["M", "A"])
        #expect(try repository.history(of: "res.md", firstParent: false).map(\.commit.summary) == ["B", "A"])
        #expect(try repository.commits(firstParent: true).map(\.summary) == ["M", "C", "A"])
        #expect(try repository.commits().count == 4)
    }

    @Test("history of a thousand commits lists the hundred that changed the file")
    func longHistory() throws {
        let scratch = try Scratch()
        let root = try scratch.gitRepository()
        var stream = ""
        for number in 1...1000 {
            let message = "commit \(number)\n"
            let changesDraft = number % 10 == 1
            let content = changesDraft ? "draft \(number)\n" : "other \(number)\n"
            stream += "commit refs/heads/main\nmark :\(number)\n"
            stream += "author A <a@example.org> \(1_600_000_000 + number * 60) +0000\n"
            stream += "committer A <a@example.org> \(1_600_000_000 + number * 60) +0000\n"
            stream += "data \(message.utf8.count)\n\(message)"
            if number > 1 { stream += "from :\(number - 1)\n" }
            stream += "M 100644 inline \(changesDraft ? "draft.md" : "other.md")\n"
            stream += "data \(content.utf8.count)\n\(content)\n"
        }
        try scratch.git("fast-import", "--quiet", in: root, input: Data(stream.utf8))

        let repository = try Repository.open(at: root)
        let clock = ContinuousClock()
        let start = clock.now
        let history = try repository.history(of: "draft.md")
        let elapsed = clock.now - start
        #expect(history.count == 100)
        #expect(history.first.map { text($0.contents) } == "draft 991\n")
        #expect(history.last.map { text($0.contents) } == "draft 1\n")
        #expect(history.first?.commit.summary == "commit 991")
        print("history of 1,000 commits took \(elapsed)")
    }
}
