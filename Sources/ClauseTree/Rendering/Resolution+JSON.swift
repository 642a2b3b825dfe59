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
    public func renderJSON() -> String { jsonValue.serialized(terminator: "\n") }
}
