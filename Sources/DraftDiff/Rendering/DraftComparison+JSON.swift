import ClauseTree

extension DraftComparison {
    /// The comparison as JSON, keys in a fixed order:
    ///
    /// ```json
    /// {"old": {"file", "title", "preamble": 12, "operative": 30}, "new": {…},
    ///  "summary": {"unchanged": 40, "renumbered": 3, …every kind…},
    ///  "changes": [{"kind": "modified", "old": REF, "new": REF, "similarity": 0.912,
    ///               "leadChanged": false, "crossedSection": false,
    ///               "words": [{"op": "equal"|"insert"|"delete", "text": "…"}]}]}
    /// ```
    ///
    /// `changes` lists every paragraph of both drafts, unchanged ones included, in the order of
    /// ``changes``. A REF is `{"section", "index", "number", "id"}` or null when the side is
    /// absent; the new side of a split and the old side of a merge are arrays of REFs.
    /// Similarity is rounded to three decimals.
    /// - Parameters:
    ///   - oldName: the old draft's file name as the user gave it.
    ///   - newName: the new draft's file name.
    public func jsonReport(oldName: String, newName: String) -> String {
        let summary = self.summary   // counted once, not once per kind
        let root = JSONValue.object([
            ("old", Self.jsonDraft(old, file: oldName)),
            ("new", Self.jsonDraft(new, file: newName)),
            ("summary", .object(ChangeKind.allCases.map { ($0.rawValue, .int(summary[$0] ?? 0)) })),
            ("changes", .array(changes.map(Self.jsonChange))),
        ])
        return root.serialized(terminator: "\n")
    }

    static func jsonDraft(_ draft: Resolution, file: String) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("title", .optional(draft.title)),
            ("preamble", .int(draft.preamble.count)),
            ("operative", .int(draft.operative.count)),
        ])
    }

    static func jsonChange(_ change: ParagraphChange) -> JSONValue {
        .object([
            ("kind", .string(change.kind.rawValue)),
            ("old", jsonSide(change.old, asArray: change.kind == .merged)),
            ("new", jsonSide(change.new, asArray: change.kind == .split)),
            ("similarity", .number(change.similarity, digits: 3)),
            ("leadChanged", .bool(change.leadChanged)),
            ("crossedSection", .bool(change.crossedSection)),
            ("words", .array(change.words.map { .object([("op", .string($0.op.rawValue)), ("text", .string($0.text))]) })),
        ])
    }

    static func jsonSide(_ refs: [ParagraphRef], asArray: Bool) -> JSONValue {
        if asArray { return .array(refs.map(jsonRef)) }
        return refs.first.map(jsonRef) ?? .null
    }

    static func jsonRef(_ ref: ParagraphRef) -> JSONValue {
        .object([
            ("section", .string(ref.section.rawValue)),
            ("index", .int(ref.index)),
            ("number", .optional(ref.number)),
            ("id", .string(ref.id)),
        ])
    }
}
