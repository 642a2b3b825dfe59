import ClauseTree

/// What the aligner knows about one top-level paragraph: its place in the document and its
/// text reduced to numbers.
struct ParagraphProfile {
    /// Position in the document, preamble then operative, 0-based.
    var position: Int
    /// The paragraph itself.
    var paragraph: Paragraph
    /// Key ids of every token of ``Paragraph/fullText``, final ";" "," or "." left out.
    var keys: [Int32]
    /// Lowercased word ids (punctuation left out), in text order.
    var words: [Int32]
    /// ``words`` sorted: the word multiset, for similarity scores.
    var bag: [Int32]

    /// Profiles of every top-level paragraph of `resolution`, interning into `vocabulary`.
    static func profiles(of resolution: Resolution, vocabulary: inout Vocabulary) -> [ParagraphProfile] {
        resolution.paragraphs.enumerated().map { position, paragraph in
            ParagraphProfile(position: position, paragraph: paragraph, vocabulary: &vocabulary)
        }
    }

    /// Profiles `paragraph` standing at `position`.
    init(position: Int, paragraph: Paragraph, vocabulary: inout Vocabulary) {
        self.position = position
        self.paragraph = paragraph
        var keys = vocabulary.ids(for: Tokenizer.tokens(paragraph.fullText))
        if let last = keys.last, Vocabulary.finalMarks.contains(last) {
            keys.removeLast()
        }
        self.keys = keys
        var words: [Int32] = []
        words.reserveCapacity(keys.count)
        for key in keys where !vocabulary.isPunctuation[Int(key)] {
            words.append(vocabulary.lowered[Int(key)])
        }
        self.words = words
        self.bag = words.sorted()
    }
}

extension Vocabulary {
    /// Ids of ";", "," and ".", interned first by ``seeded()``: the final mark that only says
    /// whether a paragraph is last, and so is left out when paragraphs are matched.
    static let finalMarks: Set<Int32> = [0, 1, 2]

    /// A vocabulary whose first ids are the final marks ";", "," and ".".
    static func seeded() -> Vocabulary {
        var vocabulary = Vocabulary()
        _ = vocabulary.id(for: ";", punctuation: true)
        _ = vocabulary.id(for: ",", punctuation: true)
        _ = vocabulary.id(for: ".", punctuation: true)
        return vocabulary
    }
}
