/// One token of a paragraph for word-level comparison: a word, or one punctuation mark.
public struct Token: Sendable, Hashable {
    /// The token as printed.
    public var text: String
    /// The comparison key: case kept, curly quotes and dashes folded to plain ones.
    public var key: String
    /// True when whitespace preceded the token in the source.
    public var spaceBefore: Bool

    /// Creates a token.
    public init(text: String, key: String, spaceBefore: Bool) {
        self.text = text
        self.key = key
        self.spaceBefore = spaceBefore
    }

    /// True for a punctuation token.
    public var isPunctuation: Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return key.unicodeScalars.count == 1 && !Tokenizer.isWordScalar(first)
    }
}

/// One token as a span of UTF-8 bytes: what ``Tokenizer`` finds before any string is made, so
/// that the differ can intern keys and spell word-diff runs straight from a draft's bytes.
struct TokenSpan {
    /// The token's first byte.
    var start: Int
    /// The byte after the token.
    var end: Int
    /// True when whitespace preceded the token in the source.
    var spaceBefore: Bool
    /// True when folding changed a scalar, so that the key is not the text's own bytes
    /// (see ``Tokenizer/foldedKey(_:)``).
    var folds: Bool
    /// True for a punctuation token (one scalar that is not part of a word).
    var isPunctuation: Bool
}

/// Splits paragraph text into word and punctuation tokens. Layout never changes tokens:
/// line breaks, runs of spaces, non-breaking spaces and curly versus straight quotes fold away.
public enum Tokenizer {
    /// The tokens of `text`. Words keep inner hyphens, apostrophes, slashes, periods and commas
    /// between digits ("anti-trafficking", "women's", "70/1", "2.5", "1,000"); every other
    /// non-letter, non-digit character is a token of its own.
    public static func tokens(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { bytes in
            var spans: [TokenSpan] = []
            appendSpans(of: bytes, in: 0..<bytes.count, to: &spans)
            return spans.map { span in
                let slice = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
                let text = String(decoding: slice, as: UTF8.self)
                return Token(text: text, key: span.folds ? foldedKey(slice) : text, spaceBefore: span.spaceBefore)
            }
        }
    }

    /// Appends the tokens of the valid UTF-8 text `bytes[range]` to `spans`. Works on bytes,
    /// with an ASCII fast path; each token's text is one slice of the input.
    static func appendSpans(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to spans: inout [TokenSpan]) {
        let end = min(range.upperBound, bytes.count)
        var wordStart = -1          // byte offset where the current word began, or -1
        var wordFolds = false       // true when folding changes a scalar of the current word
        var wordSpace = false       // whether whitespace preceded the current word
        var lastInWord: Unicode.Scalar = " "
        var space = false

        func flush(_ at: Int) {
            guard wordStart >= 0 else { return }
            spans.append(TokenSpan(start: wordStart, end: at, spaceBefore: wordSpace, folds: wordFolds,
                                   isPunctuation: false))
            wordStart = -1
        }

        var i = max(range.lowerBound, 0)
        while i < end {
            let byte = bytes[i]
            // Fast path: ASCII white space, letters and digits, which need no decoding or folding.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                flush(i)
                space = true
                i += 1
                continue
            }
            if isASCIILetterOrDigit(byte) {
                if wordStart < 0 {
                    wordStart = i
                    wordSpace = space
                    wordFolds = false
                }
                // The rest of an ASCII run in one tight loop.
                i += 1
                while i < end, isASCIILetterOrDigit(bytes[i]) { i += 1 }
                lastInWord = Unicode.Scalar(bytes[i - 1])
                space = false
                continue
            }
            let (scalar, length) = decode(bytes, at: i, end: end)
            if isWhitespace(scalar) {
                flush(i)
                space = true
                i += length
                continue
            }
            let folded = fold(scalar)
            if isWordScalar(scalar) {
                if wordStart < 0 {
                    wordStart = i
                    wordSpace = space
                    wordFolds = false
                }
                if folded != scalar { wordFolds = true }
                lastInWord = scalar
            } else if isJoiner(folded), wordStart >= 0, i + length < end,
                      case let next = decode(bytes, at: i + length, end: end).scalar, isWordScalar(next),
                      joins(folded, previous: lastInWord, next: next) {
                if folded != scalar { wordFolds = true }
                lastInWord = scalar
            } else {
                flush(i)
                spans.append(TokenSpan(start: i, end: i + length, spaceBefore: space, folds: folded != scalar,
                                       isPunctuation: true))
            }
            space = false
            i += length
        }
        flush(end)
    }

    /// True for the ASCII bytes ``isWordScalar(_:)`` accepts: letters and digits.
    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The comparison key of a token whose text `bytes` folding changes: each scalar folded.
    static func foldedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars { folded.append(fold(scalar)) }
        return String(folded)
    }

    /// The scalar starting at byte `i` of valid UTF-8 ending at `end`, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ k: Int) -> UInt32 { i + k < end ? UInt32(bytes[i + k]) & 0x3F : 0 }
        let value: UInt32, length: Int
        if lead >= 0xF0 {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            length = 4
        } else if lead >= 0xE0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            length = 3
        } else {
            value = (lead & 0x1F) << 6 | continuation(1)
            length = 2
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, end - i))
    }

    /// The comparison keys of the word tokens of `text`, lowercased, punctuation left out:
    /// the basis of similarity scores and shingle indexes.
    public static func words(_ text: String) -> [String] {
        tokens(text).filter { !$0.isPunctuation }.map { $0.key.lowercased() }
    }

    /// True for letters, digits and marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // Fast path: Unicode property lookups are slow, and drafts are mostly ASCII.
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// True for digits of any script.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType != nil
    }

    /// True for white space (line breaks and non-breaking spaces included).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return v == 0x20 || (v >= 0x09 && v <= 0x0D)
        }
        return scalar.properties.isWhitespace
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "/" || scalar == "." || scalar == ","
    }

    private static func joins(_ joiner: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar) -> Bool {
        switch joiner {
        case ".", ",":
            // Only between digits: "2.5", "1,000"; a comma or period after a word ends it.
            guard let previous else { return false }
            return isDigit(previous) && isDigit(next)
        default:
            return true
        }
    }

    /// Folds typographic variants to their plain forms: curly quotes, en and em dashes,
    /// U+2010/U+2011 hyphens.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201F, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2212: return "-"
        case 0x2013, 0x2014: return "-"
        default: return scalar
        }
    }
}
