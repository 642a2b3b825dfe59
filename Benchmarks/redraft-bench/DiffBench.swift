import ClauseTree
import DraftDiff
import Foundation

/// Comparing two drafts: the comparison alone, its JSON report, and everything `redraft diff
/// --format json` does in-process (parse both, compare, JSON).
enum DiffBench {
    static func run(_ options: BenchOptions, into table: inout ResultTable) throws {
        let inputs = options.inputs
        for size in options.sizes {
            let oldText = try inputs.read(try inputs.draft(size))
            let newText = try inputs.read(try inputs.amended(size))
            compare(oldText, newText, label: "generated \(size) ¶ pair", iterations: options.iterations, into: &table)
        }
        guard options.realTexts else { return }
        let unga = try inputs.ungaFiles().map { try inputs.read($0) }
        let drafts = unga.map { ResolutionParser().parse($0) }
        let pairs = Array(zip(drafts, drafts.dropFirst()))
        let differ = DraftDiffer()
        let measurement = Measurement.run(iterations: options.iterations) {
            for (old, new) in pairs { blackHole(differ.compare(old, new).changes.count) }
        }
        table.add(ResultRow(operation: "diff: compare", input: "unga72 (\(pairs.count) neighbours)", bytes: nil,
                            items: (pairs.count, "pairs"), measurement: measurement))
    }

    static func compare(_ oldText: String, _ newText: String, label: String, iterations: Int,
                        into table: inout ResultTable) {
        let old = ResolutionParser().parse(oldText)
        let new = ResolutionParser().parse(newText)
        let differ = DraftDiffer()
        let paragraphs = old.paragraphs.count + new.paragraphs.count
        let (comparing, comparison) = Measurement.producing(iterations: iterations) {
            differ.compare(old, new)
        }
        table.add(ResultRow(operation: "diff: compare", input: label, bytes: nil,
                            items: (paragraphs, "¶"), measurement: comparing))
        let changes = comparison.changes.count
        let json = Measurement.run(iterations: iterations) {
            blackHole(comparison.jsonReport(oldName: "old.txt", newName: "new.txt").utf8.count)
        }
        table.add(ResultRow(operation: "diff: JSON report", input: label, bytes: nil,
                            items: (changes, "changes"), measurement: json))
        let whole = Measurement.run(iterations: iterations) {
            let o = ResolutionParser().parse(oldText)
            let n = ResolutionParser().parse(newText)
            blackHole(differ.compare(o, n).jsonReport(oldName: "old.txt", newName: "new.txt").utf8.count)
        }
        table.add(ResultRow(operation: "diff: parse+compare+JSON", input: label,
                            bytes: oldText.utf8.count + newText.utf8.count, measurement: whole))
    }
}
