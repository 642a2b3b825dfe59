/// The drafting convention a draft follows.
public enum DraftingConvention: String, Sendable, CaseIterable {
    /// Asia-Pacific Parliamentary Forum: preambular paragraphs end with ";", a sponsor is named.
    case appf
    /// United Nations: preambular paragraphs end with ",".
    case un
}

/// One drafting finding: `FILE:LINE: severity: message` when printed.
public struct Finding: Sendable, Hashable {
    /// How serious the finding is.
    public var severity: Diagnostic.Severity
    /// The 1-based source line.
    public var line: Int
    /// A message for people.
    public var message: String

    /// Creates a finding.
    public init(_ severity: Diagnostic.Severity, line: Int, _ message: String) {
        self.severity = severity
        self.line = line
        self.message = message
    }
}

/// Checks a parsed draft against drafting rules: numbering gaps and duplicates, paragraph
/// endings, leading phrases, the sponsor line and leftover noise.
public struct DraftChecker: Sendable {
    /// The convention checked against.
    public var convention: DraftingConvention

    /// Creates a checker for `convention`.
    public init(convention: DraftingConvention = .appf) {
        self.convention = convention
    }

    /// All findings, ordered by line.
    public func check(_ r: Resolution) -> [Finding] {
        var findings: [Finding] = []
        checkNumbering(r.operative, findings: &findings)
        let preambleEnd = convention == .appf ? ";" : ","
        for p in r.preamble {
            let text = lastText(p)
            let ok = text.hasSuffix(preambleEnd) || (convention == .appf && text.hasSuffix("; and"))
                || (convention == .un && text.hasSuffix(", and"))
                || (p.index == r.preamble.count && r.leadIn == nil && text.hasSuffix(":"))
            if !ok {
                findings.append(Finding(.warning, line: p.lines.last,
                                        "\(p.label) should end with \"\(preambleEnd)\" (\(convention.rawValue) convention)"))
            }
        }
        for p in r.operative {
            let text = lastText(p)
            let isLast = p.index == r.operative.count
            if isLast, !text.hasSuffix(".") {
                findings.append(Finding(.warning, line: p.lines.last, "\(p.label), the last operative paragraph, should end with \".\""))
            } else if !isLast, !(text.hasSuffix(";") || text.hasSuffix("; and")) {
                findings.append(Finding(.warning, line: p.lines.last, "\(p.label) should end with \";\""))
            }
        }
        for p in r.paragraphs {
            guard let first = p.lead.first else {
                findings.append(Finding(.warning, line: p.lines.first, "\(p.label) has no leading phrase"))
                continue
            }
            if first.isLetter, !first.isUppercase {
                findings.append(Finding(.warning, line: p.lines.first, "\(p.label): leading phrase \"\(p.lead)\" is not capitalised"))
            } else if !LeadingPhrase.isKnown(p.lead) {
                findings.append(Finding(.warning, line: p.lines.first, "\(p.label): unknown leading phrase \"\(p.lead)\""))
            }
            if p.section == .operative, LeadingPhrase.classify(coreWord(p.lead)) == .preambular {
                findings.append(Finding(.warning, line: p.lines.first, "\(p.label) opens with a preambular phrase \"\(p.lead)\""))
            }
            if p.section == .preamble, LeadingPhrase.classify(coreWord(p.lead)) == .operative {
                findings.append(Finding(.warning, line: p.lines.first, "\(p.label) opens with an operative verb \"\(p.lead)\""))
            }
        }
        if convention == .appf, r.sponsors.isEmpty {
            findings.append(Finding(.warning, line: 1, "no sponsor line (\"(Sponsored by …)\")"))
        }
        for line in r.noise {
            findings.append(Finding(.warning, line: line.line, "noise outside any paragraph: \"\(line.text.prefix(60))\""))
        }
        return findings.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    private func coreWord(_ lead: String) -> String {
        let words = lead.split(separator: " ").map { $0.lowercased() }
        return words.first { !LeadingPhrase.modifiers.contains($0) } ?? words.last ?? ""
    }

    /// The text that carries the paragraph's final punctuation: its last descendant's.
    private func lastText(_ p: Paragraph) -> String {
        var current = p
        while let last = current.children.last { current = last }
        return current.text
    }

    private func checkNumbering(_ operative: [Paragraph], findings: inout [Finding]) {
        var expected = 1
        var seen: Set<String> = []
        for p in operative {
            guard let number = p.number, let value = Int(number) else { continue }
            if seen.contains(number) {
                findings.append(Finding(.error, line: p.lines.first, "operative paragraph number \(number) is used twice"))
            } else if value > expected {
                let missing = value == expected + 1 ? "\(expected)" : "\(expected)–\(value - 1)"
                findings.append(Finding(.error, line: p.lines.first, "numbering gap: operative paragraph \(missing) missing before \(number)"))
            } else if value < expected {
                findings.append(Finding(.error, line: p.lines.first, "numbering out of order: \(number) after \(expected - 1)"))
            }
            seen.insert(number)
            expected = max(expected, value + 1)
            checkSubNumbering(p, findings: &findings)
        }
    }

    private func checkSubNumbering(_ p: Paragraph, findings: inout [Finding]) {
        for (offset, child) in p.children.enumerated() {
            guard let marker = child.number else { continue }
            let value = Numbering.letterValue(marker) ?? Numbering.romanValue(marker)
            let usesRoman = p.children.first?.number == "i" && p.children.count > 1 && p.children[1].number == "ii"
            let actual = usesRoman ? Numbering.romanValue(marker) : value
            if let actual, actual != offset + 1 {
                findings.append(Finding(.error, line: child.lines.first, "\(p.label): sub-paragraph (\(marker)) out of sequence"))
            }
            checkSubNumbering(child, findings: &findings)
        }
    }
}
