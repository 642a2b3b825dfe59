#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Akoma Ntoso 3.0 XML: `<akomaNtoso><statement name="resolution">` with `meta` (FRBR
/// identification and references), `preface` (title, meeting, date, sponsors as
/// `docProponent`), `preamble` (formula, `recitals`/`recital`) and `mainBody`
/// (`paragraph`/`subparagraph` with `num`, `intro`, `content`), eIds as in the clause tree.
struct AkomaNtosoWriter: ResolutionVisitor {
    var out = ""
    let name: String
    var level = 0

    init(name: String) { self.name = name }

    mutating func line(_ text: String) {
        out += String(repeating: "  ", count: level) + text + "\n"
    }

    mutating func visitHeader(_ r: Resolution) {
        let date = r.date.flatMap(AkomaNtosoWriter.isoDate) ?? "1900-01-01"
        let slug = Self.slug(r.title ?? name)
        let work = "/akn/un/statement/resolution/\(date)/\(slug)"
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        line("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"); level += 1
        line("<statement name=\"resolution\">"); level += 1
        line("<meta>"); level += 1
        line("<identification source=\"#redraft\">"); level += 1
        frbr("FRBRWork", this: "\(work)/!main", uri: work, date: date, dateName: "adoption", author: "#author",
             extra: "<FRBRcountry value=\"un\"/>")
        frbr("FRBRExpression", this: "\(work)/eng@/!main", uri: "\(work)/eng@", date: date, dateName: "expression",
             author: "#author", extra: "<FRBRlanguage language=\"eng\"/>")
        frbr("FRBRManifestation", this: "\(work)/eng@/!main.xml", uri: "\(work)/eng@.akn", date: date,
             dateName: "manifestation", author: "#redraft", extra: nil)
        level -= 1; line("</identification>")
        line("<references source=\"#redraft\">"); level += 1
        line("<TLCOrganization eId=\"redraft\" href=\"/ontology/organization/redraft\" showAs=\"Redraft\"/>")
        line("<TLCOrganization eId=\"author\" href=\"/ontology/organization/\(Self.slug(r.meeting ?? "author"))\" showAs=\"\(Self.escape(r.meeting ?? "Author"))\"/>")
        for sponsor in r.sponsors {
            line("<TLCOrganization eId=\"\(Self.sponsorID(sponsor))\" href=\"/ontology/organization/\(Self.slug(sponsor))\" showAs=\"\(Self.escape(sponsor))\"/>")
        }
        level -= 1; line("</references>")
        level -= 1; line("</meta>")
        line("<preface>"); level += 1
        if let title = r.title { line("<p class=\"title\"><docTitle>\(Self.escape(title))</docTitle></p>") }
        if let meeting = r.meeting { line("<p class=\"meeting\"><session>\(Self.escape(meeting))</session></p>") }
        if let printed = r.date {
            line("<p class=\"date\"><docDate date=\"\(date)\">\(Self.escape(printed))</docDate></p>")
        }
        if !r.sponsors.isEmpty {
            let list = r.sponsors.map { "<docProponent refersTo=\"#\(Self.sponsorID($0))\">\(Self.escape($0))</docProponent>" }
            line("<p class=\"sponsors\">Sponsored by " + list.joined(separator: ", ") + "</p>")
        }
        level -= 1; line("</preface>")
    }

    /// One FRBR level of the identification block: this, uri, date, author and an extra element.
    mutating func frbr(_ element: String, this: String, uri: String, date: String, dateName: String,
                       author: String, extra: String?) {
        line("<\(element)>"); level += 1
        line("<FRBRthis value=\"\(this)\"/>")
        line("<FRBRuri value=\"\(uri)\"/>")
        line("<FRBRdate date=\"\(date)\" name=\"\(dateName)\"/>")
        line("<FRBRauthor href=\"\(author)\"/>")
        if let extra { line(extra) }
        level -= 1; line("</\(element)>")
    }

    mutating func visitSection(_ section: Section, in r: Resolution) {
        switch section {
        case .preamble:
            line("<preamble>"); level += 1
            if let formula = r.formula { line("<formula name=\"enactingFormula\"><p>\(Self.escape(formula))</p></formula>") }
            if !r.preamble.isEmpty { line("<recitals eId=\"recs\">"); level += 1 }
        case .operative:
            if !r.preamble.isEmpty { level -= 1; line("</recitals>") }
            if let leadIn = r.leadIn { line("<formula name=\"operativeLeadIn\"><p>\(Self.escape(leadIn))</p></formula>") }
            level -= 1; line("</preamble>")
            line("<mainBody>"); level += 1
        }
    }

    mutating func visitParagraph(_ p: Paragraph, depth: Int) {
        if depth == 0, p.section == .preamble {
            line("<recital eId=\"\(p.id)\"><p>\(Self.escape(p.text))</p></recital>")
            return
        }
        let element = depth == 0 ? "paragraph" : "subparagraph"
        line("<\(element) eId=\"\(p.id)\">"); level += 1
        if let number = p.number {
            line("<num>\(depth == 0 ? number + "." : "(" + number + ")")</num>")
        }
        if p.children.isEmpty {
            line("<content><p>\(Self.escape(p.text))</p></content>")
        } else {
            line("<intro><p>\(Self.escape(p.text))</p></intro>")
        }
    }

    mutating func leaveParagraph(_ p: Paragraph, depth: Int) {
        if depth == 0, p.section == .preamble { return }
        level -= 1
        line("</\(depth == 0 ? "paragraph" : "subparagraph")>")
    }

    mutating func visitClosing(_ r: Resolution) {
        level -= 1; line("</mainBody>")
        if !r.closing.isEmpty {
            line("<conclusions>"); level += 1
            for closing in r.closing { line("<p>\(Self.escape(closing.text))</p>") }
            level -= 1; line("</conclusions>")
        }
        level -= 1; line("</statement>")
        level -= 1; line("</akomaNtoso>")
    }

    /// "14 January 2015" → "2015-01-14".
    static func isoDate(_ printed: String) -> String? {
        let words = printed.split(separator: " ").map { LeadingPhrase.stripPunctuation(String($0)).lowercased() }
        guard words.count == 3 else { return nil }
        var day: Int?, month: Int?, year: Int?
        for w in words {
            if let m = HeaderRules.months.firstIndex(of: w) { month = m + 1; continue }
            let digits = w.prefix { $0.isNumber }
            if digits.count == 4 { year = Int(digits) } else if !digits.isEmpty { day = Int(digits) }
        }
        guard let day, let month, let year else { return nil }
        return NumberText.zeroPadded(year, width: 4) + "-" + NumberText.zeroPadded(month, width: 2) + "-" + NumberText.zeroPadded(day, width: 2)
    }

    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isASCII, c.isLetter || c.isNumber { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "resolution" : String(out.prefix(80))
    }

    static func sponsorID(_ name: String) -> String { "sponsor-" + slug(name) }

    /// Escapes XML text and attribute values.
    static func escape(_ text: String) -> String { MarkupText.escape(text) }
}

extension Resolution {
    /// The resolution as Akoma Ntoso 3.0 XML. `name` identifies the source when there is no title.
    public func renderAkomaNtoso(name: String = "resolution") -> String {
        var writer = AkomaNtosoWriter(name: name)
        walk(&writer)
        return writer.out
    }
}
