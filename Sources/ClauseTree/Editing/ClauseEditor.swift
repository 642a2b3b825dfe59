/// Edits one clause of a draft's source text and keeps every other byte as it was.
///
/// Only the lines of the addressed clause change, plus the number at the start of each
/// operative paragraph whose number shifts (operative paragraphs, and only they, are
/// renumbered 1, 2, 3 … when the draft numbers them). Line ends (LF or CRLF) follow the file.
///
/// ```swift
/// let editor = ClauseEditor(source: text)
/// let updated = try editor.apply(.replace(try ClauseAddress(parsing: "op8"), text: "Urge …;"))
/// ```
public struct ClauseEditor: Sendable {
    /// The source text being edited.
    public let source: String
    let resolution: Resolution

    /// Creates an editor over `source`.
    public init(source: String) {
        self.source = source
        self.resolution = ResolutionParser().parse(source)
    }

    /// The whole new source text after `edit`.
    /// - Throws: ``ClauseEditError`` when the address does not exist, the text is not one
    ///   paragraph, or the result would not parse as expected.
    public func apply(_ edit: ClauseEdit) throws(ClauseEditError) -> String {
        var lines = SourceLines(source)
        let expected: (preamble: Int, operative: Int)
        let counts = (resolution.preamble.count, resolution.operative.count)
        switch edit {
        case .replace(let address, let text):
            let target = try find(address)
            let replacement = try newLines(text, for: target, address: address, lines: lines)
            lines.replace(target.lines.first, through: target.lines.last, with: replacement)
            expected = counts
        case .insertAfter(let address, let text), .insertBefore(let address, let text):
            let target = try findTopLevel(address)
            var block = try newLines(text, forNewIn: target.section, lines: lines)
            if case .insertAfter = edit {
                lines.insert(["" ] + block, after: target.lines.last)
            } else {
                block.append("")
                lines.insert(block, after: target.lines.first - 1)
            }
            expected = target.section == .preamble ? (counts.0 + 1, counts.1) : (counts.0, counts.1 + 1)
        case .delete(let address):
            let target = try find(address)
            lines.removeBlock(target.lines.first, through: target.lines.last)
            if address.path.isEmpty {
                expected = target.section == .preamble ? (counts.0 - 1, counts.1) : (counts.0, counts.1 - 1)
            } else {
                expected = counts
            }
        case .move(let address, let destination):
            let moving = try findTopLevel(address)
            let target = try findTopLevel(destination)
            if moving.id == target.id { throw .moveOntoItself(address) }
            var block = lines.text(moving.lines.first, through: moving.lines.last)
            block[0] = Self.retarget(block[0], to: target.section, numbered: Self.numbers(resolution))
            // Insert first (line numbers before the moved block stay valid), then remove.
            let insertAfter = target.lines.last
            lines.insert([""] + block, after: insertAfter)
            let shift = insertAfter < moving.lines.first ? block.count + 1 : 0
            lines.removeBlock(moving.lines.first + shift, through: moving.lines.last + shift)
            var e = counts
            if moving.section != target.section {
                if moving.section == .preamble { e = (e.0 - 1, e.1 + 1) } else { e = (e.0 + 1, e.1 - 1) }
            }
            expected = e
        }
        // Renumbering rewrites digits only, so the tree it parsed serves for the check too.
        let (edited, check) = Self.renumber(lines.joined())
        guard check.preamble.count == expected.preamble, check.operative.count == expected.operative else {
            throw .inconsistentResult("expected \(expected.preamble) preambular and \(expected.operative) operative paragraphs, got \(check.preamble.count) and \(check.operative.count)")
        }
        return edited
    }

    // MARK: Finding clauses

    func find(_ address: ClauseAddress) throws(ClauseEditError) -> Paragraph {
        guard let p = address.resolve(in: resolution) else { throw .noSuchClause(address) }
        return p
    }

    func findTopLevel(_ address: ClauseAddress) throws(ClauseEditError) -> Paragraph {
        guard address.path.isEmpty else { throw .topLevelOnly(address) }
        return try find(address)
    }

    // MARK: New text

    /// The lines replacing `target`: its own prefix (indentation and number or marker) kept.
    func newLines(_ text: String, for target: Paragraph, address: ClauseAddress, lines: SourceLines) throws(ClauseEditError) -> [String] {
        let body = try validated(text, asSubParagraph: !address.path.isEmpty, section: target.section)
        let original = lines.text(target.lines.first, through: target.lines.first)[0]
        let prefix = Self.prefix(of: original)
        return [prefix + body[0]] + body.dropFirst()
    }

    /// The lines of a new top-level paragraph in `section`, numbered when the section is.
    func newLines(_ text: String, forNewIn section: Section, lines: SourceLines) throws(ClauseEditError) -> [String] {
        let body = try validated(text, asSubParagraph: false, section: section)
        let numbered = section == .operative && Self.numbers(resolution)
        // A provisional number; renumbering gives the final one.
        return [(numbered ? "0. " : "") + body[0]] + body.dropFirst()
    }

    /// The new text as lines, checked to read as exactly one paragraph (with its own
    /// sub-paragraphs, on lines of their own) of the right kind.
    func validated(_ text: String, asSubParagraph: Bool, section: Section) throws(ClauseEditError) -> [String] {
        var body = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { String($0).trimmingTrailingSpaces() }
        while body.last?.isEmpty == true { body.removeLast() }
        while body.first?.isEmpty == true { body.removeFirst() }
        guard !body.isEmpty else { throw .notOneParagraph("it is empty") }
        if body.contains(where: \.isEmpty) { throw .notOneParagraph("it contains a blank line") }
        // A number or marker typed with the text is dropped: the draft's own is kept.
        if let (_, rest) = Numbering.operativeNumber(body[0]), !rest.isEmpty { body[0] = rest }
        if asSubParagraph, let (_, rest) = Numbering.subMarker(body[0]), !rest.isEmpty { body[0] = rest }
        let probe: String
        if asSubParagraph {
            guard body.count == 1 else { throw .notOneParagraph("a sub-paragraph is one line of text") }
            probe = "Title\n\nRecalling the probe;\n\n1. Probe:\n(a) \(body[0])\n"
        } else if section == .preamble {
            probe = "Title\n\n" + body.joined(separator: "\n") + "\n\n1. Probe.\n"
        } else {
            probe = "Title\n\nRecalling the probe;\n\n1. " + body.joined(separator: "\n") + "\n"
        }
        let parsed = ResolutionParser().parse(probe)
        let ok: Bool
        if asSubParagraph {
            ok = parsed.operative.count == 1 && parsed.operative[0].children.count == 1
        } else if section == .preamble {
            ok = parsed.preamble.count == 1 && parsed.operative.count == 1
        } else {
            ok = parsed.preamble.count == 1 && parsed.operative.count == 1
        }
        guard ok, parsed.noise.isEmpty else {
            throw .notOneParagraph("it reads as \(parsed.preamble.count + parsed.operative.count - 1) paragraphs")
        }
        return body
    }

    // MARK: Numbers

    /// True when the draft prints numbers on its operative paragraphs.
    static func numbers(_ r: Resolution) -> Bool { r.operative.contains { $0.number != nil } }

    /// The indentation and number or marker at the start of a paragraph's first line.
    static func prefix(of line: String) -> String {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indent.count)
        var end = rest.startIndex
        if let first = rest.first, first.isNumber {
            end = rest.firstIndex { !$0.isNumber } ?? rest.endIndex
            guard end < rest.endIndex, rest[end] == "." || rest[end] == ")" else { return String(indent) }
            end = rest.index(after: end)
        } else if rest.first == "(", let close = rest.firstIndex(of: ")") {
            end = rest.index(after: close)
        } else {
            return String(indent)
        }
        let spaces = rest[end...].prefix { $0 == " " || $0 == "\t" }
        return String(indent) + rest[rest.startIndex..<end] + spaces
    }

    /// A moved paragraph's first line adapted to its new section: a number added or removed.
    static func retarget(_ line: String, to section: Section, numbered: Bool) -> String {
        let prefix = prefix(of: line)
        let hasNumber = prefix.contains { $0.isNumber }
        switch (section, hasNumber) {
        case (.preamble, true): return String(line.dropFirst(prefix.count))
        case (.operative, false) where numbered: return "0. " + line.drop { $0 == " " }
        default: return line
        }
    }

    /// Renumbers numbered operative paragraphs 1, 2, 3 … in `text`, rewriting only the digits;
    /// also returns the tree parsed from `text` (its paragraph counts hold for the result).
    static func renumber(_ text: String) -> (text: String, tree: Resolution) {
        let r = ResolutionParser().parse(text)
        guard numbers(r) else { return (text, r) }
        var lines = SourceLines(text)
        var expected = 1
        for p in r.operative {
            guard let number = p.number else { continue }
            if number != String(expected) {
                lines.renumber(line: p.lines.first, from: number, to: String(expected))
            }
            expected += 1
        }
        return (lines.joined(), r)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
