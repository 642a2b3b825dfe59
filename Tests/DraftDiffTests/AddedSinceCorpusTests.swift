import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

@Suite("Added since: UN resolutions and generated corpora")
struct AddedSinceCorpusTests {
    /// The Anguilla decolonization resolution: most of its paragraphs also stand, with the
    /// territory's name changed, in those on Bermuda and American Samoa.
    static let anguilla = "N1743073.txt"
    static let bermuda = "N1743080.txt"
    static let americanSamoa = "N1743066.txt"

    @Test("paragraphs of one UN resolution are found in the others with the right sources, the draft itself left out",
          .enabled(if: FileManager.default.fileExists(atPath: AddedSinceSupport.unga72.path)))
    func unCorpus() throws {
        let caches = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: caches) }
        let draftPath = AddedSinceSupport.unga72.appendingPathComponent(Self.anguilla).path
        let draft = ResolutionParser().parse(try DraftText.read(path: draftPath))
        let corpus = try PriorCorpus.load([AddedSinceSupport.unga72.path], excluding: draftPath,
                                          options: CorpusOptions(cacheDirectory: caches.path))
        #expect(corpus.findings.contains { $0.path.hasSuffix("COMPLETE.txt") })
        let result = AddedSinceFinder().report(for: draft, against: corpus)
        #expect(result.paragraphs.allSatisfy { $0.source?.file.hasSuffix(Self.anguilla) != true })

        let byNumber = Dictionary(uniqueKeysWithValues: result.paragraphs.map { ($0.paragraph.number ?? "", $0) })
        // OP 1: "the people of Bermuda" → "the people of Anguilla", the rest word for word.
        let op1 = try #require(byNumber["1"])
        #expect(op1.status == .adapted)
        #expect(op1.source?.file.hasSuffix(Self.bermuda) == true && op1.source?.number == "1")
        #expect(op1.words.contains { $0.op == .delete && $0.text.contains("Bermuda") })
        #expect(op1.words.contains { $0.op == .insert && $0.text.contains("Anguilla") })
        // OP 13-15 stand word for word in the Bermuda resolution.
        for number in ["13", "14", "15"] {
            let origin = try #require(byNumber[number])
            #expect(origin.status == .reused)
            #expect(origin.source?.file.hasSuffix(Self.bermuda) == true)
        }
        // OP 4, on Anguilla's new constitution, is found nowhere else.
        #expect(byNumber["4"]?.status == .new)
        #expect(result.sources.first?.file.hasSuffix(Self.bermuda) == true)
        #expect(result.sources.contains { $0.file.hasSuffix(Self.americanSamoa) })
        #expect(result.count(.new) <= 5)

        // OP 10 drops the Special Committee's long name: adapted once the threshold allows it.
        #expect(byNumber["10"]?.status == .new)
        let loose = AddedSinceFinder(threshold: 0.6).report(for: draft, against: corpus)
        let op10 = try #require(loose.paragraphs.first { $0.paragraph.number == "10" })
        #expect(op10.status == .adapted && op10.source?.file.hasSuffix(Self.bermuda) == true && op10.source?.number == "9")
    }

    @Test("a paragraph written by hand is new against the whole UN corpus, the others reused",
          .enabled(if: FileManager.default.fileExists(atPath: AddedSinceSupport.unga72.path)))
    func handWrittenNew() throws {
        let caches = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: caches) }
        let bermuda = ResolutionParser().parse(try DraftText.read(path: AddedSinceSupport.unga72.appendingPathComponent(Self.bermuda).path))
        let texts = bermuda.operative.prefix(3).map(\.fullText)
            + ["Requests the administering Power to establish a standing commission on coral reef restoration and report on its work annually;"]
        let draft = ResolutionParser().parse(AddedSinceSupport.text(texts))
        let corpus = try PriorCorpus.load([AddedSinceSupport.unga72.path], excluding: nil,
                                          options: CorpusOptions(cacheDirectory: caches.path))
        let result = AddedSinceFinder().report(for: draft, against: corpus)
        #expect(result.paragraphs.map(\.status) == [.reused, .reused, .reused, .new])
        #expect(result.paragraphs.prefix(3).allSatisfy { $0.source?.file.hasSuffix(Self.bermuda) == true })
    }

    @Test("against 30 generated priors (8 drafts), precision and recall of 'not new' are at least 0.97",
          .enabled(if: FileManager.default.fileExists(atPath: AddedSinceSupport.generator.path)))
    func generatedPrecisionRecall() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var truePositives = 0, predicted = 0, actual = 0, rightSource = 0
        for seed in 1...8 {
            try AddedSinceSupport.generate(["--paragraphs", "60", "--seed", String(seed), "-o", "draft\(seed).txt"], in: folder)
            try AddedSinceSupport.generate(["--corpus", "30", "--corpus-from", "draft\(seed).txt", "--paragraphs", "30",
                                            "--seed", String(seed + 10), "--out-dir", "priors\(seed)"], in: folder)
            let truth = try JSONDecoder().decode(AddedSinceSupport.CorpusTruth.self, from: Data(
                contentsOf: folder.appendingPathComponent("priors\(seed)/corpus.json")))
            let draft = ResolutionParser().parse(try DraftText.read(path: folder.appendingPathComponent("draft\(seed).txt").path))
            let corpus = try PriorCorpus.load([folder.appendingPathComponent("priors\(seed)").path], excluding: nil)
            let result = AddedSinceFinder().report(for: draft, against: corpus)
            let reused = truth.reusedFiles
            #expect(result.paragraphs.count == reused.count + truth.draft_new.count)
            for (i, origin) in result.paragraphs.enumerated() {
                let isNotNew = origin.status != .new
                if isNotNew { predicted += 1 }
                if let files = reused[i] {
                    actual += 1
                    if isNotNew {
                        truePositives += 1
                        if let file = origin.source?.file, files.contains((file as NSString).lastPathComponent) { rightSource += 1 }
                    }
                }
            }
        }
        let precision = Double(truePositives) / Double(max(predicted, 1))
        let recall = Double(truePositives) / Double(max(actual, 1))
        print(String(format: "added-since, 8 × (60-paragraph draft, 30 priors): precision %.3f, recall %.3f, right source %d/%d",
                     precision, recall, rightSource, truePositives))
        #expect(precision >= 0.97)
        #expect(recall >= 0.97)
        #expect(rightSource == truePositives)
    }
}
