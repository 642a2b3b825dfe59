import ClauseTree

/// Where a draft paragraph's language stands against earlier resolutions.
public enum OriginStatus: String, Sendable, Hashable, CaseIterable {
    /// No earlier paragraph carries its language.
    case new
    /// An earlier paragraph is its clear source, but the words changed.
    case adapted
    /// An earlier paragraph has the same text (layout, number and final mark aside).
    case reused
}

/// A paragraph of an earlier resolution: its file and place.
public struct PriorParagraphRef: Sendable, Hashable {
    /// The file, as the user named it or as found in a named folder.
    public var file: String
    /// Preamble or operative part.
    public var section: Section
    /// 1-based position in its section.
    public var index: Int
    /// The number as printed, if any.
    public var number: String?
    /// The Akoma Ntoso eId (`recs__rec_3`, `para_8`).
    public var id: String

    /// Creates a reference.
    public init(file: String, section: Section, index: Int, number: String?, id: String) {
        self.file = file
        self.section = section
        self.index = index
        self.number = number
        self.id = id
    }

    /// "prior.txt OP 8" (or "PP 3").
    public var label: String { "\(file) \(section.label) \(number ?? String(index))" }
}

/// One draft paragraph with its status against the earlier resolutions.
public struct ParagraphOrigin: Sendable, Hashable {
    /// The draft paragraph.
    public var paragraph: Paragraph
    /// New, adapted or reused.
    public var status: OriginStatus
    /// The match score against ``source``, 0…1: 1 for reused, nil for new; for adapted the
    /// weighted word-sequence similarity, or the containment when ``splitOff`` (see
    /// ``AddedSinceFinder``).
    public var similarity: Double?
    /// The earlier paragraph it was taken from; nil for new.
    public var source: PriorParagraphRef?
    /// For a reused paragraph, how many earlier paragraphs carry the same text (``source``
    /// is one of them); 1 for adapted, 0 for new.
    public var copies: Int
    /// For an adapted paragraph, the word-level changes from the source; empty otherwise.
    public var words: [WordChange]
    /// True for an adapted paragraph split off its source (it and a neighbour carry the source).
    public var splitOff: Bool

    /// Creates an entry.
    public init(paragraph: Paragraph, status: OriginStatus, similarity: Double?, source: PriorParagraphRef?,
                copies: Int = 0, words: [WordChange] = [], splitOff: Bool = false) {
        self.paragraph = paragraph
        self.status = status
        self.similarity = similarity
        self.source = source
        self.copies = copies
        self.words = words
        self.splitOff = splitOff
    }
}

/// How much a draft borrows from one earlier file.
public struct SourceTally: Sendable, Hashable {
    /// The earlier file.
    public var file: String
    /// Draft paragraphs whose exact text this file carries.
    public var reused: Int
    /// Draft paragraphs adapted from a paragraph of this file (their best source).
    public var adapted: Int

    /// Creates a tally.
    public init(file: String, reused: Int, adapted: Int) {
        self.file = file
        self.reused = reused
        self.adapted = adapted
    }

    /// Reused plus adapted.
    public var total: Int { reused + adapted }
}

/// Every paragraph of a draft with its status against earlier resolutions, and the earlier
/// files ranked by how much the draft takes from them.
///
/// ```swift
/// let report = AddedSinceFinder().report(for: draft, against: corpus)
/// print(report.summaryLine)        // "2 new, 3 adapted, 29 reused of 34"
/// ```
public struct AddedSinceReport: Sendable, Hashable {
    /// The draft's paragraphs in document order (preamble, then operative part).
    public var paragraphs: [ParagraphOrigin]
    /// Earlier files that carry at least one draft paragraph, most borrowed-from first.
    public var sources: [SourceTally]
    /// The number of earlier files compared against.
    public var priorFiles: Int
    /// The number of earlier paragraphs compared against.
    public var priorParagraphs: Int
    /// The score needed for `adapted`.
    public var threshold: Double

    /// Creates a report.
    public init(paragraphs: [ParagraphOrigin], sources: [SourceTally], priorFiles: Int, priorParagraphs: Int,
                threshold: Double) {
        self.paragraphs = paragraphs
        self.sources = sources
        self.priorFiles = priorFiles
        self.priorParagraphs = priorParagraphs
        self.threshold = threshold
    }

    /// The number of paragraphs with `status`.
    public func count(_ status: OriginStatus) -> Int {
        paragraphs.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
    }

    /// True when some paragraph is new.
    public var hasNew: Bool { paragraphs.contains { $0.status == .new } }

    /// "2 new, 3 adapted, 29 reused of 34".
    public var summaryLine: String {
        "\(count(.new)) new, \(count(.adapted)) adapted, \(count(.reused)) reused of \(paragraphs.count)"
    }

    /// The paragraphs in reading order for a report: new, then adapted, then reused, each
    /// group in document order.
    public var groupedParagraphs: [ParagraphOrigin] {
        [OriginStatus.new, .adapted, .reused].flatMap { status in paragraphs.filter { $0.status == status } }
    }
}
