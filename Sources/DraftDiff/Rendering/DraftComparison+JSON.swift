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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(400 * changes.count + 1024)
        writeJSONReport(oldName: oldName, newName: newName) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes ``jsonReport(oldName:newName:)`` (the same bytes, final newline included) to
    /// `sink` in pieces of about `chunkSize` bytes, as it goes: no tree of JSON values and no
    /// copy of the whole report is held.
    /// - Parameters:
    ///   - oldName: the old draft's file name as the user gave it.
    ///   - newName: the new draft's file name.
    ///   - chunkSize: how many bytes to gather before handing them to `sink`.
    ///   - sink: receives the report's UTF-8 bytes in order; the buffer is only valid during
    ///     the call.
    public func writeJSONReport(oldName: String, newName: String, chunkSize: Int = 1 << 18,
                                to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let summary = self.summary   // counted once, not once per kind
        var writer = JSONWriter(capacity: chunkSize + 64 * 1024)
        writer.beginObject()
        writer.key("old")
        writer.value(Self.jsonDraft(old, file: oldName))
        writer.key("new")
        writer.value(Self.jsonDraft(new, file: newName))
        writer.key("summary")
        writer.beginObject()
        for kind in ChangeKind.allCases {
            writer.key(kind.rawValue)
            writer.value(.int(summary[kind] ?? 0))
        }
        writer.endObject()
        writer.key("changes")
        writer.beginArray()
        for change in changes {
            Self.writeChange(change, to: &writer)
            if writer.pendingByteCount >= chunkSize { writer.drain(sink) }
        }
        writer.endArray()
        writer.endObject()
        writer.finish(terminator: "\n", into: sink)
    }

    /// One entry of `changes`, in the layout of ``jsonChange(_:)``.
    static func writeChange(_ change: ParagraphChange, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind")
        writer.value(.string(change.kind.rawValue))
        writer.key("old")
        writeSide(change.old, asArray: change.kind == .merged, to: &writer)
        writer.key("new")
        writeSide(change.new, asArray: change.kind == .split, to: &writer)
        writer.key("similarity")
        writer.value(.number(change.similarity, digits: 3))
        writer.key("leadChanged")
        writer.value(.bool(change.leadChanged))
        writer.key("crossedSection")
        writer.value(.bool(change.crossedSection))
        writer.key("words")
        writer.beginArray()
        for word in change.words {
            writer.beginObject()
            writer.key("op")
            writer.value(.string(word.op.rawValue))
            writer.key("text")
            writer.value(.string(word.text))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// ``jsonSide(_:asArray:)`` written to `writer`.
    static func writeSide(_ refs: [ParagraphRef], asArray: Bool, to writer: inout JSONWriter) {
        if asArray {
            writer.beginArray()
            for ref in refs { writeRef(ref, to: &writer) }
            writer.endArray()
        } else if let ref = refs.first {
            writeRef(ref, to: &writer)
        } else {
            writer.value(.null)
        }
    }

    /// ``jsonRef(_:)`` written to `writer`.
    static func writeRef(_ ref: ParagraphRef, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("section")
        writer.value(.string(ref.section.rawValue))
        writer.key("index")
        writer.value(.int(ref.index))
        writer.key("number")
        writer.value(.optional(ref.number))
        writer.key("id")
        writer.value(.string(ref.id))
        writer.endObject()
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
