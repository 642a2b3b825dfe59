/// A cursor over the text of one amendment, reading its fixed wording word by word and its
/// quoted texts; a failed attempt rewinds by restoring ``position``.
struct PhraseCursor {
    let characters: [Character]
    var position = 0

    init(_ text: String) { characters = Array(text) }

    static let quotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]

    var isAtEnd: Bool { position >= characters.count }

    /// The unread text.
    var rest: String { String(characters[min(position, characters.count)...]) }

    mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Reads `phrase` (case-insensitive; any run of whitespace matches one space) if it comes
    /// next, after optional whitespace; otherwise leaves the cursor where it was.
    mutating func consume(_ phrase: String) -> Bool {
        let start = position
        skipSpaces()
        for expected in phrase.lowercased() {
            if expected == " " {
                guard position < characters.count, characters[position].isWhitespace else { position = start; return false }
                skipSpaces()
                continue
            }
            guard position < characters.count, characters[position].lowercased() == String(expected) else {
                position = start
                return false
            }
            position += 1
        }
        // A word must end where the phrase ends: "paragraph" is not "paragraphs".
        if let last = phrase.last, last.isLetter, position < characters.count, characters[position].isLetter {
            position = start
            return false
        }
        return true
    }

    /// Reads the first of `phrases` that comes next.
    mutating func consumeAny(_ phrases: [String]) -> String? {
        phrases.first { consume($0) }
    }

    /// Reads a word of letters, digits and hyphens.
    mutating func word() -> String? {
        skipSpaces()
        let start = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber
                || characters[position] == "-" || characters[position] == "\u{2011}" {
            position += 1
        }
        return position > start ? String(characters[start..<position]) : nil
    }

    /// Reads an ordinal of one or more words ("twenty-first", "one hundred and second"),
    /// the longest that reads as one.
    mutating func ordinal() -> Int? {
        let start = position
        var words: [String] = []
        var ends: [Int] = []
        for _ in 0..<5 {
            guard let w = word() else { break }
            words.append(w)
            ends.append(position)
        }
        for count in stride(from: words.count, through: 1, by: -1) {
            if let value = Ordinal.value(of: words[0..<count].joined(separator: " ")) {
                position = ends[count - 1]
                return value
            }
        }
        position = start
        return nil
    }

    /// Reads a quoted text: an opening quote, then everything up to the first closing quote
    /// after which one of `followers` comes (an empty follower matches the end of the text).
    /// Quotes inside the text are kept as they are.
    mutating func quoted(followedBy followers: [String]) -> String? {
        let start = position
        skipSpaces()
        guard position < characters.count, Self.quotes.contains(characters[position]) else { position = start; return nil }
        let open = position + 1
        var candidate = open
        while candidate < characters.count {
            if Self.quotes.contains(characters[candidate]) {
                var probe = PhraseCursor(characters: characters, position: candidate + 1)
                probe.skipSpaces()
                for follower in followers {
                    var attempt = probe
                    if follower.isEmpty ? attempt.isAtEnd : attempt.consume(follower) {
                        position = candidate + 1
                        return String(characters[open..<candidate])
                    }
                }
            }
            candidate += 1
        }
        position = start
        return nil
    }

    private init(characters: [Character], position: Int) {
        self.characters = characters
        self.position = position
    }
}
