import ClauseTree
import Foundation

/// HTML escaping and inline markup of word runs.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in element content
    /// and in quoted attribute values.
    static func escape(_ text: String) -> String { MarkupText.escape(text) }

    /// The runs as HTML: kept text plain, insertions in `<ins>`, deletions in `<del>`.
    /// Runs of the `skip` operation are left out (for one side of a two-column view).
    static func runs(_ runs: [WordChange], skip: WordChange.Operation? = nil) -> String {
        var out = ""
        var first = true
        for run in runs where run.op != skip {
            let text = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            if !first, !DraftComparison.attachesLeft(text) { out += " " }
            first = false
            switch run.op {
            case .equal: out += escape(text)
            case .insert: out += "<ins>\(escape(text))</ins>"
            case .delete: out += "<del>\(escape(text))</del>"
            }
        }
        return out
    }
}
