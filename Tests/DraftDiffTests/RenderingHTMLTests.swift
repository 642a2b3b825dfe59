import ClauseTree
import DraftDiff
import Testing

@Suite("HTML report")
struct RenderingHTMLTests {
    let comparison = Fixture.standard

    @Test("text is escaped")
    func escaping() {
        var c = comparison
        c.new.title = "<script>alert('x')</script> & co"
        let html = c.htmlReport(oldName: "a<b>.txt", newName: "new.txt")
        #expect(html.contains("poverty &amp; &lt;conflict&gt; make people &quot;vulnerable&quot;"))
        #expect(!html.contains("<conflict>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("a&lt;b&gt;.txt"))
    }

    @Test("a moved paragraph is marked at both ends, each linking to the other")
    func movedAnchors() throws {
        let html = comparison.htmlReport(oldName: "a.txt", newName: "b.txt")
        let moved = try #require(comparison.changes.firstIndex { $0.kind == .moved })
        #expect(html.contains("id=\"c\(moved)\""))
        #expect(html.contains("id=\"c\(moved)-from\""))
        #expect(html.contains("href=\"#c\(moved)-from\""))
        #expect(html.contains("href=\"#c\(moved)\""))
        #expect(html.contains("OP 8 moved from here to"))
    }

    @Test("the page is self-contained and lists the changes with links at the top")
    func selfContained() {
        let html = comparison.htmlReport(oldName: "a.txt", newName: "b.txt")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script") && !html.contains("<link"))
        #expect(html.contains("<a href=\"#c7\">OP 3 → OP 2 modified</a>"))
        #expect(html.contains("<ins>national</ins>"))
        #expect(html.contains("<del>anti-trafficking</del>"))
        #expect(html.contains("<del>OP 3</del> → OP 2"))
    }

    @Test("the two-column view shows old text on the left and new text on the right")
    func sideBySide() {
        let html = comparison.htmlReport(oldName: "a.txt", newName: "b.txt", options: HTMLReportOptions(sideBySide: true))
        #expect(html.contains("<body class=\"two\">"))
        #expect(html.contains("<div class=\"cell text\">Urge APPF Member States to undertake specialized training for law enforcement personnel and to strengthen <del>anti-trafficking</del> enforcement;</div>"))
        #expect(html.contains("<div class=\"cell empty\"></div>"))
    }
}
