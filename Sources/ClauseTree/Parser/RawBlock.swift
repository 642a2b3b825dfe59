/// A paragraph as read from the lines, before it is classified and turned into a `Paragraph`.
/// Its text is kept as indices into ``ParseRun/pieces`` (byte ranges of the draft) and its list
/// items as indices into ``ParseRun/items``: reading a draft makes no array per paragraph.
struct RawBlock {
    /// The byte range of the operative number in the text ("12" of "12. Urge …"), if any.
    /// Blocks and items hold no strings, so copying them is copying bytes.
    var number: Range<Int>?
    /// Indices into `ParseRun.pieces` of the intro's pieces (hard-wrapped lines).
    var intro: Range<Int>
    /// Indices into `ParseRun.items`.
    var items: Range<Int>
    var first: Int
    var last: Int
    /// True between a bare "12." line and the line carrying its text.
    var awaitingText = false
    var indent = 0

    /// A block starting on line `first`, whose pieces and items will be the next ones read.
    init(number: Range<Int>?, first: Int, indent: Int, pieces: Int, items: Int) {
        self.number = number
        self.intro = pieces..<pieces
        self.items = items..<items
        self.first = first
        self.last = first
        self.indent = indent
    }
}

/// One list item inside a block.
struct RawItem {
    /// The byte range of the marker in the text ("iv" of "(iv) …").
    var marker: Range<Int>
    /// The marker's values as a letter and as a roman numeral ("i" is both).
    var letterValue: Int?
    var romanValue: Int?
    var depth: Int
    var isRoman: Bool
    /// Indices into `ParseRun.pieces`.
    var pieces: Range<Int>
    var first: Int
    var last: Int
    var indent: Int
}

extension ParseRun {
    /// The text of a block's intro.
    func introText(_ block: RawBlock) -> String { joined(pieces[block.intro]) }

    /// The text of an item.
    func text(_ item: RawItem) -> String { joined(pieces[item.pieces]) }

    /// Joins hard-wrapped pieces (byte ranges of the text) with single spaces; a piece ending in
    /// a letter and "-" is joined without a space ("anti-" + "trafficking"). The text is built
    /// in the string's own storage.
    func joined<C: Collection<Range<Int>>>(_ ranges: C) -> String {
        if ranges.count == 1, let only = ranges.first { return String(decoding: bytes(only), as: UTF8.self) }
        let capacity = ranges.reduce(0) { $0 + $1.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var at = 0
            for range in ranges where !range.isEmpty {
                let piece = bytes(range)
                if at > 0, !Self.joinsWithoutSpace(UnsafeBufferPointer(rebasing: out[..<at]), piece) {
                    out[at] = UInt8(ascii: " ")
                    at += 1
                }
                _ = UnsafeMutableBufferPointer(rebasing: out[at..<(at + piece.count)]).initialize(from: piece)
                at += piece.count
            }
            return at
        }
    }

    /// The joined text of `ranges` and its leading phrase, read from the same bytes (for one
    /// piece, the line itself), the lead made by `leads`; `mayContainList` tells whether the
    /// text may hold an inline list (``InlineLists/mayContainList(_:)-(UnsafeBufferPointer<UInt8>)``).
    func textAndLead(_ ranges: ArraySlice<Range<Int>>, leads: inout Leads)
        -> (text: String, lead: String, kind: LeadKind, mayContainList: Bool) {
        if ranges.count == 1, let only = ranges.first {
            let piece = bytes(only)
            let (lead, kind) = leads.find(in: piece)
            return (String(decoding: piece, as: UTF8.self), lead, kind, InlineLists.mayContainList(piece))
        }
        var text = joined(ranges)
        let (lead, kind, mayContainList) = text.withUTF8 { joined in
            let (lead, kind) = leads.find(in: joined)
            return (lead, kind, InlineLists.mayContainList(joined))
        }
        return (text, lead, kind, mayContainList)
    }

    /// True when `text` ends in a letter and "-" and `piece` starts with a lowercase letter.
    /// Decided on bytes when the characters there are ASCII, else on characters.
    private static func joinsWithoutSpace(_ text: UnsafeBufferPointer<UInt8>, _ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = text.count
        guard text.last == UInt8(ascii: "-") else { return false }
        let before: Bool
        if n >= 2, text[n - 2] < 0x80, n == 2 || text[n - 3] < 0x80 {
            // "-" and the byte before it are whole characters (ASCII after ASCII).
            let b = text[n - 2] | 0x20
            before = b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
        } else {
            before = String(decoding: text, as: UTF8.self).dropLast().last?.isLetter == true
        }
        guard before, let first = piece.first else { return false }
        if first < 0x80, piece.count == 1 || piece[1] < 0x80 {
            return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
        }
        return String(decoding: piece, as: UTF8.self).first?.isLowercase == true
    }
}
