import ClauseTree

/// HTML escaping and inline markup of word runs.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in element content
    /// and in quoted attribute values.
    static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// The runs as HTML: kept text plain, insertions in `<ins>`, deletions in `<del>`.
    /// Runs of the `skip` operation are left out (for one side of a two-column view).
    static func runs(_ runs: [WordChange], skip: WordChange.Operation? = nil) -> String {
        DraftComparison.joinedRuns(runs, skip: skip) { op, text in
            switch op {
            case .equal: escape(text)
            case .insert: "<ins>\(escape(text))</ins>"
            case .delete: "<del>\(escape(text))</del>"
            }
        }
    }
}
