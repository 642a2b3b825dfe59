import Foundation
import Testing

@Suite("redraft diff and apply-amendments, end to end")
struct DiffCLITests {
    @Test("identical drafts: no differences, exit 0")
    func identical() throws {
        let result = try CLI.run(["diff", CLI.sample, CLI.sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no differences"))
    }

    @Test("layout alone is not a change: the sample against its canonical text")
    func layoutOnly() throws {
        let canonical = try CLI.run(["parse", CLI.sample, "--format", "text"])
        let path = try CLI.temporaryFile(canonical.stdout)
        let result = try CLI.run(["diff", CLI.sample, path])
        #expect(result.status == 0)
    }

    @Test("the revised sample differs: exit 1, each change labelled")
    func revised() throws {
        let result = try CLI.run(["diff", CLI.sample, CLI.revision])
        #expect(result.status == 1)
        #expect(result.stdout.contains("OP 20 → OP 5 moved"))
        #expect(result.stdout.contains("OP 19 deleted"))
        #expect(result.stdout.contains("{+"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("JSON lists every paragraph of both drafts with the documented fields")
    func json() throws {
        let result = try CLI.run(["diff", CLI.sample, CLI.revision, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["old", "new", "summary", "changes"])
        let changes = try #require(object["changes"] as? [[String: Any]])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(changes.count == summary.values.reduce(0, +))
        #expect(summary["moved"] == 1)
        #expect(summary["deleted"] == 1)
        #expect(summary["added"] == 2)
        for change in changes {
            #expect(Set(change.keys).isSuperset(of: ["kind", "old", "new", "similarity", "words"]))
        }
    }

    @Test("the amendments of diff OLD NEW applied to OLD give NEW")
    func amendmentRoundTrip() throws {
        let amendments = try CLI.run(["diff", CLI.sample, CLI.revision, "--format", "amendments"])
        #expect(amendments.status == 1)
        #expect(amendments.stdout.contains("Move operative paragraph 20 to follow operative paragraph 4"))
        let list = try CLI.temporaryFile(amendments.stdout, name: "amendments.txt")
        let applied = try CLI.run(["apply-amendments", CLI.sample, list])
        #expect(applied.status == 0)
        let appliedPath = try CLI.temporaryFile(applied.stdout)
        let check = try CLI.run(["diff", CLI.revision, appliedPath])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("apply-amendments -o writes the file; a bad amendment exits 2 and writes nothing")
    func applyErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let good = dir.appendingPathComponent("good.txt").path
        try Data("1. Delete operative paragraph 19, and renumber the subsequent paragraphs accordingly\n".utf8).write(to: URL(fileURLWithPath: good))
        let out = dir.appendingPathComponent("out.txt").path
        let ok = try CLI.run(["apply-amendments", CLI.sample, good, "-o", out])
        #expect(ok.status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        let bad = dir.appendingPathComponent("bad.txt").path
        try Data("1. Delete operative paragraph 99\n".utf8).write(to: URL(fileURLWithPath: bad))
        let out2 = dir.appendingPathComponent("out2.txt").path
        let failed = try CLI.run(["apply-amendments", CLI.sample, bad, "-o", out2])
        #expect(failed.status == 2)
        #expect(failed.stderr.hasPrefix(bad + ":1: error:"))
        #expect(!FileManager.default.fileExists(atPath: out2))
    }

    @Test("html is one self-contained page; markdown and text with context work")
    func otherFormats() throws {
        let html = try CLI.run(["diff", CLI.sample, CLI.revision, "--format", "html"])
        #expect(html.status == 1)
        #expect(html.stdout.contains("<html"))
        #expect(!html.stdout.contains("<script"))
        #expect(!html.stdout.contains("http://") || html.stdout.contains("xmlns"))
        let side = try CLI.run(["diff", CLI.sample, CLI.revision, "--format", "html", "--side-by-side"])
        #expect(side.status == 1)
        let md = try CLI.run(["diff", CLI.sample, CLI.revision, "--format", "markdown"])
        #expect(md.status == 1)
        let context = try CLI.run(["diff", CLI.sample, CLI.revision, "--context", "1"])
        #expect(context.stdout.count > (try CLI.run(["diff", CLI.sample, CLI.revision])).stdout.count)
    }

    @Test("bad input to diff: exit 2 naming the file, nothing on stdout")
    func badInput() throws {
        let empty = try CLI.temporaryFile("")
        let result = try CLI.run(["diff", CLI.sample, empty])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(empty))
        let both = try CLI.run(["diff", "-", "-"])
        #expect(both.status == 2)
    }
}
