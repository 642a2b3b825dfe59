import ClauseTree

private typealias JSON = ClauseTree.JSONValue

extension AddedSinceReport {
    /// The report as JSON, keys in this order:
    ///
    /// ```json
    /// {"summary": {"new": 2, "adapted": 3, "reused": 29, "total": 34},
    ///  "paragraphs": [{"section": "operative", "index": 4, "number": "4", "id": "para_4",
    ///                  "status": "adapted", "similarity": 0.873,
    ///                  "source": {"file", "section", "index", "number", "id"},
    ///                  "words": [{"op": "equal"|"insert"|"delete", "text": "…"}]}],
    ///  "sources": [{"file": "priors/2016.txt", "reused": 20, "adapted": 2}]}
    /// ```
    ///
    /// Every paragraph of the draft is listed, in document order. `similarity` is 1 for reused,
    /// the match score (3 decimals) for adapted and null for new; `source` is null for new;
    /// `words` is the word-level diff from the source for adapted and null otherwise.
    public func jsonReport() -> String {
        let root = JSON.object([
            ("summary", .object([
                ("new", .int(count(.new))), ("adapted", .int(count(.adapted))),
                ("reused", .int(count(.reused))), ("total", .int(paragraphs.count)),
            ])),
            ("paragraphs", .array(paragraphs.map(Self.jsonParagraph))),
            ("sources", .array(sources.map { .object([("file", .string($0.file)), ("reused", .int($0.reused)),
                                                      ("adapted", .int($0.adapted))]) })),
        ])
        return root.serialized() + "\n"
    }

    private static func jsonParagraph(_ origin: ParagraphOrigin) -> JSON {
        let p = origin.paragraph
        return .object([
            ("section", .string(p.section.rawValue)),
            ("index", .int(p.index)),
            ("number", .optional(p.number)),
            ("id", .string(p.id)),
            ("status", .string(origin.status.rawValue)),
            ("similarity", origin.similarity.map { .number($0, digits: 3) } ?? .null),
            ("source", origin.source.map { s in
                .object([("file", .string(s.file)), ("section", .string(s.section.rawValue)), ("index", .int(s.index)),
                         ("number", .optional(s.number)), ("id", .string(s.id))])
            } ?? .null),
            ("words", origin.status == .adapted
                ? .array(origin.words.map { .object([("op", .string($0.op.rawValue)), ("text", .string($0.text))]) })
                : .null),
        ])
    }
}
