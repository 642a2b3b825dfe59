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
        parse(LineSplitter.split(text))
    }

    /// Parses a draft read as bytes (``DraftText/readBytes(path:)``, ``DraftText/check(_:path:)``)
    /// in place: the text is neither copied into a string nor copied again to be normalised.
    /// Gives the same resolution as parsing the text decoded from those bytes.
    public func parse(_ draft: consuming DraftBytes) -> Resolution {
        parse(LineSplitter.split(utf8: draft.takeBytes()))
    }

    /// The resolution read from `buffer`'s normalised lines.
    private func parse(_ buffer: LineBuffer) -> Resolution {
        // The run reads the normalised text in place, through a pointer valid for this call.
        return buffer.bytes.withUnsafeBufferPointer { bytes in
            var reader = ParseRun(text: bytes, lines: buffer.lines)
            reader.readHeader()
            reader.readBody()
            return reader.build()
        }
    }
}
