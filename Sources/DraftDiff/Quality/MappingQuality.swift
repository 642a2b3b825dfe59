/// Precision and recall of a ``DraftComparison`` against generator ground truth: of the
/// paragraph mapping (pairs "amended position came from source position") and of each kind.
///
/// ```swift
/// let quality = MappingQuality(comparison: DraftDiffer().compare(old, new), truth: truth)
/// print(quality.mapping.precision, quality.mapping.recall)
/// print(MappingQuality.table([(label: "rate 0.1", quality: quality)]))
/// ```
public struct MappingQuality: Sendable {
    /// Precision and recall of one measure, with the counts behind them.
    public struct Score: Sendable, Hashable {
        /// Predictions that are in the truth.
        public var truePositives: Int
        /// All predictions.
        public var predicted: Int
        /// All items of the truth.
        public var actual: Int

        /// Share of predictions that are right (1 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        /// Share of the truth that was found (1 when there was nothing to find).
        public var recall: Double { actual == 0 ? 1 : Double(truePositives) / Double(actual) }

        /// A score from its counts.
        public init(truePositives: Int, predicted: Int, actual: Int) {
            self.truePositives = truePositives
            self.predicted = predicted
            self.actual = actual
        }

        /// The score of a predicted set against the actual one.
        public init<T: Hashable>(predicted: Set<T>, actual: Set<T>) {
            self.init(truePositives: predicted.intersection(actual).count, predicted: predicted.count,
                      actual: actual.count)
        }

        /// The pooled counts of two scores.
        public func adding(_ other: Score) -> Score {
            Score(truePositives: truePositives + other.truePositives, predicted: predicted + other.predicted,
                  actual: actual + other.actual)
        }
    }

    /// Quality of the paragraph mapping.
    public var mapping: Score
    /// Quality per kind (every kind present). Amended paragraphs are the items, plus deleted
    /// source paragraphs for ``ChangeKind/deleted``.
    public var kinds: [ChangeKind: Score]

    private struct Item: Hashable {
        var isNew: Bool
        var position: Int
    }

    private struct Pair: Hashable {
        var new: Int
        var old: Int
    }

    /// Measures `comparison` against `truth`.
    public init(comparison: DraftComparison, truth: GeneratorTruth) {
        let oldPreamble = comparison.old.preamble.count, newPreamble = comparison.new.preamble.count
        func position(_ ref: ParagraphRef, preamble: Int) -> Int {
            ref.section == .preamble ? ref.index - 1 : preamble + ref.index - 1
        }
        var predictedPairs = Set<Pair>()
        var predictedKinds: [ChangeKind: Set<Item>] = [:]
        for change in comparison.changes {
            for n in change.new {
                let j = position(n, preamble: newPreamble)
                predictedKinds[change.kind, default: []].insert(Item(isNew: true, position: j))
                for o in change.old { predictedPairs.insert(Pair(new: j, old: position(o, preamble: oldPreamble))) }
            }
            if change.kind == .deleted {
                for o in change.old {
                    predictedKinds[.deleted, default: []].insert(Item(isNew: false, position: position(o, preamble: oldPreamble)))
                }
            }
        }
        var actualPairs = Set<Pair>()
        for paragraph in truth.amended {
            for i in paragraph.from { actualPairs.insert(Pair(new: paragraph.index, old: i)) }
        }
        var actualKinds: [ChangeKind: Set<Item>] = [:]
        for (j, kind) in truth.kindsOfAmended() { actualKinds[kind, default: []].insert(Item(isNew: true, position: j)) }
        for i in truth.deleted { actualKinds[.deleted, default: []].insert(Item(isNew: false, position: i)) }
        mapping = Score(predicted: predictedPairs, actual: actualPairs)
        kinds = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map {
            ($0, Score(predicted: predictedKinds[$0] ?? [], actual: actualKinds[$0] ?? []))
        })
    }

    /// The pooled counts of two measurements.
    public func adding(_ other: MappingQuality) -> MappingQuality {
        var sum = self
        sum.mapping = mapping.adding(other.mapping)
        for (kind, score) in other.kinds { sum.kinds[kind] = kinds[kind].map { $0.adding(score) } ?? score }
        return sum
    }

    /// A Markdown table with one column per run: "precision / recall (truth count)" for the
    /// mapping and for each kind.
    public static func table(_ runs: [(label: String, quality: MappingQuality)]) -> String {
        func cell(_ score: Score?) -> String {
            guard let score, score.actual > 0 || score.predicted > 0 else { return "–" }
            return "\(fixed(score.precision)) / \(fixed(score.recall)) (\(score.actual))"
        }
        var lines = ["| measure: precision / recall (truth count) | " + runs.map(\.label).joined(separator: " | ") + " |",
                     "|---|" + String(repeating: "---|", count: runs.count)]
        lines.append("| mapping | " + runs.map { cell($0.quality.mapping) }.joined(separator: " | ") + " |")
        for kind in ChangeKind.allCases {
            lines.append("| \(kind.rawValue) | " + runs.map { cell($0.quality.kinds[kind]) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// `value` (0…1) with three decimals.
    private static func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
