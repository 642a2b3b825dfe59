import ClauseTree
import DraftDiff
import Foundation

/// The ground truth the generator writes with `--truth`, as far as the quality measures need it.
struct AmendTruth: Decodable {
    /// One source paragraph.
    struct Original: Decodable {
        var index: Int
        var kind: String
        var number: Int?
        var to: [Int]
        var ops: [String]
    }

    /// One amended paragraph.
    struct Amended: Decodable {
        var index: Int
        var kind: String
        var number: Int?
        var from: [Int]
        var ops: [String]
    }

    var original: [Original]
    var amended: [Amended]
}

/// Precision and recall of a comparison against generator ground truth: of the paragraph
/// mapping (pairs amended index ← source index) and of each change kind.
struct MappingQuality {
    /// Precision and recall of one measure, with the counts behind them.
    struct Score {
        var truePositives: Int
        var predicted: Int
        var actual: Int
        /// Share of predictions that are right (1 when nothing was predicted).
        var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        /// Share of the truth that was found (1 when there was nothing to find).
        var recall: Double { actual == 0 ? 1 : Double(truePositives) / Double(actual) }

        init<T: Hashable>(predicted: Set<T>, actual: Set<T>) {
            truePositives = predicted.intersection(actual).count
            self.predicted = predicted.count
            self.actual = actual.count
        }
    }

    /// Quality of the paragraph mapping.
    var mapping: Score
    /// Quality per kind.
    var kinds: [ChangeKind: Score]

    /// A paragraph of either draft: `old` or `new`, and its 0-based document position.
    private struct Item: Hashable {
        var isNew: Bool
        var position: Int
    }

    /// Measures `comparison` against `truth`.
    init(comparison: DraftComparison, truth: AmendTruth) {
        let oldPreamble = comparison.old.preamble.count, newPreamble = comparison.new.preamble.count
        func position(_ ref: ParagraphRef, preamble: Int) -> Int {
            ref.section == .preamble ? ref.index - 1 : preamble + ref.index - 1
        }
        struct Pair: Hashable { var new: Int; var old: Int }
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
        var actualKinds: [ChangeKind: Set<Item>] = [:]
        for paragraph in truth.amended {
            for i in paragraph.from { actualPairs.insert(Pair(new: paragraph.index, old: i)) }
            let kind: ChangeKind
            if paragraph.ops.contains("moved") {
                kind = .moved
            } else if paragraph.ops.contains("split") {
                kind = .split
            } else if paragraph.ops.contains("merged") {
                kind = .merged
            } else if paragraph.ops.contains("inserted") {
                kind = .added
            } else if paragraph.ops.contains("modified") {
                kind = .modified
            } else if let i = paragraph.from.first {
                let source = truth.original[i]
                let same = paragraph.kind == "op" ? paragraph.number == source.number : paragraph.index == source.index
                kind = same ? .unchanged : .renumbered
            } else {
                kind = .added
            }
            actualKinds[kind, default: []].insert(Item(isNew: true, position: paragraph.index))
        }
        for paragraph in truth.original where paragraph.ops == ["deleted"] {
            actualKinds[.deleted, default: []].insert(Item(isNew: false, position: paragraph.index))
        }
        mapping = Score(predicted: predictedPairs, actual: actualPairs)
        kinds = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map {
            ($0, Score(predicted: predictedKinds[$0] ?? [], actual: actualKinds[$0] ?? []))
        })
    }

    /// A Markdown table of several runs, one column pair per run.
    static func table(_ runs: [(label: String, quality: MappingQuality)]) -> String {
        func cell(_ score: Score) -> String {
            score.actual == 0 && score.predicted == 0 ? "–" : String(format: "%.3f / %.3f (%d)", score.precision, score.recall, score.actual)
        }
        var lines = ["| measure (precision / recall (truth count)) | " + runs.map(\.label).joined(separator: " | ") + " |",
                     "|---|" + runs.map { _ in "---|" }.joined()]
        lines.append("| mapping | " + runs.map { cell($0.quality.mapping) }.joined(separator: " | ") + " |")
        for kind in ChangeKind.allCases {
            lines.append("| \(kind.rawValue) | " + runs.map { cell($0.quality.kinds[kind] ?? Score(predicted: Set<Int>(), actual: [])) }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
