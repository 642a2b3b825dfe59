/// A walk over a resolution's tree. Renderers and checks conform and override what they need;
/// ``Resolution/walk(_:)`` calls the methods in document order.
public protocol ResolutionVisitor {
    /// Called once before any paragraph, with the whole resolution (for its header fields).
    mutating func visitHeader(_ resolution: Resolution)
    /// Called for each paragraph at `depth` 0 (top level), 1 (sub-paragraph) and so on,
    /// before its children.
    mutating func visitParagraph(_ paragraph: Paragraph, depth: Int)
    /// Called after a paragraph's children have been visited.
    mutating func leaveParagraph(_ paragraph: Paragraph, depth: Int)
    /// Called when a section starts, before its first paragraph, even when it is empty.
    mutating func visitSection(_ section: Section, in resolution: Resolution)
    /// Called once after the last paragraph.
    mutating func visitClosing(_ resolution: Resolution)
}

extension ResolutionVisitor {
    /// Does nothing.
    public mutating func visitHeader(_ resolution: Resolution) {}
    /// Does nothing.
    public mutating func visitParagraph(_ paragraph: Paragraph, depth: Int) {}
    /// Does nothing.
    public mutating func leaveParagraph(_ paragraph: Paragraph, depth: Int) {}
    /// Does nothing.
    public mutating func visitSection(_ section: Section, in resolution: Resolution) {}
    /// Does nothing.
    public mutating func visitClosing(_ resolution: Resolution) {}
}

extension Resolution {
    /// Walks the tree in document order with `visitor`.
    public func walk<V: ResolutionVisitor>(_ visitor: inout V) {
        visitor.visitHeader(self)
        for section in Section.allCases {
            visitor.visitSection(section, in: self)
            for paragraph in paragraphs(in: section) {
                Self.walk(paragraph, depth: 0, with: &visitor)
            }
        }
        visitor.visitClosing(self)
    }

    private static func walk<V: ResolutionVisitor>(_ paragraph: Paragraph, depth: Int, with visitor: inout V) {
        visitor.visitParagraph(paragraph, depth: depth)
        for child in paragraph.children {
            walk(child, depth: depth + 1, with: &visitor)
        }
        visitor.leaveParagraph(paragraph, depth: depth)
    }
}
