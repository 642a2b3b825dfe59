import Foundation

// redraft-bench: in-process timings of parse, diff, JSON reports, added-since and the history
// operations, on generated drafts of 30 to 30,000 paragraphs and on the real corpus texts.
// Build it in release mode: `swift build -c release --product redraft-bench`.

let usage = """
usage: redraft-bench [--sizes 30,300,3000,30000] [--iterations N] [--only SUITES]
                     [--data DIR] [--corpus DIR] [--generator PATH] [--history REPO] [--markdown]
                     [--generated-only]

  SUITES  comma-separated: parse, diff, added-since, history (default: all)
  --data  folder for generated inputs (default Benchmarks/.data, reused between runs)
  --history  a repository made by Benchmarks/make-history-repo.sh (default
             /tmp/redraft-history-bench; the history suite is skipped when it is missing)
  --markdown  also print the results as a Markdown table at the end
  --generated-only  leave out the real corpus texts (APPF sample, unga72), e.g. for profiling
"""

struct BenchOptions {
    var sizes = [30, 300, 3_000, 30_000]
    var iterations = 5
    var suites: Set<String> = ["parse", "diff", "added-since", "history"]
    var markdown = false
    /// False with --generated-only: the real corpus texts are left out (for profiling).
    var realTexts = true
    var history = "/tmp/redraft-history-bench"
    var inputs: BenchInputs

    static func parse(_ arguments: [String]) -> BenchOptions? {
        let root = FileManager.default.currentDirectoryPath
        var data = root + "/Benchmarks/.data"
        var corpus = root + "/../shared/corpus"
        var generator = root + "/../shared/bench/gen_resolutions.py"
        var options = BenchOptions(inputs: BenchInputs(folder: data, generator: generator, corpus: corpus))
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--markdown": options.markdown = true
            case "--generated-only": options.realTexts = false
            case "--help", "-h": return nil
            default:
                guard let value = rest.popFirst() else { return nil }
                switch argument {
                case "--sizes":
                    let sizes = value.split(separator: ",").compactMap { Int($0) }
                    guard !sizes.isEmpty else { return nil }
                    options.sizes = sizes
                case "--iterations":
                    guard let n = Int(value), n > 0 else { return nil }
                    options.iterations = n
                case "--only": options.suites = Set(value.split(separator: ",").map(String.init))
                case "--data": data = value
                case "--corpus": corpus = value
                case "--generator": generator = value
                case "--history": options.history = value
                default: return nil
                }
            }
        }
        options.inputs = BenchInputs(folder: data, generator: generator, corpus: corpus)
        return options
    }
}

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}

var table = ResultTable()
emit(ResultTable.header)
do {
    if options.suites.contains("parse") { try ParseBench.run(options, into: &table) }
    if options.suites.contains("diff") { try DiffBench.run(options, into: &table) }
    if options.suites.contains("added-since") { try AddedSinceBench.run(options, into: &table) }
    if options.suites.contains("history") { try HistoryBench.run(options, into: &table) }
} catch {
    FileHandle.standardError.write(Data("redraft-bench: \(error)\n".utf8))
    exit(1)
}
emit("process peak RSS (ru_maxrss): " + String(format: "%.1f MiB", Double(PeakMemory.processPeak()) / 1024))
if options.markdown {
    emit("")
    emit(table.markdown())
}
