import ClauseTree
import DraftDiff
import Testing

@Suite("Text report")
struct RenderingTextTests {
    let comparison = Fixture.standard

    @Test("the first line counts each kind of change in a fixed order")
    func summaryLine() {
        let report = comparison.textReport()
        #expect(report.hasPrefix("2 modified, 1 moved, 2 renumbered, 2 added, 1 deleted, 1 split, 1 merged\n"))
    }

    @Test("an identical pair reports no differences")
    func noDifferences() {
        let old = Fixture.oldStandard
        let changes = old.paragraphs.map { ParagraphChange(kind: .unchanged, old: [ParagraphRef($0)], new: [ParagraphRef($0)], similarity: 1) }
        #expect(DraftComparison(old: old, new: old, changes: changes).textReport() == "no differences\n")
    }

    @Test("changes are labelled with old and new numbers")
    func headlines() {
        let report = comparison.textReport()
        for line in ["OP 3 → OP 2 modified", "OP 8 → OP 3 moved", "OP 2 deleted", "PP 3 added",
                     "OP 4 split into OP 4, OP 5", "OP 5, OP 6 merged into OP 6"] {
            #expect(report.contains("\n\(line)\n"), "missing \(line)")
        }
    }

    @Test("without colour, deletions read [-…-] and insertions {+…+}")
    func plainMarkers() {
        let report = comparison.textReport()
        #expect(report.contains("law enforcement{+, border security+} personnel"))
        #expect(report.contains("strengthen [-anti-trafficking-] {+national+} enforcement"))
        #expect(!report.contains("\u{1B}["))
    }

    @Test("with colour, insertions are green and underlined and deletions red and struck")
    func colourMarkers() {
        let report = comparison.textReport(options: TextReportOptions(colour: true))
        #expect(report.contains("\u{1B}[32;4mnational\u{1B}[0m"))
        #expect(report.contains("\u{1B}[31;9manti-trafficking\u{1B}[0m"))
        #expect(!report.contains("{+"))
    }

    @Test("renumbering is one summary line and unchanged paragraphs are listed only as context")
    func context() {
        let bare = comparison.textReport()
        #expect(bare.contains("renumbered: PP 3–4 → PP 4–5\n"))
        #expect(!bare.contains("unchanged"))
        #expect(!bare.contains("PP 3 → PP 4 renumbered"))
        let withContext = comparison.textReport(options: TextReportOptions(context: 1))
        #expect(withContext.contains("PP 1 unchanged"))
        #expect(withContext.contains("PP 3 → PP 4 renumbered"))
        #expect(!withContext.contains("PP 4 → PP 5 renumbered"))
    }
}
