/// The inline style sheet of HTML reports: no fonts or files from the network.
enum HTMLStyle {
    static let css = """
    body { font-family: Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; line-height: 1.45; }
    body.two { max-width: 96em; }
    header h1 { font-size: 1.4em; margin-bottom: 0.3em; }
    table.drafts td { padding: 0.1em 1em 0.1em 0; vertical-align: top; }
    table.drafts .file { font-family: ui-monospace, Menlo, monospace; font-size: 0.9em; color: #555; }
    nav.summary { background: #f6f6f4; border: 1px solid #ddd; padding: 0.6em 1.2em; margin: 1em 0 2em; }
    nav.summary ol { margin: 0.3em 0; padding-left: 2em; columns: 2; font-size: 0.95em; }
    nav.summary a { color: #1a4d8f; text-decoration: none; }
    nav.summary a:hover { text-decoration: underline; }
    h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
    .para { display: grid; grid-template-columns: 7em 1fr; gap: 0.8em; padding: 0.35em 0.5em; margin: 0.2em 0; border-left: 4px solid transparent; }
    .two .para { grid-template-columns: 7em 1fr 1fr; }
    .para:target { background: #fff7cc; }
    .num { font-family: ui-monospace, Menlo, monospace; font-size: 0.85em; color: #666; text-align: right; padding-top: 0.15em; }
    .num del { color: #a33; }
    .note { grid-column: 2 / -1; font-size: 0.85em; color: #555; font-style: italic; }
    .note a { color: #1a4d8f; }
    .cell.empty { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px, #f0f0f0 12px); }
    .k-modified { border-left-color: #d9a400; }
    .k-moved { border-left-color: #6b4fbb; }
    .k-added { border-left-color: #2e8b57; }
    .k-deleted { border-left-color: #c0392b; }
    .k-split, .k-merged { border-left-color: #1a6fa8; }
    .k-renumbered .text, .k-unchanged .text { color: #444; }
    .stub { border-left: 4px dashed #6b4fbb; color: #555; font-size: 0.9em; }
    ins { background: #e2f5e6; color: #145a2c; text-decoration: underline; }
    del { background: #fbe4e2; color: #8b1e14; text-decoration: line-through; }
    .k-deleted .text del { background: none; }
    .k-added .text { background: #eef9f0; }
    .k-deleted .text { background: #fcf0ef; }
    """
}
