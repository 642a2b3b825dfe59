import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

@Suite("Added since: text, JSON, HTML and Markdown reports")
struct AddedSinceRenderingTests {
    /// One new, one adapted and one reused paragraph, the new one with markup characters.
    func report() throws -> AddedSinceReport {
        try AddedSinceFinderTests().report([
            "Call on APPF Member States to strengthen regional cooperation on maritime security;",
            "Invite <script>alert(\"x\")</script> & *banks* to lend on concessional terms;",
            "Encourage parliaments of APPF Member States to hold biennial hearings on disaster preparedness;",
        ])
    }

    @Test("JSON lists every paragraph with the documented keys, in order")
    func json() throws {
        let text = try report().jsonReport()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["new": 1, "adapted": 1, "reused": 1, "total": 3])
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 3)
        #expect(paragraphs.map { $0["status"] as? String } == ["reused", "new", "adapted"])
        #expect(paragraphs[1]["source"] is NSNull && paragraphs[1]["similarity"] is NSNull && paragraphs[1]["words"] is NSNull)
        let source = try #require(paragraphs[2]["source"] as? [String: Any])
        #expect(Set(source.keys) == ["file", "section", "index", "number", "id"])
        #expect(source["id"] as? String == "para_3")
        let words = try #require(paragraphs[2]["words"] as? [[String: String]])
        #expect(words.contains { $0["op"] == "insert" && $0["text"]?.contains("biennial") == true })
        let sources = try #require(root["sources"] as? [[String: Any]])
        #expect(sources.count == 1 && sources[0]["reused"] as? Int == 1 && sources[0]["adapted"] as? Int == 1)
        // Key order as documented.
        #expect(text.range(of: "\"summary\"")!.lowerBound < text.range(of: "\"paragraphs\"")!.lowerBound)
        #expect(text.contains("\"section\": \"operative\",\n      \"index\": 1,\n      \"number\": \"1\",\n      \"id\": \"para_1\",\n      \"status\": \"reused\""))
    }

    @Test("text puts new first, then adapted, then reused, with the summary line and the sources on request")
    func text() throws {
        let text = try report().textReport(sources: true)
        #expect(text.hasPrefix("1 new, 1 adapted, 1 reused of 3 (against 1 earlier file, 4 paragraphs)\n"))
        let new = try #require(text.range(of: "new      OP 2"))
        let adapted = try #require(text.range(of: "adapted  OP 3"))
        let reused = try #require(text.range(of: "reused   OP 1"))
        #expect(new.lowerBound < adapted.lowerBound && adapted.lowerBound < reused.lowerBound)
        #expect(text.contains("{+biennial+}") && text.contains("[-annual-]"))
        #expect(text.contains("sources (draft paragraphs each earlier file carries):"))
        #expect(!(try report().textReport()).contains("sources ("))
    }

    @Test("HTML is one self-contained page with every text escaped")
    func html() throws {
        let html = try report().htmlReport(draftName: "draft<1>.txt")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<style>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=\"http"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"))
        #expect(html.contains("draft&lt;1&gt;.txt"))
        #expect(html.contains("<ins>biennial</ins>") && html.contains("<del>annual</del>"))
    }

    @Test("Markdown has a section per status and escapes markup")
    func markdown() throws {
        let md = try report().markdownReport()
        #expect(md.hasPrefix("**Added since:** 1 new, 1 adapted, 1 reused of 3"))
        #expect(md.contains("## New") && md.contains("## Adapted") && md.contains("## Reused") && md.contains("## Sources"))
        #expect(md.contains("\\*banks\\*") && md.contains("\\<script\\>"))
        #expect(md.contains("~~annual~~") && md.contains("**biennial**"))
    }
}
