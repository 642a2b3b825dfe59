import ClauseTree
import Dispatch

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
        var bytes = ByteBuffer(capacity: 400 * changes.count + 1024)
        writeJSONReport(oldName: oldName, newName: newName) { bytes.append($0) }
        return bytes.string
    }

    /// Writes ``jsonReport(oldName:newName:)`` (the same bytes, final newline included) to
    /// `sink` in pieces of about `chunkSize` bytes, as it goes: no tree of JSON values and no
    /// copy of the whole report is held.
    ///
    /// The entries of `changes` are laid out in blocks, two blocks at a time on two threads,
    /// and handed to `sink` in order on the calling thread.
    /// - Parameters:
    ///   - oldName: the old draft's file name as the user gave it.
    ///   - newName: the new draft's file name.
    ///   - chunkSize: how many bytes to gather before handing them to `sink`.
    ///   - sink: receives the report's UTF-8 bytes in order; the buffer is only valid during
    ///     the call.
    public func writeJSONReport(oldName: String, newName: String, chunkSize: Int = 1 << 18,
                                to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let summary = self.summary   // counted once, not once per kind
        var writer = JSONWriter(capacity: 4096)
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
        writer.drain(sink)
        // The array is written here rather than through the writer, so that blocks of it can
        // be laid out apart: "[", each entry on its own line at depth 2, "]" at depth 1.
        guard !changes.isEmpty else {
            sink(StaticString("[]\n}\n").bufferPointer)
            return
        }
        // About 440 bytes an entry: a block fills about `chunkSize` bytes. Even blocks are laid
        // out here and odd ones on another thread, which runs ahead into a few buffers of its
        // own; blocks go to `sink` in order from here, so neither thread waits for the other
        // except when the other is behind.
        let blockSize = max(64, chunkSize / 440)
        let blockCount = (changes.count + blockSize - 1) / blockSize
        let capacity = chunkSize + 64 * 1024
        let changes = self.changes
        func fill(_ block: Int, _ out: inout ByteBuffer) {
            for index in block * blockSize ..< min(changes.count, (block + 1) * blockSize) {
                Self.append(index == 0 ? "[\n    " : ",\n    ", to: &out)
                Self.writeChange(changes[index], into: &out)
            }
        }
        var own = ByteBuffer(capacity: capacity)
        guard blockCount > 1 else {
            fill(0, &own)
            own.withBytes(sink)
            sink(StaticString("\n  ]\n}\n").bufferPointer)
            return
        }
        let odd = BlockPipeline(slots: 3, capacity: capacity)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            for block in stride(from: 1, to: blockCount, by: 2) {
                odd.produce { out in
                    for index in block * blockSize ..< min(changes.count, (block + 1) * blockSize) {
                        Self.append(",\n    ", to: &out)
                        Self.writeChange(changes[index], into: &out)
                    }
                }
            }
        }
        for block in stride(from: 0, to: blockCount, by: 2) {
            fill(block, &own)
            own.withBytes(sink)
            own.removeAll()
            if block + 1 < blockCount { odd.consume(sink) }
        }
        done.wait()
        sink(StaticString("\n  ]\n}\n").bufferPointer)
    }

    // The entries of `changes` are written byte by byte in the layout JSONValue gives them at
    // their depth (an object in an array in the root object: fields indented by six spaces).
    // Punctuation and keys go out as literals, adjacent ones merged into one; kinds, sections
    // and word operations as quoted literals (`jsonString`), which need no escape scan.

    /// One entry of `changes` (`kind`, `old`, `new`, `similarity`, `leadChanged`,
    /// `crossedSection`, `words`), as JSONValue would lay out that object at depth 2.
    static func writeChange(_ change: borrowing ParagraphChange, into out: inout ByteBuffer) {
        append("{\n      \"kind\": ", to: &out)
        out.append(change.kind.jsonString)
        append(",\n      \"old\": ", to: &out)
        writeSide(change.old, asArray: change.kind == .merged, into: &out)
        append(",\n      \"new\": ", to: &out)
        writeSide(change.new, asArray: change.kind == .split, into: &out)
        append(",\n      \"similarity\": ", to: &out)
        JSONValue.writeNumber(change.similarity, digits: 3, into: &out)
        append(change.leadChanged
               ? ",\n      \"leadChanged\": true,\n      \"crossedSection\": "
               : ",\n      \"leadChanged\": false,\n      \"crossedSection\": ", to: &out)
        append(change.crossedSection ? "true,\n      \"words\": " : "false,\n      \"words\": ", to: &out)
        let words = change.words
        guard !words.isEmpty else {
            append("[]\n    }", to: &out)
            return
        }
        // Each word's opening follows the closing of the one before (or the array's "[").
        for i in words.indices {
            append(i == 0 ? "[\n        {\n          \"op\": " : "\n        },\n        {\n          \"op\": ", to: &out)
            out.append(words[i].op.jsonString)
            append(",\n          \"text\": ", to: &out)
            JSONValue.writeString(words[i].text, into: &out)
        }
        append("\n        }\n      ]\n    }", to: &out)
    }

    /// One side of an entry laid out as the value of a field of it: an array of REFs when
    /// `asArray`, else the first REF or null.
    static func writeSide(_ refs: [ParagraphRef], asArray: Bool, into out: inout ByteBuffer) {
        guard !refs.isEmpty else {
            append(asArray ? "[]" : "null", to: &out)
            return
        }
        guard asArray else {
            writeRef(refs[0], at: .field, into: &out)
            return
        }
        for i in refs.indices {
            append(i == 0 ? "[\n        " : ",\n        ", to: &out)
            writeRef(refs[i], at: .nested, into: &out)
        }
        append("\n      ]", to: &out)
    }

    /// A REF (`section`, `index`, `number`, `id`) laid out with `layout`: as a field of an
    /// entry, or in an array there.
    @inline(__always)   // one copy per layout, its literals constants
    static func writeRef(_ ref: borrowing ParagraphRef, at layout: RefLayout, into out: inout ByteBuffer) {
        out.append(layout.section)
        out.append(ref.section.jsonString)
        out.append(layout.index)
        out.appendDecimal(ref.index)
        if let number = ref.number {
            out.append(layout.number)
            JSONValue.writeString(number, into: &out)
            out.append(layout.id)
        } else {
            out.append(layout.nullNumberAndID)
        }
        JSONValue.writeString(ref.id, into: &out)
        out.append(layout.close)
    }

    /// The literals around the fields of a REF at one depth.
    struct RefLayout {
        /// Up to the section's value.
        var section: StaticString
        /// Between the section and the index.
        var index: StaticString
        /// Between the index and the number.
        var number: StaticString
        /// Between the number and the id.
        var id: StaticString
        /// `number` and `id` with a null number between them.
        var nullNumberAndID: StaticString
        /// After the id.
        var close: StaticString

        /// A REF as the value of `old` or `new` in an entry.
        static var field: RefLayout {
            RefLayout(section: "{\n        \"section\": ", index: ",\n        \"index\": ",
                      number: ",\n        \"number\": ", id: ",\n        \"id\": ",
                      nullNumberAndID: ",\n        \"number\": null,\n        \"id\": ",
                      close: "\n      }")
        }

        /// A REF in an array of them (the new side of a split, the old side of a merge).
        static var nested: RefLayout {
            RefLayout(section: "{\n          \"section\": ", index: ",\n          \"index\": ",
                      number: ",\n          \"number\": ", id: ",\n          \"id\": ",
                      nullNumberAndID: ",\n          \"number\": null,\n          \"id\": ",
                      close: "\n        }")
        }
    }

    /// Appends a literal (a plain `out.append("…")` would pick the `String` overload).
    @inline(__always)
    private static func append(_ text: StaticString, to out: inout ByteBuffer) {
        out.append(text)
    }

    static func jsonDraft(_ draft: Resolution, file: String) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("title", .optional(draft.title)),
            ("preamble", .int(draft.preamble.count)),
            ("operative", .int(draft.operative.count)),
        ])
    }
}

/// Blocks of the report laid out on one thread and written out in order on another: a ring of
/// `slots` buffers, filled in turn by ``produce(_:)`` and emptied in the same order by
/// ``consume(_:)``. The producer waits only when every buffer is full, the consumer only when
/// the next block is not laid out yet.
private final class BlockPipeline: @unchecked Sendable {
    // @unchecked: a slot is written by the producer only between its `free` wait and its `ready`
    // signal, and read by the consumer only between that `ready` wait and its `free` signal;
    // the semaphores order those accesses.
    private final class Slot {
        var buffer: ByteBuffer
        init(capacity: Int) { buffer = ByteBuffer(capacity: capacity) }
    }

    private let slots: [Slot]
    private let free: DispatchSemaphore
    private let ready = DispatchSemaphore(value: 0)
    private var produced = 0
    private var consumed = 0

    init(slots count: Int, capacity: Int) {
        slots = (0..<count).map { _ in Slot(capacity: capacity) }
        free = DispatchSemaphore(value: count)
    }

    /// Lays the next block out with `body` into the next free buffer (waiting for one).
    func produce(_ body: (inout ByteBuffer) -> Void) {
        free.wait()
        let slot = slots[produced % slots.count]
        produced += 1
        body(&slot.buffer)
        ready.signal()
    }

    /// Hands the next block to `sink` once it is laid out, and frees its buffer.
    func consume(_ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        ready.wait()
        let slot = slots[consumed % slots.count]
        consumed += 1
        slot.buffer.withBytes(sink)
        slot.buffer.removeAll()
        free.signal()
    }
}

extension ChangeKind {
    /// The raw value as a quoted JSON string, for writers that append it as it is: no raw
    /// value needs an escape.
    var jsonString: StaticString {
        switch self {
        case .unchanged: "\"unchanged\""
        case .renumbered: "\"renumbered\""
        case .modified: "\"modified\""
        case .moved: "\"moved\""
        case .added: "\"added\""
        case .deleted: "\"deleted\""
        case .split: "\"split\""
        case .merged: "\"merged\""
        }
    }
}

extension Section {
    /// The raw value as a quoted JSON string, for writers that append it as it is.
    var jsonString: StaticString {
        switch self {
        case .preamble: "\"preamble\""
        case .operative: "\"operative\""
        }
    }
}

extension WordChange.Operation {
    /// The raw value as a quoted JSON string, for writers that append it as it is.
    var jsonString: StaticString {
        switch self {
        case .equal: "\"equal\""
        case .insert: "\"insert\""
        case .delete: "\"delete\""
        }
    }
}

private extension StaticString {
    /// The literal's UTF-8 bytes (literals written here are ASCII, with a pointer).
    var bufferPointer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
    }
}
