/// English ordinal words, as amendments cite preambular paragraphs: "first", "eighth",
/// "twenty-first", "one hundred and second".
public enum Ordinal {
    private static let units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                "seventeen", "eighteen", "nineteen"]
    private static let unitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                       "nineteenth"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let tensOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                                       "seventieth", "eightieth", "ninetieth"]

    /// The largest number ``word(_:)`` spells out; larger ones are written "1000th".
    public static let largestSpelled = 999

    /// The ordinal word for `n` ≥ 1: `word(21)` is "twenty-first", `word(100)` "one hundredth".
    public static func word(_ n: Int) -> String {
        guard n >= 1, n <= largestSpelled else { return "\(n)\(suffix(n))" }
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 0 { return underHundred(rest) }
        let head = "\(units[hundreds]) hundred"
        return rest == 0 ? head + "th" : head + " and " + underHundred(rest)
    }

    /// The number an ordinal stands for: "twenty-first", "twenty first", "21st", "Eighth"
    /// (case and hyphen or space between the parts do not matter). `nil` when not an ordinal.
    public static func value(of text: String) -> Int? {
        let key = normalized(text)
        if let digits = Int(key.prefix { $0.isNumber }), digits >= 1,
           key.dropFirst(String(digits).count) == suffix(digits) {
            return digits
        }
        return table[key]
    }

    private static func underHundred(_ n: Int) -> String {
        if n < 20 { return unitOrdinals[n] }
        let t = n / 10
        let u = n % 10
        return u == 0 ? tensOrdinals[t] : "\(tens[t])-\(unitOrdinals[u])"
    }

    private static func suffix(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "th" }
        switch n % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
            .joined(separator: " ")
    }

    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        for n in 1...largestSpelled { table[normalized(word(n))] = n }
        return table
    }()
}
