/// Reads the plain text of a resolution into a ``Resolution``.
///
/// The parser is built for text pulled out of PDFs and web pages: hard line breaks inside
/// paragraphs, paragraphs with no blank line between them, stray blank lines, repeated titles,
/// page furniture and download residue. It never throws: what it could not place is kept as
/// ``Resolution/noise`` and what it repaired is reported in ``Resolution/diagnostics``.
///
/// ```swift
/// let resolution = ResolutionParser().parse(try DraftText.read(path: "draft.txt"))
/// for paragraph in resolution.operative { print(paragraph.label, paragraph.lead) }
/// ```
public struct ResolutionParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses `text`. Never throws: odd layout is repaired and reported in the diagnostics.
    public func parse(_ text: String) -> Resolution {
        let buffer = LineSplitter.split(text)
        // The run reads the normalised text in place, through a pointer valid for this call.
        return buffer.bytes.withUnsafeBufferPointer { bytes in
            var reader = ParseRun(text: bytes, lines: buffer.lines)
            reader.readHeader()
            reader.readBody()
            return reader.build()
        }
    }
}
