/// How ``DraftComparison/htmlReport(oldName:newName:options:)`` lays out a comparison.
public struct HTMLReportOptions: Sendable, Hashable {
    /// Two columns, old draft on the left and new draft on the right, instead of one
    /// column showing the new draft with the changes marked in it.
    public var sideBySide: Bool

    /// Creates options; the default is the single-column view.
    public init(sideBySide: Bool = false) {
        self.sideBySide = sideBySide
    }
}
