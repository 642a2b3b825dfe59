/// Paragraph and sub-paragraph markers: "8.", "8)", "1.Reaffirm", "(a)", "(iv)", "a)".
enum Numbering {
    /// An operative number at the start of `text`: "12. Urge …", "12.Urge …", "12." alone.
    /// Returns the number as printed (without its period) and the rest of the line.
    static func operativeNumber(_ text: String) -> (number: String, rest: String)? {
        var copy = text
        return copy.withUTF8 { bytes in
            operativeNumber(bytes).map {
                (String(decoding: bytes[..<$0.digits], as: UTF8.self), String(decoding: bytes[$0.rest...], as: UTF8.self))
            }
        }
    }

    /// ``operativeNumber(_:)-(String)`` on the bytes of a line: how many bytes the number has
    /// (it starts the line) and the offset where the rest of the line starts.
    static func operativeNumber(_ text: UnsafeBufferPointer<UInt8>) -> (digits: Int, rest: Int)? {
        var i = 0
        while i < text.count, text[i] >= 0x30, text[i] <= 0x39 { i += 1 }
        guard i > 0, i <= 6, i < text.count else { return nil }
        let mark = text[i]
        guard mark == 0x2E || mark == 0x29 else { return nil }   // "." or ")"
        let afterMark = i + 1
        if afterMark == text.count { return (i, afterMark) }
        let next = text[afterMark]
        // "1.5 million" is not a paragraph number; "1.Reaffirm" is.
        if next >= 0x30 && next <= 0x39 { return nil }
        // A number that starts a sentence mid-paragraph is followed by a letter or quote, not
        // by a lowercase word: "12. urge" is still accepted, the caller decides by context.
        return (i, ByteText.skippingSpaces(text, from: afterMark))
    }

    /// A sub-paragraph marker at the start of `text`: "(a) …", "(iv) …", "a) …".
    /// Returns the marker (without parentheses) and the rest.
    static func subMarker(_ text: String) -> (marker: String, rest: String)? {
        var copy = text
        return copy.withUTF8 { bytes in
            subMarker(bytes).map {
                (String(decoding: bytes[$0.marker], as: UTF8.self), String(decoding: bytes[$0.rest...], as: UTF8.self))
            }
        }
    }

    /// ``subMarker(_:)-(String)`` on the bytes of a line: where the marker is (lowercase ASCII
    /// letters) and the offset where the rest of the line starts.
    static func subMarker(_ text: UnsafeBufferPointer<UInt8>) -> (marker: Range<Int>, rest: Int)? {
        // Cheap rejection: a marker opens with "(" or an ASCII letter, and its letters are
        // lowercase, so an uppercase letter first is never one.
        guard let first = text.first, first == UInt8(ascii: "(") || (first >= 0x61 && first <= 0x7A) else {
            return nil
        }
        // ASCII bytes only: a letter or ")" followed by a combining mark is no longer that
        // character, and then the ")" or " " required below is missing, as on characters.
        var i = first == UInt8(ascii: "(") ? 1 : 0
        let start = i
        while i < text.count, i - start < 6, text[i] >= 0x61 && text[i] <= 0x7A { i += 1 }
        // An uppercase letter in the marker makes it no marker ("(A)", "(Iv)").
        guard i > start, i < text.count, text[i] == UInt8(ascii: ")") else { return nil }
        let marker = UnsafeBufferPointer(rebasing: text[start..<i])
        // Only single (or doubled) letters and roman numerals are markers, with or without the
        // opening parenthesis: "(a)", "a)", "(iv)".
        guard isLetterMarker(marker) || romanValue(marker) != nil else { return nil }
        let after = i + 1
        guard after == text.count || ByteText.isSpaceCharacter(text, at: after) else { return nil }
        return (start..<i, ByteText.skippingSpaces(text, from: after))
    }

    /// "a" … "z", and doubled letters "aa", "bb" used after "z".
    static func isLetterMarker(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8(isLetterMarker)
    }

    /// ``isLetterMarker(_:)-(String)`` on bytes: one or two equal ASCII letters are one or two
    /// equal characters.
    static func isLetterMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 2, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
        return bytes.last == first
    }

    /// The value of a lowercase roman numeral up to 30, or nil.
    static func romanValue(_ s: String) -> Int? {
        var copy = s
        return copy.withUTF8(romanValue)
    }

    /// ``romanValue(_:)-(String)`` on bytes: the numeral is read, then must be written as
    /// ``roman(_:)`` writes its value ("iiii" and "vx" are no numerals).
    static func romanValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= 6 else { return nil }
        var total = 0
        var largest = 0
        for b in bytes.reversed() {
            let value: Int
            switch b {
            case UInt8(ascii: "i"): value = 1
            case UInt8(ascii: "v"): value = 5
            case UInt8(ascii: "x"): value = 10
            default: return nil
            }
            if value < largest { total -= value } else { total += value; largest = value }
        }
        guard total >= 1, total <= romanNumerals.count else { return nil }
        return romanNumerals[total - 1].utf8.elementsEqual(bytes) ? total : nil
    }

    private static let romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                                        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
                                        "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"]

    static func isRoman(_ s: String) -> Bool { romanValue(s) != nil }

    /// The 1-based position of a letter marker: "a" → 1, "z" → 26, "aa" → 27.
    static func letterValue(_ s: String) -> Int? {
        var copy = s
        return copy.withUTF8(letterValue)
    }

    /// ``letterValue(_:)-(String)`` on bytes.
    static func letterValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isLetterMarker(bytes), let first = bytes.first else { return nil }
        return Int(first) - 96 + (bytes.count - 1) * 26
    }

    /// The marker after `value` in a letter list.
    static func letter(_ value: Int) -> String {
        let base = (value - 1) % 26
        let repeats = (value - 1) / 26 + 1
        let scalar = Unicode.Scalar(UInt8(97 + base))
        return String(repeating: String(Character(scalar)), count: repeats)
    }

    /// The lowercase roman numeral for 1…30.
    static func roman(_ value: Int) -> String {
        value >= 1 && value <= romanNumerals.count ? romanNumerals[value - 1] : String(value)
    }
}
