/// The ground truth that the shared synthetic-draft generator (`gen_resolutions.py --truth`)
/// writes next to an amended draft, as far as ``MappingQuality`` needs it.
///
/// Paragraph indices are 0-based positions in the document, preamble then operative.
///
/// ```swift
/// let truth = try JSONDecoder().decode(GeneratorTruth.self, from: Data(contentsOf: truthURL))
/// ```
public struct GeneratorTruth: Decodable, Sendable {
    /// One paragraph of the source draft.
    public struct Original: Decodable, Sendable {
        /// Position in the source draft.
        public var index: Int
        /// "pre" or "op".
        public var kind: String
        /// The printed number of an operative paragraph.
        public var number: Int?
        /// Positions in the amended draft it went to.
        public var to: [Int]
        /// What the generator did to it ("modified", "moved", "deleted", …).
        public var ops: [String]
    }

    /// One paragraph of the amended draft.
    public struct Amended: Decodable, Sendable {
        /// Position in the amended draft.
        public var index: Int
        /// "pre" or "op".
        public var kind: String
        /// The printed number of an operative paragraph.
        public var number: Int?
        /// Positions in the source draft it came from (empty for an inserted paragraph).
        public var from: [Int]
        /// What the generator did ("modified", "moved", "inserted", "split", "merged").
        public var ops: [String]
    }

    /// Every source paragraph.
    public var original: [Original]
    /// Every amended paragraph.
    public var amended: [Amended]

    /// Creates a truth from its parts.
    public init(original: [Original], amended: [Amended]) {
        self.original = original
        self.amended = amended
    }

    /// The change kind the truth implies for each amended paragraph, by position. A paragraph
    /// with unchanged text is ``ChangeKind/unchanged`` when it kept its number (operative) or
    /// its position (preambular), else ``ChangeKind/renumbered`` — the differ's own rule.
    public func kindsOfAmended() -> [Int: ChangeKind] {
        var kinds: [Int: ChangeKind] = [:]
        for paragraph in amended {
            let ops = Set(paragraph.ops)
            let kind: ChangeKind
            if ops.contains("moved") {
                kind = .moved
            } else if ops.contains("split") {
                kind = .split
            } else if ops.contains("merged") {
                kind = .merged
            } else if ops.contains("inserted") {
                kind = .added
            } else if ops.contains("modified") {
                kind = .modified
            } else if let i = paragraph.from.first, original.indices.contains(i) {
                let source = original[i]
                let same = paragraph.kind == "op" ? paragraph.number == source.number : paragraph.index == source.index
                kind = same ? .unchanged : .renumbered
            } else {
                kind = .added
            }
            kinds[paragraph.index] = kind
        }
        return kinds
    }

    /// Positions of the source paragraphs the generator deleted.
    public var deleted: [Int] { original.filter { $0.ops == ["deleted"] }.map(\.index) }
}
