import ClauseTree
@testable import DraftDiff
import Testing

/// The JSON report is written byte by byte, from literals; these tests hold it to the layout
/// of the same report built as a `JSONValue` tree and serialised.
@Suite("JSON report layout")
struct RenderingJSONLayoutTests {
    @Test("each kind's ordinal is its position in allCases (the summary counts by it)")
    func kindOrdinals() {
        for (position, kind) in ChangeKind.allCases.enumerated() {
            #expect(kind.ordinal == position)
        }
    }

    @Test("kinds, sections and word operations are their raw values, quoted")
    func quotedLiterals() {
        for kind in ChangeKind.allCases {
            #expect(kind.jsonString.description == "\"\(kind.rawValue)\"")
        }
        for section in Section.allCases {
            #expect(section.jsonString.description == "\"\(section.rawValue)\"")
        }
        // Operation is not CaseIterable: every case, listed (the switch in `jsonString` is
        // exhaustive, so a new case fails to compile there first).
        for op in [WordChange.Operation.equal, .insert, .delete] {
            #expect(op.jsonString.description == "\"\(op.rawValue)\"")
        }
    }

    /// The report as the documentation describes it, through `JSONValue`.
    static func treeReport(_ comparison: DraftComparison, oldName: String, newName: String) -> String {
        func ref(_ r: ParagraphRef) -> JSONValue {
            .object([("section", .string(r.section.rawValue)), ("index", .int(r.index)),
                     ("number", .optional(r.number)), ("id", .string(r.id))])
        }
        func side(_ refs: [ParagraphRef], asArray: Bool) -> JSONValue {
            asArray ? .array(refs.map(ref)) : refs.first.map(ref) ?? .null
        }
        let summary = comparison.summary
        let changes: [JSONValue] = comparison.changes.map { change in
            .object([
                ("kind", .string(change.kind.rawValue)),
                ("old", side(change.old, asArray: change.kind == .merged)),
                ("new", side(change.new, asArray: change.kind == .split)),
                ("similarity", .number(change.similarity, digits: 3)),
                ("leadChanged", .bool(change.leadChanged)),
                ("crossedSection", .bool(change.crossedSection)),
                ("words", .array(change.words.map { .object([("op", .string($0.op.rawValue)), ("text", .string($0.text))]) })),
            ])
        }
        return JSONValue.object([
            ("old", DraftComparison.jsonDraft(comparison.old, file: oldName)),
            ("new", DraftComparison.jsonDraft(comparison.new, file: newName)),
            ("summary", .object(ChangeKind.allCases.map { ($0.rawValue, .int(summary[$0] ?? 0)) })),
            ("changes", .array(changes)),
        ]).serialized(terminator: "\n")
    }

    /// Changes of every kind and shape: absent sides, empty and several refs on either side,
    /// missing numbers, strings that need escapes or are not ASCII, short and long, whole and
    /// fractional similarities.
    static func changes(count: Int) -> [ParagraphChange] {
        let texts = ["", "a", "12", "(a)", "bis\"", "tab\there", "back\\slash", "ctl\u{1}", "Réaffirmant",
                     "recs__rec_1", "main__para_12345", "exactly8", String(repeating: "word ", count: 30)]
        let kinds = ChangeKind.allCases
        let similarities = [0, 1, 0.5, 0.9125, 0.0004, 0.333333, -0.0, 2.0, Double.nan]
        func ref(_ i: Int) -> ParagraphRef {
            ParagraphRef(section: i % 3 == 0 ? .preamble : .operative, index: i,
                         number: i % 4 == 0 ? nil : texts[i % texts.count], id: texts[(i * 7) % texts.count])
        }
        return (0..<count).map { i in
            let kind = kinds[i % kinds.count]
            let refCount = (i / kinds.count) % 4   // 0, 1, 2 or 3 refs on the array sides
            let old = kind == .added ? [] : kind == .merged ? (0..<refCount).map { ref(i + $0) } : [ref(i)]
            let new = kind == .deleted ? [] : kind == .split ? (0..<refCount).map { ref(i + 5 + $0) } : [ref(i + 1)]
            let ops: [WordChange.Operation] = [.equal, .insert, .delete]
            let words = (0..<(i % 4)).map { WordChange(ops[(i + $0) % 3], texts[(i + $0) % texts.count]) }
            return ParagraphChange(kind: kind, old: old, new: new, similarity: similarities[i % similarities.count],
                                   words: words, leadChanged: i % 2 == 0, crossedSection: i % 5 == 0)
        }
    }

    @Test("the report is byte for byte the serialised tree, in one block and in many",
          arguments: [0, 1, 7, 700, 3_000])
    func sameAsTree(count: Int) {
        let base = Fixture.standard
        let comparison = DraftComparison(old: base.old, new: base.new, changes: Self.changes(count: count))
        let expected = Self.treeReport(comparison, oldName: "old \"v1\".txt", newName: "new.txt")
        #expect(comparison.jsonReport(oldName: "old \"v1\".txt", newName: "new.txt") == expected)
        // Small chunks: blocks of 64 entries, the odd ones laid out ahead on another thread.
        var bytes: [UInt8] = []
        comparison.writeJSONReport(oldName: "old \"v1\".txt", newName: "new.txt", chunkSize: 1) { bytes.append(contentsOf: $0) }
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}
