/// The bytes of a draft, checked to be the UTF-8 text of a resolution by
/// ``DraftText/check(_:path:)`` (or read and checked by ``DraftText/readBytes(path:)``).
///
/// ``ResolutionParser`` parses them in place: a long draft is then never copied into a string
/// and copied again to be normalised. A leading byte-order mark is kept; the parser skips it.
///
/// ```swift
/// let resolution = ResolutionParser().parse(try DraftText.readBytes(path: "draft.txt"))
/// ```
public struct DraftBytes: Sendable {
    /// The bytes: valid UTF-8, no NUL byte, not only white space.
    public let bytes: [UInt8]

    /// Wraps bytes already checked.
    init(validated bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes, handed over with this value, so that the caller may hold the only reference.
    consuming func takeBytes() -> [UInt8] {
        bytes
    }
}
