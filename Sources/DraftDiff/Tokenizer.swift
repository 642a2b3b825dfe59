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

/// Splits paragraph text into word and punctuation tokens. Layout never changes tokens:
/// line breaks, runs of spaces, non-breaking spaces and curly versus straight quotes fold away.
public enum Tokenizer {
    /// The tokens of `text`. Words keep inner hyphens, apostrophes, slashes, periods and commas
    /// between digits ("anti-trafficking", "women's", "70/1", "2.5", "1,000"); every other
    /// non-letter, non-digit character is a token of its own.
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentKey = String.UnicodeScalarView()
        var space = false
        var pendingSpace = false
        let scalars = Array(text.unicodeScalars)

        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(text: String(current), key: String(currentKey), spaceBefore: pendingSpace))
            current = String.UnicodeScalarView()
            currentKey = String.UnicodeScalarView()
            pendingSpace = false
        }

        for (i, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                flush()
                space = true
                continue
            }
            let folded = fold(scalar)
            if isWordScalar(scalar) {
                if current.isEmpty { pendingSpace = space }
                current.append(scalar)
                currentKey.append(folded)
            } else if isJoiner(folded), !current.isEmpty, i + 1 < scalars.count, isWordScalar(scalars[i + 1]),
                      joins(folded, previous: current.last, next: scalars[i + 1]) {
                current.append(scalar)
                currentKey.append(folded)
            } else {
                flush()
                tokens.append(Token(text: String(scalar), key: String(folded), spaceBefore: space))
            }
            space = false
        }
        flush()
        return tokens
    }

    /// The comparison keys of the word tokens of `text`, lowercased, punctuation left out:
    /// the basis of similarity scores and shingle indexes.
    public static func words(_ text: String) -> [String] {
        tokens(text).filter { !$0.isPunctuation }.map { $0.key.lowercased() }
    }

    /// True for letters, digits and marks.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "/" || scalar == "." || scalar == ","
    }

    private static func joins(_ joiner: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar) -> Bool {
        switch joiner {
        case ".", ",":
            // Only between digits: "2.5", "1,000"; a comma or period after a word ends it.
            guard let previous else { return false }
            return previous.properties.numericType != nil && next.properties.numericType != nil
        default:
            return true
        }
    }

    /// Folds typographic variants to their plain forms: curly quotes, en and em dashes,
    /// U+2010/U+2011 hyphens.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201F, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2212: return "-"
        case 0x2013, 0x2014: return "-"
        default: return scalar
        }
    }
}
