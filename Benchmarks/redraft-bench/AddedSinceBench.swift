import ClauseTree
import DraftDiff
import Foundation

/// `added-since`: a 50-paragraph draft against 1,000 generated priors (indexing without a cache,
/// loading the cached index, finding), and one UN resolution against the other 92.
enum AddedSinceBench {
    static func run(_ options: BenchOptions, into table: inout ResultTable) throws {
        let inputs = options.inputs
        let (draftPath, priors) = try inputs.addedSinceCorpus(priors: 1_000)
        let draft = ResolutionParser().parse(try inputs.read(draftPath))
        let cacheFolder = inputs.folder + "/as-cache"
        try? FileManager.default.removeItem(atPath: cacheFolder)
        let finder = AddedSinceFinder()
        let iterations = max(3, options.iterations / 2)

        var corpus = PriorCorpus(parts: [])
        let indexing = try Measurement.run(iterations: iterations, warmUp: false) {
            corpus = try PriorCorpus.load([priors], excluding: draftPath, options: CorpusOptions(useCache: false))
        }
        table.add(ResultRow(operation: "added-since: index", input: "1000 priors (no cache)", bytes: nil,
                            items: (corpus.fileCount, "files"), measurement: indexing))
        let cached = CorpusOptions(useCache: true, cacheDirectory: cacheFolder)
        corpus = try PriorCorpus.load([priors], excluding: draftPath, options: cached)   // writes the cache
        let loading = try Measurement.run(iterations: iterations) {
            corpus = try PriorCorpus.load([priors], excluding: draftPath, options: cached)
        }
        table.add(ResultRow(operation: "added-since: load cache", input: "1000 priors", bytes: nil,
                            items: (corpus.fileCount, "files"), measurement: loading))
        let finding = Measurement.run(iterations: options.iterations) {
            blackHole(finder.report(for: draft, against: corpus).jsonReport().utf8.count)
        }
        table.add(ResultRow(operation: "added-since: find+JSON", input: "50 ¶ vs 1000 priors", bytes: nil,
                            items: (draft.paragraphs.count, "¶"), measurement: finding))

        let unga = try inputs.ungaFiles()
        guard options.realTexts, let last = unga.last else { return }
        let ungaDraft = ResolutionParser().parse(try inputs.read(last))
        let folder = (last as NSString).deletingLastPathComponent
        let whole = try Measurement.run(iterations: iterations) {
            let priorsCorpus = try PriorCorpus.load([folder], excluding: last, options: CorpusOptions(useCache: false))
            blackHole(finder.report(for: ungaDraft, against: priorsCorpus).jsonReport().utf8.count)
        }
        table.add(ResultRow(operation: "added-since: index+find", input: "unga72: last vs 92", bytes: nil,
                            items: (unga.count - 1, "files"), measurement: whole))
    }
}
