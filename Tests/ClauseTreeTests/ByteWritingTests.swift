import Testing
@testable import ClauseTree

/// The byte-level writers behind the JSON and outline output: their fast paths must give
/// exactly what the plain definitions give.
@Suite("Byte writers: ByteBuffer, JSON strings, outline columns")
struct ByteWritingTests {
    /// JSON string escaping as the format defines it, one scalar at a time.
    static func referenceJSONString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test("every character that needs an escape is escaped wherever it falls in an eight-byte word")
    func escapesAtEveryOffset() {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "é", "…"]
        for special in specials {
            for offset in 0..<20 {
                for length in [offset + 1, offset + 9, 24] {
                    var text = String(repeating: "a", count: length)
                    let index = text.index(text.startIndex, offsetBy: min(offset, length - 1))
                    text.replaceSubrange(index...index, with: String(special))
                    #expect(JSONValue.string(text).serialized() == Self.referenceJSONString(text),
                            "special \(special.unicodeScalars.map(\.value)) at \(offset) of \(length)")
                }
            }
        }
    }

    @Test("a long text with no special characters is written as it is, quoted")
    func plainTextIsCopied() {
        let text = String(repeating: "Calls upon Member States to act; ", count: 40)
        #expect(JSONValue.string(text).serialized() == "\"" + text + "\"")
        #expect(JSONValue.string("").serialized() == "\"\"")
    }

    @Test("strings of every short length are quoted whole or escaped, ASCII or not")
    func everyShortLength() {
        for length in 0..<40 {
            for filler in ["a", "é", "\u{7F}"] {
                let plain = String(repeating: filler, count: length)
                #expect(JSONValue.string(plain).serialized() == Self.referenceJSONString(plain))
                for special in ["\"", "\\", "\u{1F}"] {
                    let text = plain + special
                    #expect(JSONValue.string(text).serialized() == Self.referenceJSONString(text))
                }
            }
        }
        // Many strings in one small buffer: each quoted copy checks capacity once.
        var buffer = ByteBuffer(capacity: 1)
        var expected = ""
        for length in 0..<100 {
            let text = String(repeating: "x", count: length)
            JSONValue.writeString(text, into: &buffer)
            expected += Self.referenceJSONString(text)
        }
        #expect(buffer.string == expected)
    }

    @Test("numbers are %.<digits>f with trailing zeros trimmed, whole ones included",
          arguments: [0, 1, 3, 9])
    func numbers(digits: Int) {
        let values: [Double] = [0, -0.0, 1, -1, 2, 10, 12, 999_999_999, -999_999_999, 1e9, 1e12,
                                0.5, 0.9125, -0.0004, 0.333333, 12.25, .nan, .infinity]
        for value in values {
            var expected = "null"
            if value.isFinite {
                expected = NumberText.fixed(value, places: digits)
                if expected.contains(".") {
                    while expected.hasSuffix("0") { expected.removeLast() }
                    if expected.hasSuffix(".") { expected.removeLast() }
                }
            }
            #expect(JSONValue.number(value, digits: digits).serialized() == expected, "\(value) to \(digits)")
        }
    }

    @Test("decimal integers are spelt as String(_:) spells them")
    func decimals() {
        let values = [0, 1, 9, 10, 11, 99, 100, 12_345, -1, -9, -10, -12_345, Int.max, Int.min, Int.max - 1]
        for value in values {
            var buffer = ByteBuffer(capacity: 1)
            buffer.appendDecimal(value)
            #expect(buffer.string == String(value))
        }
    }

    @Test("a buffer keeps every byte when it grows")
    func growthKeepsBytes() {
        var buffer = ByteBuffer(capacity: 1)
        var expected = ""
        for i in 0..<2_000 {
            buffer.append("x")
            buffer.appendDecimal(i)
            buffer.append(repeating: UInt8(ascii: " "), count: i % 5)
            expected += "x\(i)" + String(repeating: " ", count: i % 5)
        }
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.string == expected)
        buffer.removeAll()
        #expect(buffer.count == 0)
        #expect(buffer.string.isEmpty)
    }

    @Test("outline columns count characters, not bytes, outside printable ASCII")
    func outlineWidths() {
        #expect(OutlineWriter.width(of: "OP 12(a)") == 8)
        #expect(OutlineWriter.width(of: "Réaffirmant") == 11)
        #expect(OutlineWriter.width(of: "e\u{301}") == 1)
        var out: [UInt8] = []
        OutlineWriter.appendFirstWords("Réaffirmant sa résolution antérieure sur le sujet", limit: 20, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Réaffirmant sa…")
        out.removeAll()
        OutlineWriter.appendFirstWords("Reaffirming its earlier resolution on the subject", limit: 20, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Reaffirming its…")
        out.removeAll()
        OutlineWriter.appendFirstWords("Short text", limit: 20, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Short text")
    }

    @Test("the JSON tree written paragraph by paragraph is the serialised jsonValue",
          arguments: ["sample", "unga", "nested"])
    func renderedJSONMatchesTree(_ which: String) throws {
        let text: String
        switch which {
        case "sample": text = try Corpus.text(Corpus.sample)
        case "unga": text = try Corpus.text(Corpus.unga.appendingPathComponent(Corpus.ungaFiles[0]))
        default:
            text = """
            Resolution on Testing

            Recalling its earlier work, "quoted" and \\ escaped;

            1. Calls upon:
            (a) the first body to act:
            (i) promptly;
            (ii) fully;
            (b) the second body to report.
            2. Decides to remain seized of the matter.
            """
        }
        let resolution = ResolutionParser().parse(text)
        if which == "nested" {
            #expect(resolution.operative.first?.children.count == 2)
            #expect(resolution.operative.first?.children.first?.children.count == 2)
        }
        #expect(resolution.renderJSON() == resolution.jsonValue.serialized() + "\n")
    }
}
