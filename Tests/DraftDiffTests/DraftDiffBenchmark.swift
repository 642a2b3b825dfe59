import ClauseTree
import Foundation
import Testing
import DraftDiff

/// Timing on a large pair of drafts. Run in a release build with `REDRAFT_BENCH=30000` (the
/// paragraph count per side):
/// `REDRAFT_BENCH=30000 swift test -c release --filter DraftDiffBenchmark`.
@Suite("DraftDiffer benchmark", .enabled(if: ProcessInfo.processInfo.environment["REDRAFT_BENCH"] != nil && Generator.isAvailable))
struct DraftDiffBenchmark {
    @Test("compare two large drafts")
    func large() throws {
        let paragraphs = Int(ProcessInfo.processInfo.environment["REDRAFT_BENCH"] ?? "") ?? 30_000
        let generator = try Generator()
        defer { generator.cleanUp() }
        let old = ResolutionParser().parse(try generator.draft(paragraphs: paragraphs, seed: 1))
        let (text, truth) = try generator.amend(seed: 2, rate: 0.1)
        let new = ResolutionParser().parse(text)
        let differ = DraftDiffer()
        var comparison = differ.compare(old, new)
        var timings: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<3 {
            timings.append(clock.measure { comparison = differ.compare(old, new) })
        }
        let quality = MappingQuality(comparison: comparison, truth: truth)
        print("compare(\(old.paragraphs.count), \(new.paragraphs.count) paragraphs): best \(timings.min() ?? .zero) of \(timings); "
              + String(format: "mapping precision %.4f, recall %.4f", quality.mapping.precision, quality.mapping.recall)
              + "\n" + MappingQuality.table([(label: "\(paragraphs) paragraphs, rate 0.1", quality: quality)]))
    }
}
