/// Paragraph and sub-paragraph markers: "8.", "8)", "1.Reaffirm", "(a)", "(iv)", "a)".
enum Numbering {
    /// An operative number at the start of `text`: "12. Urge …", "12.Urge …", "12." alone.
    /// Returns the number as printed (without its period) and the rest of the line.
    static func operativeNumber(_ text: String) -> (number: String, rest: String)? {
        let utf8 = text.utf8
        var i = utf8.startIndex
        var digits = 0
        while i != utf8.endIndex, let b = Optional(utf8[i]), b >= 0x30, b <= 0x39 {
            digits += 1
            i = utf8.index(after: i)
        }
        guard digits > 0, digits <= 6, i != utf8.endIndex else { return nil }
        let mark = utf8[i]
        guard mark == 0x2E || mark == 0x29 else { return nil }   // "." or ")"
        let afterMark = utf8.index(after: i)
        let number = String(text[text.startIndex..<i])
        if afterMark == utf8.endIndex { return (number, "") }
        let next = utf8[afterMark]
        // "1.5 million" is not a paragraph number; "1.Reaffirm" is.
        if next >= 0x30 && next <= 0x39 { return nil }
        let rest = text[afterMark...].drop { $0 == " " }
        // A number that starts a sentence mid-paragraph is followed by a letter or quote, not
        // by a lowercase word: "12. urge" is still accepted, the caller decides by context.
        return (number, String(rest))
    }

    /// A sub-paragraph marker at the start of `text`: "(a) …", "(iv) …", "a) …".
    /// Returns the marker (without parentheses) and the rest.
    static func subMarker(_ text: String) -> (marker: String, rest: String)? {
        // Cheap rejection: a marker opens with "(" or an ASCII letter, and its letters are
        // lowercase, so an uppercase letter first is never one.
        guard let first = text.utf8.first, first == UInt8(ascii: "(") || (first >= 0x61 && first <= 0x7A) else {
            return nil
        }
        var chars = Substring(text)
        let opened = chars.first == "("
        if opened { chars = chars.dropFirst() }
        var marker = ""
        while let c = chars.first, c.isLetter, c.isASCII, marker.count < 6 {
            marker.append(c)
            chars = chars.dropFirst()
        }
        guard !marker.isEmpty, chars.first == ")" else { return nil }
        chars = chars.dropFirst()
        let lower = marker.lowercased()
        guard marker == lower else { return nil }
        // Only single (or doubled) letters and roman numerals are markers, with or without the
        // opening parenthesis: "(a)", "a)", "(iv)".
        guard isLetterMarker(lower) || isRoman(lower) else { return nil }
        guard chars.isEmpty || chars.first == " " else { return nil }
        return (lower, String(chars.drop { $0 == " " }))
    }

    /// "a" … "z", and doubled letters "aa", "bb" used after "z".
    static func isLetterMarker(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter, first.isASCII else { return false }
        return s.allSatisfy { $0 == first } && s.count <= 2
    }

    /// The value of a lowercase roman numeral up to 39, or nil.
    static func romanValue(_ s: String) -> Int? {
        let table: [String] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                               "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
                               "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"]
        return table.firstIndex(of: s).map { $0 + 1 }
    }

    static func isRoman(_ s: String) -> Bool { romanValue(s) != nil }

    /// The 1-based position of a letter marker: "a" → 1, "z" → 26, "aa" → 27.
    static func letterValue(_ s: String) -> Int? {
        guard isLetterMarker(s), let scalar = s.unicodeScalars.first else { return nil }
        return Int(scalar.value) - 96 + (s.count - 1) * 26
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
        let table = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                     "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
                     "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"]
        return value >= 1 && value <= table.count ? table[value - 1] : String(value)
    }
}
