import DraftDiff
import Testing

@Suite("Markdown report")
struct RenderingMarkdownTests {
    let report = Fixture.standard.markdownReport()

    @Test("the report starts with the summary and gives each change a heading")
    func structure() {
        #expect(report.hasPrefix("**Changes:** 2 modified, 1 moved"))
        #expect(report.contains("\n### OP 3 → OP 2 modified\n"))
        #expect(report.contains("\n### OP 2 deleted\n"))
        #expect(!report.contains("unchanged"))
    }

    @Test("deleted runs are struck and inserted runs bold; markup in text is escaped")
    func runs() {
        #expect(report.contains("strengthen ~~anti-trafficking~~ **national** enforcement;"))
        #expect(report.contains("~~Call on APPF Member States to criminalize all forms of trafficking;~~"))
        #expect(report.contains("\\<conflict\\>"))
    }
}
