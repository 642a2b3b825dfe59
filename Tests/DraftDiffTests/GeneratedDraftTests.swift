import ClauseTree
import Foundation
import Testing
@testable import DraftDiff

@Suite("DraftDiffer on generated drafts", .enabled(if: Generator.isAvailable), .serialized)
struct GeneratedDraftTests {
    @Test("a draft compared with itself has no changes", arguments: [(1, 40), (2, 300), (3, 1_000)])
    func selfComparison(seed: Int, paragraphs: Int) throws {
        let generator = try Generator()
        defer { generator.cleanUp() }
        let draft = ResolutionParser().parse(try generator.draft(paragraphs: paragraphs, seed: seed))
        #expect(draft.paragraphs.count == paragraphs)
        let comparison = DraftDiffer().compare(draft, draft)
        checkCoverage(comparison)
        #expect(!comparison.hasDifferences)
    }

    @Test("PDF-extraction noise alone is no change")
    func messyLayout() throws {
        let generator = try Generator()
        defer { generator.cleanUp() }
        let draft = ResolutionParser().parse(try generator.draft(paragraphs: 300, seed: 4))
        let (text, _) = try generator.amend(seed: 5, rate: 0, messy: 0.3)
        let comparison = DraftDiffer().compare(draft, ResolutionParser().parse(text))
        let changed = comparison.changes.filter(\.kind.isChange)
        #expect(changed.isEmpty, "\(changed.prefix(3))")
    }

    @Test("paragraph mapping matches the generator's ground truth")
    func mappingQuality() throws {
        var runs: [(label: String, quality: MappingQuality)] = []
        for (rate, seed) in [(0.05, 11), (0.1, 12), (0.3, 13)] {
            var total: MappingQuality?
            for round in 0..<3 {
                let generator = try Generator()
                defer { generator.cleanUp() }
                let old = ResolutionParser().parse(try generator.draft(paragraphs: 400, seed: seed * 10 + round))
                let (text, truth) = try generator.amend(seed: seed * 10 + round + 5, rate: rate)
                let comparison = DraftDiffer().compare(old, ResolutionParser().parse(text))
                checkCoverage(comparison)
                let quality = MappingQuality(comparison: comparison, truth: truth)
                total = total.map { $0.adding(quality) } ?? quality
            }
            if let total { runs.append((label: "rate \(rate)", quality: total)) }
        }
        print("Paragraph mapping and kinds against generator truth (3 × 400 paragraphs per rate):\n"
              + MappingQuality.table(runs))
        for run in runs {
            let floor = run.label == "rate 0.3" ? 0.95 : 0.98
            #expect(run.quality.mapping.precision >= floor, "\(run.label)")
            #expect(run.quality.mapping.recall >= floor, "\(run.label)")
        }
    }
}
