import Testing
@testable import DraftDiff

/// The tokenizer as first written (scalar by scalar, Unicode properties throughout), kept as
/// the reference the byte-level fast path must agree with.
enum ReferenceTokenizer {
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentKey = String.UnicodeScalarView()
        var space = false
        var pendingSpace = false
        let scalars = Array(text.unicodeScalars)
        func isWord(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
        }
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
            let folded = Tokenizer.fold(scalar)
            let joiner = folded == "-" || folded == "'" || folded == "/" || folded == "." || folded == ","
            if isWord(scalar) {
                if current.isEmpty { pendingSpace = space }
                current.append(scalar)
                currentKey.append(folded)
            } else if joiner, !current.isEmpty, i + 1 < scalars.count, isWord(scalars[i + 1]),
                      (folded != "." && folded != ",")
                        || (current.last?.properties.numericType != nil && scalars[i + 1].properties.numericType != nil) {
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
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("the byte-level tokenizer agrees with the reference", arguments: 0..<300)
    func agreesWithReference(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 77)
        let pieces = ["Urge", " ", "  ", "\n", "\u{A0}", "2", "5", ".", ",", ";", "-", "\u{2013}", "\u{2011}", "'", "\u{2019}",
                      "\u{201C}", "\u{201D}", "/", "(", ")", "a", "é", "e\u{301}", "日本", "٣", "Ⅻ", "🙂", "women", "anti", ":", "\t"]
        let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        #expect(Tokenizer.tokens(text) == ReferenceTokenizer.tokens(text), "\(text.debugDescription)")
    }

    @Test("words keep inner joiners")
    func joiners() {
        #expect(Tokenizer.tokens("anti-trafficking women\u{2019}s 70/1 2.5 1,000 end.").map(\.key)
                == ["anti-trafficking", "women's", "70/1", "2.5", "1,000", "end", "."])
    }
}
