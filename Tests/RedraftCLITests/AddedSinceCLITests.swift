import Foundation
import Testing

/// Runs `redraft` in `folder` through the shared CLI helper.
private struct RedraftRun {
    var status: Int32
    var stdout: String
    var stderr: String

    init(_ arguments: [String], in folder: URL) throws {
        let result = try CLI.run(arguments, directory: folder)
        status = result.status
        stdout = result.stdout
        stderr = result.stderr
    }
}

@Suite("redraft added-since end to end", .enabled(if: FileManager.default.isExecutableFile(atPath: CLI.binary.path)))
final class AddedSinceCLITests {
    let folder: URL

    deinit { try? FileManager.default.removeItem(at: folder) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("added-since-cli-\(UUID().uuidString)")
        let priors = folder.appendingPathComponent("priors/2016")
        try FileManager.default.createDirectory(at: priors, withIntermediateDirectories: true)
        try Data("""
        1. Call on APPF Member States to strengthen regional cooperation on maritime security;

        2. Encourage parliaments of APPF Member States to hold annual hearings on disaster preparedness;

        3. Resolve to review the implementation of this resolution at the next Annual Meeting.

        """.utf8).write(to: priors.appendingPathComponent("appf24.txt"))
        try Data([0, 1, 2, 3]).write(to: priors.appendingPathComponent("scan.txt"))
        try Data("""
        1. Call on APPF Member States to strengthen regional cooperation on maritime security;

        2. Encourage parliaments of APPF Member States to hold biennial hearings on disaster preparedness;

        """.utf8).write(to: folder.appendingPathComponent("same.txt"))
        try Data("""
        1. Call on APPF Member States to strengthen regional cooperation on maritime security;

        2. Invite development banks to lend on concessional terms for renewable energy grids.

        """.utf8).write(to: folder.appendingPathComponent("draft.txt"))
    }

    @Test("exit 1 and the new paragraph first when something is new; the skipped file is a warning")
    func somethingNew() throws {
        let run = try RedraftRun(["added-since", "priors", "draft.txt", "--sources"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("1 new, 0 adapted, 1 reused of 2"))
        #expect(run.stdout.contains("new      OP 2"))
        #expect(run.stdout.contains("priors/2016/appf24.txt"))
        #expect(run.stderr.contains("priors/2016/scan.txt: warning: skipped: "))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("priors/.redraft/added-since.index").path))
    }

    @Test("exit 0 when nothing is new, and the JSON lists every paragraph")
    func nothingNew() throws {
        let run = try RedraftRun(["added-since", "priors", "same.txt", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((root["summary"] as? [String: Int]) == ["new": 0, "adapted": 1, "reused": 1, "total": 2])
        #expect((root["paragraphs"] as? [Any])?.count == 2)
    }

    @Test("html and markdown formats are written", arguments: ["html", "markdown"])
    func formats(format: String) throws {
        let run = try RedraftRun(["added-since", "priors", "draft.txt", "--format", format], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains(format == "html" ? "<!DOCTYPE html>" : "## New"))
    }

    @Test("bad input is one line naming the path, exit 2", arguments: [
        (["added-since", "missing/", "draft.txt"], "missing/: error: no such file or folder"),
        (["added-since", "priors", "nothing.txt"], "nothing.txt: error: no such file"),
        (["added-since", "priors/2016/scan.txt", "draft.txt"], "priors/2016/scan.txt:1: error: binary file"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let run = try RedraftRun(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(message))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("an empty folder and a draft without paragraphs are errors, exit 2")
    func emptyInputs() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try RedraftRun(["added-since", "empty", "draft.txt"], in: folder)
        #expect(empty.status == 2 && empty.stderr.hasPrefix("empty: error: "))
        try Data("Just a title\n".utf8).write(to: folder.appendingPathComponent("title.txt"))
        let noParagraphs = try RedraftRun(["added-since", "priors", "title.txt"], in: folder)
        #expect(noParagraphs.status == 2 && noParagraphs.stderr.hasPrefix("title.txt: error: no resolution paragraph"))
    }

    @Test("the draft inside a prior folder is skipped, not matched with itself")
    func draftInsideFolder() throws {
        let run = try RedraftRun(["added-since", ".", "draft.txt", "--format", "json", "--no-cache"], in: folder)
        #expect(run.status == 1)
        #expect(!run.stdout.contains("\"file\": \"./draft.txt\""))
    }
}
