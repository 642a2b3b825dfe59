import ClauseTree
import DraftDiff
import Foundation
import Testing

@Suite("JSON report")
struct RenderingJSONTests {
    let comparison = Fixture.standard

    func decoded(_ comparison: DraftComparison) throws -> [String: Any] {
        let json = comparison.jsonReport(oldName: "old \"v1\".txt", newName: "new.txt")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("the report is valid JSON with the documented top-level fields")
    func topLevel() throws {
        let root = try decoded(comparison)
        #expect(Set(root.keys) == ["old", "new", "summary", "changes"])
        let old = try #require(root["old"] as? [String: Any])
        #expect(old["file"] as? String == "old \"v1\".txt")
        #expect(old["title"] as? String == "Resolution on Combating Human Trafficking")
        #expect(old["preamble"] as? Int == 4)
        #expect(old["operative"] as? Int == 8)
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(Set(summary.keys) == Set(ChangeKind.allCases.map(\.rawValue)))
        #expect(summary["modified"] == 2)
        #expect(summary["unchanged"] == 3)
    }

    @Test("changes list every paragraph with references, similarity, flags and words")
    func changes() throws {
        let root = try decoded(comparison)
        let changes = try #require(root["changes"] as? [[String: Any]])
        #expect(changes.count == comparison.changes.count)
        for change in changes {
            #expect(Set(change.keys) == ["kind", "old", "new", "similarity", "words", "leadChanged", "crossedSection"])
        }
        let added = changes[2]
        #expect(added["kind"] as? String == "added")
        #expect(added["old"] is NSNull)
        let newRef = try #require(added["new"] as? [String: Any])
        #expect(newRef["section"] as? String == "preamble")
        #expect(newRef["index"] as? Int == 3)
        #expect(newRef["number"] is NSNull)
        #expect(newRef["id"] as? String == "recs__rec_3")

        let modified = changes[7]
        #expect((modified["similarity"] as? Double) == 0.823)
        let words = try #require(modified["words"] as? [[String: String]])
        #expect(words.contains { $0["op"] == "insert" && $0["text"] == "national" })
        #expect(Set(words.compactMap { $0["op"] }).isSubset(of: ["equal", "insert", "delete"]))
    }

    @Test("the new side of a split and the old side of a merge are arrays")
    func arrays() throws {
        let changes = try #require(try decoded(comparison)["changes"] as? [[String: Any]])
        let split = try #require(changes.first { $0["kind"] as? String == "split" })
        #expect((split["new"] as? [[String: Any]])?.count == 2)
        #expect(split["old"] is [String: Any])
        let merged = try #require(changes.first { $0["kind"] as? String == "merged" })
        #expect((merged["old"] as? [[String: Any]])?.compactMap { $0["number"] as? String } == ["5", "6"])
    }

    @Test("control characters, quotes and backslashes in text survive a round trip")
    func escaping() throws {
        var old = Fixture.oldStandard
        old.title = "Tab\there \"quoted\" back\\slash\nnew line \u{1}"
        let c = DraftComparison(old: old, new: Fixture.newStandard, changes: [])
        let oldObject = try #require(try decoded(c)["old"] as? [String: Any])
        #expect(oldObject["title"] as? String == old.title)
    }
}
