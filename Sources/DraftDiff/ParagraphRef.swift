import ClauseTree

/// A reference to one paragraph of a draft, as JSON and reports cite it.
public struct ParagraphRef: Sendable, Hashable, Codable {
    /// Preamble or operative.
    public var section: Section
    /// 1-based position in its section.
    public var index: Int
    /// The printed number, if any.
    public var number: String?
    /// The Akoma Ntoso eId.
    public var id: String

    /// Creates a reference.
    public init(section: Section, index: Int, number: String?, id: String) {
        self.section = section
        self.index = index
        self.number = number
        self.id = id
    }

    /// The reference to `paragraph`.
    public init(_ paragraph: Paragraph) {
        self.init(section: paragraph.section, index: paragraph.index, number: paragraph.number, id: paragraph.id)
    }

    /// "PP 3" or "OP 8" (the index stands in for a missing number).
    public var label: String { "\(section.label) \(number ?? String(index))" }
}
