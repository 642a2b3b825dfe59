/// A paragraph as read from the lines, before it is classified and turned into a `Paragraph`.
struct RawBlock {
    /// One list item inside the block.
    struct Item {
        var marker: String
        var depth: Int
        var isRoman: Bool
        var pieces: [String]
        var first: Int
        var last: Int
        var indent: Int

        var text: String { RawBlock.join(pieces) }
    }

    var number: String?
    var pieces: [String] = []
    var first: Int
    var last: Int
    var items: [Item] = []
    /// True between a bare "12." line and the line carrying its text.
    var awaitingText = false
    var indent = 0

    init(number: String?, first: Int, indent: Int) {
        self.number = number
        self.first = first
        self.last = first
        self.indent = indent
    }

    var introText: String { RawBlock.join(pieces) }

    /// The text of whatever was read last: the last item, or the intro.
    var lastText: String { items.last?.pieces.last ?? pieces.last ?? "" }

    mutating func append(_ text: String, line: Int) {
        last = line
        if items.isEmpty {
            pieces.append(text)
        } else {
            items[items.count - 1].pieces.append(text)
            items[items.count - 1].last = line
        }
        awaitingText = false
    }

    /// Joins hard-wrapped pieces with single spaces; a piece ending in a letter and "-" is joined
    /// without a space ("anti-" + "trafficking").
    static func join(_ pieces: [String]) -> String {
        guard pieces.count > 1 else { return pieces.first ?? "" }
        var out = ""
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count + 1 })
        for piece in pieces where !piece.isEmpty {
            if out.isEmpty {
                out += piece
            } else if out.utf8.last == UInt8(ascii: "-"), out.dropLast().last?.isLetter == true,
                      piece.first?.isLowercase == true {
                out += piece
            } else {
                out += " "
                out += piece
            }
        }
        return out
    }
}
