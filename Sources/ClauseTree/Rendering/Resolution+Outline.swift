/// The readable outline: header fields, then one line per paragraph with its label, source
/// lines and first words.
struct OutlineWriter: ResolutionVisitor {
    /// The outline's UTF-8 bytes (appending bytes is much cheaper than appending to a String).
    var out: [UInt8] = []
    var width: Int
    var parentLabel = ""

    mutating func visitHeader(_ r: Resolution) {
        func field(_ name: String, _ value: String?) {
            Self.append(name + ":", paddedTo: 10, to: &out)
            out += (value ?? "—").utf8
            out.append(UInt8(ascii: "\n"))
        }
        field("Title", r.title)
        field("Meeting", r.meeting)
        field("Date", r.date)
        field("Sponsors", r.sponsors.isEmpty ? nil : r.sponsors.joined(separator: "; "))
        field("Formula", r.formula)
    }

    mutating func visitSection(_ section: Section, in r: Resolution) {
        let count = r.paragraphs(in: section).count
        out.reserveCapacity(out.count + 150 * count)   // about 150 bytes a line
        if section == .preamble {
            out += "\nPreamble: \(count) paragraph\(count == 1 ? "" : "s")\n".utf8
        } else {
            out += "\nOperative: \(count) paragraph\(count == 1 ? "" : "s")".utf8
            out += (r.leadIn.map { " (lead-in: \($0))" } ?? "").utf8
            out.append(UInt8(ascii: "\n"))
        }
    }

    mutating func visitParagraph(_ p: Paragraph, depth: Int) {
        let label: String
        if depth == 0 {
            label = p.label
            parentLabel = label
        } else {
            label = parentLabel + "(" + (p.number ?? String(p.index)) + ")"
            if depth == 1 { parentLabel = Self.topLabel(parentLabel) }
        }
        // The label column: indent and label, padded to 12 columns (at least one space after).
        let indentWidth = 2 * (depth + 1)
        let labelWidth = Self.width(of: label)
        let headWidth = max(12, indentWidth + labelWidth + 1)
        Self.appendSpaces(indentWidth, to: &out)
        out += label.utf8
        Self.appendSpaces(headWidth - indentWidth - labelWidth, to: &out)
        // The source lines, padded to 10 columns.
        let lines = "[" + p.lines.description + "]"
        Self.append(lines, paddedTo: 10, to: &out)
        let linesWidth = max(10, lines.utf8.count)
        Self.appendFirstWords(p.text, limit: max(20, width - headWidth - linesWidth), to: &out)
        out.append(UInt8(ascii: "\n"))
    }

    mutating func leaveParagraph(_ p: Paragraph, depth: Int) {
        if depth == 1 { parentLabel = Self.topLabel(parentLabel) }
    }

    mutating func visitClosing(_ r: Resolution) {
        if !r.closing.isEmpty {
            out += "\nClosing:\n".utf8
            for line in r.closing { out += "  line \(line.line): \(line.text)\n".utf8 }
        }
        if !r.noise.isEmpty {
            out += "\nNoise: \(r.noise.count) line\(r.noise.count == 1 ? "" : "s")\n".utf8
            for line in r.noise { out += "  line \(line.line): \(line.text)\n".utf8 }
        }
    }

    /// The label up to its first "(": "OP 3" of "OP 3(a)".
    static func topLabel(_ label: String) -> String {
        guard let open = label.utf8.firstIndex(of: UInt8(ascii: "(")) else { return label }
        return String(label[..<open])
    }

    /// How many columns `text` takes, in characters. Printable ASCII (almost every label and
    /// paragraph) has one character per byte, which is counted without walking graphemes.
    static func width(of text: String) -> Int {
        isPrintableASCII(text) ? text.utf8.count : text.count
    }

    /// True when every byte of `text` is printable ASCII (space to tilde): then characters,
    /// bytes and columns coincide.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        } ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Appends `text` followed by spaces up to `width` characters.
    static func append(_ text: String, paddedTo width: Int, to out: inout [UInt8]) {
        out += text.utf8
        appendSpaces(width - self.width(of: text), to: &out)
    }

    static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        if count > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
    }

    /// Appends `text` whole if it has at most `limit` characters, else its words up to
    /// `limit - 1` characters, cut at the last space, and "…".
    static func appendFirstWords(_ text: String, limit: Int, to out: inout [UInt8]) {
        if isPrintableASCII(text) {
            var text = text
            text.withUTF8 { bytes in
                guard bytes.count > limit else { out.append(contentsOf: bytes); return }
                var end = limit - 1
                if let space = bytes[..<end].lastIndex(of: UInt8(ascii: " ")) { end = space }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<end]))
                out += "…".utf8
            }
            return
        }
        guard text.count > limit else { out += text.utf8; return }
        var cut = Substring(text.prefix(limit - 1))
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        out += cut.utf8
        out += "…".utf8
    }
}

extension Resolution {
    /// A readable tree for people: header fields, then each paragraph with its label
    /// (PP 3, OP 8, OP 8(a)), source lines and first words, then closing lines and noise.
    public func renderOutline(width: Int = 100) -> String {
        var writer = OutlineWriter(width: width)
        walk(&writer)
        return String(decoding: writer.out, as: UTF8.self)
    }
}
