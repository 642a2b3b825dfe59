/// One paragraph of a resolution: a preambular or operative paragraph, or a sub-paragraph of one.
///
/// A paragraph is an immutable value. Its `text` is the paragraph as printed, without its number,
/// with hard line breaks joined by single spaces; a paragraph that introduces a list ("… in
/// particular by:") keeps the items as `children`, each a `Paragraph` of its own.
///
/// ```swift
/// let op8 = resolution.operative[7]
/// print(op8.label, op8.lead, op8.id)   // "OP 8", "Urge", "para_8"
/// ```
public struct Paragraph: Sendable, Hashable {
    /// Preamble or operative body. Sub-paragraphs carry their parent's section.
    public var section: Section
    /// 1-based position among its siblings: in its section for top-level paragraphs, in its
    /// parent for sub-paragraphs.
    public var index: Int
    /// The number as printed, without punctuation: "8" for "8.", "a" for "(a)", "ii" for "(ii)".
    /// `nil` for preambular paragraphs and for operative paragraphs printed without a number.
    public var number: String?
    /// The leading phrase: "Recalling", "Further recalling", "Expressing concern", "Call on".
    public var lead: String
    /// The full text without the number, line breaks joined, children excluded.
    public var text: String
    /// Where the paragraph (with its children) stands in the source.
    public var lines: SourceRange
    // `id` is stored before `children`: the memberwise initializer is then
    // `init(section:index:number:lead:text:lines:id:children:)`, distinct from the public one
    // (in the extension below). The parser makes its paragraphs with it: it builds the value
    // from its fields at once, where an explicit initializer's `self` was copied out at its end
    // (a retain and a release of every string and array of each new paragraph).
    /// The Akoma Ntoso eId: `recs__rec_3`, `para_8`, `para_8__subpara_a`.
    public var id: String
    /// Sub-paragraphs (a), (b) … and their own (i), (ii) …
    public var children: [Paragraph]
}

extension Paragraph {
    /// Creates a paragraph. `id` is usually assigned by ``Resolution/assigningIdentifiers()``.
    public init(section: Section, index: Int, number: String?, lead: String, text: String,
                lines: SourceRange, children: [Paragraph] = [], id: String = "") {
        self.init(section: section, index: index, number: number, lead: lead, text: text, lines: lines, id: id,
                  children: children)
    }

    /// The label drafters use: "PP 3", "OP 8", or for a sub-paragraph its marker "(a)".
    public var label: String {
        if let number, number.utf8.first.map({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) == true {
            return "(\(number))"
        }
        return "\(section.label) \(number ?? String(index))"
    }

    /// The paragraph's text with its children's markers and texts appended in order:
    /// what a reader sees of the whole paragraph, as one line.
    public var fullText: String {
        guard !children.isEmpty else { return text }
        var out = text
        for child in children {
            out += " (\(child.number ?? String(child.index))) " + child.fullText
        }
        return out
    }

    /// The number of sub-paragraphs at every depth below this one.
    public var descendantCount: Int {
        children.reduce(children.count) { $0 + $1.descendantCount }
    }
}
