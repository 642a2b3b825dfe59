extension Paragraph {
    /// The paragraph as JSON: `id`, `section`, `index`, `number`, `lead`, `text`, `lines`, `children`.
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("section", .string(section.rawValue)),
            ("index", .int(index)),
            ("number", .optional(number)),
            ("lead", .string(lead)),
            ("text", .string(text)),
            ("lines", .array([.int(lines.first), .int(lines.last)])),
            ("children", .array(children.map { $0.jsonValue })),
        ])
    }
}

extension Resolution {
    /// The whole tree as JSON, in the documented field order: `title`, `meeting`, `date`,
    /// `sponsors`, `formula`, `leadIn`, `preamble`, `operative`, `closing`, `noise`, `diagnostics`.
    public var jsonValue: JSONValue {
        .object([
            ("title", .optional(title)),
            ("meeting", .optional(meeting)),
            ("date", .optional(date)),
            ("sponsors", .array(sponsors.map(JSONValue.string))),
            ("formula", .optional(formula)),
            ("leadIn", .optional(leadIn)),
            ("preamble", .array(preamble.map { $0.jsonValue })),
            ("operative", .array(operative.map { $0.jsonValue })),
            ("closing", .array(closing.map { .object([("line", .int($0.line)), ("text", .string($0.text))]) })),
            ("noise", .array(noise.map { .object([("line", .int($0.line)), ("text", .string($0.text))]) })),
            ("diagnostics", .array(diagnostics.map {
                .object([("line", .int($0.line)), ("severity", .string($0.severity.rawValue)), ("message", .string($0.message))])
            })),
        ])
    }

    /// The JSON text of ``jsonValue``, pretty-printed, with a final newline.
    public func renderJSON() -> String {
        // The same text as `jsonValue.serialized()`, written paragraph by paragraph.
        var writer = JSONWriter(capacity: 1024 * (preamble.count + operative.count) + 1024)
        writer.beginObject()
        writer.key("title")
        writer.value(.optional(title))
        writer.key("meeting")
        writer.value(.optional(meeting))
        writer.key("date")
        writer.value(.optional(date))
        writer.key("sponsors")
        writer.value(.array(sponsors.map(JSONValue.string)))
        writer.key("formula")
        writer.value(.optional(formula))
        writer.key("leadIn")
        writer.value(.optional(leadIn))
        for (key, list) in [("preamble", preamble), ("operative", operative)] {
            writer.key(key)
            writer.beginArray()
            for paragraph in list {
                writer.rawValue { Self.writeParagraph(paragraph, indent: 2, into: &$0) }
            }
            writer.endArray()
        }
        writer.key("closing")
        writer.value(.array(closing.map { .object([("line", .int($0.line)), ("text", .string($0.text))]) }))
        writer.key("noise")
        writer.value(.array(noise.map { .object([("line", .int($0.line)), ("text", .string($0.text))]) }))
        writer.key("diagnostics")
        writer.value(.array(diagnostics.map {
            .object([("line", .int($0.line)), ("severity", .string($0.severity.rawValue)), ("message", .string($0.message))])
        }))
        writer.endObject()
        return writer.finish(terminator: "\n")
    }

    /// Writes `paragraph` as ``Paragraph/jsonValue`` is laid out at `indent` (its fields one
    /// level deeper), straight into bytes: no JSON values are built for the tens of thousands
    /// of paragraphs of a long draft.
    static func writeParagraph(_ paragraph: Paragraph, indent: Int, into out: inout ByteBuffer) {
        func field(_ key: StaticString, first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            JSONValue.newline(&out, indent + 1)
            out.append(key)
        }
        out.append(UInt8(ascii: "{"))
        field("\"id\": ", first: true)
        JSONValue.writeString(paragraph.id, into: &out)
        field("\"section\": ")
        JSONValue.writeString(paragraph.section.rawValue, into: &out)
        field("\"index\": ")
        out.appendDecimal(paragraph.index)
        field("\"number\": ")
        if let number = paragraph.number { JSONValue.writeString(number, into: &out) } else { out.append("null") }
        field("\"lead\": ")
        JSONValue.writeString(paragraph.lead, into: &out)
        field("\"text\": ")
        JSONValue.writeString(paragraph.text, into: &out)
        field("\"lines\": [")
        JSONValue.newline(&out, indent + 2)
        out.appendDecimal(paragraph.lines.first)
        out.append(UInt8(ascii: ","))
        JSONValue.newline(&out, indent + 2)
        out.appendDecimal(paragraph.lines.last)
        JSONValue.newline(&out, indent + 1)
        out.append(UInt8(ascii: "]"))
        field("\"children\": ")
        if paragraph.children.isEmpty {
            out.append("[]")
        } else {
            out.append(UInt8(ascii: "["))
            for (i, child) in paragraph.children.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent + 2)
                writeParagraph(child, indent: indent + 2, into: &out)
            }
            JSONValue.newline(&out, indent + 1)
            out.append(UInt8(ascii: "]"))
        }
        JSONValue.newline(&out, indent)
        out.append(UInt8(ascii: "}"))
    }
}
