import Foundation
import Testing
@testable import ClauseTree
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Drafting checks")
struct DraftCheckerTests {
    @Test("the sample's only findings are its noise lines")
    func sample() throws {
        let findings = DraftChecker(convention: .appf).check(parse(try Corpus.text(Corpus.sample)))
        #expect(findings.map(\.line) == [7, 81, 83])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("noise") })
    }

    @Test("numbering gaps and duplicates, endings, leads and the sponsor are checked")
    func findings() {
        let r = parse("Resolution on Ports\n\nrecalling the Convention;\n\nFrobnicating the ports,\n\n1. Urge action;\n\n3. Call on members to report;\n\n3. Request a study;\n\n4. Decide to meet again;\n")
        let messages = DraftChecker(convention: .appf).check(r).map(\.message)
        #expect(messages.contains("numbering gap: operative paragraph 2 missing before 3"))
        #expect(messages.contains("operative paragraph number 3 is used twice"))
        #expect(messages.contains("PP 2 should end with \";\" (appf convention)"))
        #expect(messages.contains("OP 4, the last operative paragraph, should end with \".\""))
        #expect(messages.contains("PP 1: leading phrase \"recalling\" is not capitalised"))
        #expect(messages.contains("PP 2: unknown leading phrase \"Frobnicating\""))
        #expect(messages.contains("no sponsor line (\"(Sponsored by …)\")"))
    }

    @Test("UN convention wants commas after preambular paragraphs")
    func unConvention() {
        let r = parse("The General Assembly,\n\nRecalling its resolutions,\n\nNoting the report;\n\n1. Decides to act.\n")
        let findings = DraftChecker(convention: .un).check(r)
        #expect(findings.map(\.message) == ["PP 2 should end with \",\" (un convention)"])
    }
}

@Suite("Renderers")
struct RenderingTests {
    @Test("JSON has the documented fields in order")
    func json() throws {
        let r = parse(try Corpus.text(Corpus.sample))
        let data = Data(r.renderJSON().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["title", "meeting", "date", "sponsors", "formula", "leadIn", "preamble", "operative", "closing", "noise", "diagnostics"])
        let operative = try #require(object["operative"] as? [[String: Any]])
        #expect(operative.count == 21)
        let op8 = operative[7]
        #expect(op8["id"] as? String == "para_8")
        #expect(op8["section"] as? String == "operative")
        #expect(op8["number"] as? String == "8")
        #expect(op8["lines"] as? [Int] == [52, 52])
        let pp = try #require((object["preamble"] as? [[String: Any]])?.first)
        #expect(pp["number"] is NSNull)
        let noise = try #require(object["noise"] as? [[String: Any]])
        #expect(noise.map { $0["line"] as? Int } == [7, 81, 83])
        #expect(r.renderJSON().hasPrefix("{\n  \"title\""))
    }

    @Test("Akoma Ntoso output is well-formed XML with the expected structure")
    func akomaNtoso() throws {
        let r = parse("Resolution on Skills & Jobs\n\n(Sponsored by Japan and Korea)\n\nThe 24th Annual Meeting of the Asia-Pacific Parliamentary Forum,\n\nRecalling <past> work;\n\n1. Call on members to:\n(a) Fund schools;\n(b) Train teachers;\n\n2. Request a report.\n")
        let xml = r.renderAkomaNtoso()
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "akomaNtoso")
        #expect(try document.nodes(forXPath: "//*[local-name()='statement'][@name='resolution']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='recital']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='docProponent']").map { $0.stringValue } == ["Japan", "Korea"])
        let sub = try document.nodes(forXPath: "//*[local-name()='subparagraph'][@eId='para_1__subpara_b']")
        #expect(sub.count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='FRBRWork']").count == 1)
        #expect(xml.contains("Recalling &lt;past&gt; work;"))
    }

    @Test("the outline labels paragraphs PP n, OP n and OP n(a)")
    func outline() {
        let r = parse("Resolution on Skills\n\nRecalling past work;\n\n1. Call on members to:\n(a) Fund schools;\n(b) Train teachers;\n")
        let outline = r.renderOutline()
        #expect(outline.contains("PP 1"))
        #expect(outline.contains("OP 1(a)"))
        #expect(outline.contains("OP 1(b)"))
    }

    @Test("Markdown numbers operative paragraphs and escapes markup")
    func markdown() {
        let r = parse("Resolution on *Skills*\n\nRecalling past work;\n\n1. Call on members to act.\n")
        let md = r.renderMarkdown()
        #expect(md.hasPrefix("# Resolution on \\*Skills\\*"))
        #expect(md.contains("1. _Call on_ members to act."))
    }
}
