import ClauseTree

/// What the added-since comparison keeps of one paragraph's text: a hash of its exact wording
/// and its words in order.
///
/// Two paragraphs have the same ``exactKey`` when their tokens are the same, ignoring layout
/// (line breaks, runs of spaces, curly versus straight quotes — see ``Tokenizer``), the number,
/// and a final `;`, `,` or `.`. Case and every other mark count.
struct ParagraphSignature {
    /// A 64-bit hash of the paragraph's token keys, final mark left out.
    var exactKey: UInt64
    /// The lowercased words (punctuation left out), in text order.
    var words: [String]

    /// Word shingles are this many words long.
    static let shingleSize = 3

    /// The signature of `paragraph`'s full text (sub-paragraphs included).
    init(_ paragraph: Paragraph) {
        self.init(text: paragraph.fullText)
    }

    /// The signature of `text`.
    init(text: String) {
        var tokens = Tokenizer.tokens(text)
        if let last = tokens.last, TokenText.isFinalMark(last) { tokens.removeLast() }
        var joined: [UInt8] = []
        joined.reserveCapacity(text.utf8.count + tokens.count)
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        for token in tokens {
            joined.append(contentsOf: token.key.utf8)
            joined.append(0x1F)
            if !token.isPunctuation { words.append(token.key.lowercased()) }
        }
        exactKey = ContentHash(of: joined).high
        self.words = words
    }

    /// The sorted distinct shingle hashes of the word ids `words`.
    static func shingles(_ words: [Int32]) -> [UInt64] {
        Array(Set(ShingleIndex.shingles(words, size: shingleSize))).sorted()
    }
}
