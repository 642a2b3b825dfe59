import Foundation
import Testing

@Suite("added-since reads earlier versions from git")
struct RevisionPriorTests {
    @Test("a PRIOR given as REV:PATH: the paragraph inserted since is the only new one")
    func priorAtRevision() throws {
        let box = try GitSandbox().withSample()
        #expect(try box.redraft("amend", "Drafts/t.txt", "--insert-after", "op3",
                                "--text", "Call on APPF Member States to publish annual data on prosecutions for trafficking;").status == 0)
        let result = try box.redraft("added-since", "HEAD~1:Drafts/t.txt", "Drafts/t.txt", "--format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let object = try box.json(result.stdout)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["new"] == 1)
        #expect(summary["total"] == 34)
        let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
        let new = paragraphs.filter { $0["status"] as? String == "new" }
        #expect(new.first?["id"] as? String == "para_4")
        let unknown = try box.redraft("added-since", "v9:Drafts/t.txt", "Drafts/t.txt")
        #expect(unknown.status == 2 && unknown.stderr.contains("v9"))
    }
}
