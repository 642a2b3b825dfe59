/// The address of one clause in a draft, as users type it: `pp3` (third preambular paragraph),
/// `op8`, `op8a` or `op8(a)` (a sub-paragraph), `op8(a)(ii)`, or an Akoma Ntoso eId
/// (`recs__rec_3`, `para_8`, `para_8__subpara_a`).
public struct ClauseAddress: Sendable, Hashable, CustomStringConvertible {
    /// The section addressed.
    public var section: Section
    /// The preambular index, or the operative number as printed (the index for unnumbered
    /// operative paragraphs).
    public var number: String
    /// Sub-paragraph markers below the paragraph, outermost first: ["a", "ii"].
    public var path: [String]

    /// Creates an address from its parts.
    public init(section: Section, number: String, path: [String] = []) {
        self.section = section
        self.number = number
        self.path = path
    }

    /// Parses `text` (case-insensitive, spaces ignored).
    /// - Throws: ``ClauseAddressError`` when the text is not an address.
    public init(parsing text: String) throws(ClauseAddressError) {
        let compact = String(text.lowercased().filter { !$0.isWhitespace })
        if let parsed = Self.parseAkomaNtoso(compact) ?? Self.parseShort(compact) {
            self = parsed
        } else {
            throw ClauseAddressError(text: text)
        }
    }

    /// "OP 8", "PP 3", "OP 8(a)(ii)".
    public var description: String {
        "\(section.label) \(number)" + path.map { "(\($0))" }.joined()
    }

    /// "operative paragraph 8", "preambular paragraph 3", "operative paragraph 8(a)".
    public var citation: String {
        "\(section.adjective) paragraph \(number)" + path.map { "(\($0))" }.joined()
    }

    /// The paragraph this address names in `resolution`, or nil.
    public func resolve(in resolution: Resolution) -> Paragraph? {
        let top: Paragraph?
        switch section {
        case .preamble:
            top = Int(number).flatMap { $0 >= 1 && $0 <= resolution.preamble.count ? resolution.preamble[$0 - 1] : nil }
        case .operative:
            top = resolution.operative.first { $0.number == number }
                ?? Int(number).flatMap { index in
                    resolution.operative.first { $0.number == nil && $0.index == index }
                }
        }
        guard var current = top else { return nil }
        for marker in path {
            guard let child = current.children.first(where: { $0.number == marker }) else { return nil }
            current = child
        }
        return current
    }

    private static func parseShort(_ s: String) -> ClauseAddress? {
        let section: Section
        if s.hasPrefix("pp") { section = .preamble } else if s.hasPrefix("op") { section = .operative } else { return nil }
        var rest = Substring(s.dropFirst(2)).drop { $0 == "_" || $0 == "." }
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        rest = rest.dropFirst(digits.count)
        var path: [String] = []
        while !rest.isEmpty {
            if rest.first == "(" {
                guard let close = rest.firstIndex(of: ")") else { return nil }
                let marker = rest[rest.index(after: rest.startIndex)..<close]
                guard !marker.isEmpty, marker.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
                path.append(String(marker))
                rest = rest[rest.index(after: close)...]
            } else if path.isEmpty, rest.allSatisfy({ $0.isLetter && $0.isASCII }) {
                path.append(String(rest))
                rest = ""
            } else {
                return nil
            }
        }
        if section == .preamble, !path.isEmpty { return nil }
        return ClauseAddress(section: section, number: String(digits), path: path)
    }

    private static func parseAkomaNtoso(_ s: String) -> ClauseAddress? {
        let parts = s.components(separatedBy: "__")
        guard let head = parts.first else { return nil }
        if parts.count == 2, head == "recs", parts[1].hasPrefix("rec_") {
            let n = parts[1].dropFirst(4)
            return !n.isEmpty && n.allSatisfy(\.isNumber) ? ClauseAddress(section: .preamble, number: String(n)) : nil
        }
        guard head.hasPrefix("para_") else { return nil }
        let n = head.dropFirst(5)
        guard !n.isEmpty, n.allSatisfy(\.isNumber) else { return nil }
        var path: [String] = []
        for part in parts.dropFirst() {
            guard part.hasPrefix("subpara_") else { return nil }
            let marker = part.dropFirst(8)
            guard !marker.isEmpty else { return nil }
            path.append(String(marker))
        }
        return ClauseAddress(section: .operative, number: String(n), path: path)
    }
}

/// A clause address that could not be read.
public struct ClauseAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public var text: String

    /// "not a clause address: …" with the accepted forms.
    public var description: String {
        "not a clause address: \"\(text)\" (use pp3, op8, op8a, op8(a), or an eId such as para_8)"
    }
}
