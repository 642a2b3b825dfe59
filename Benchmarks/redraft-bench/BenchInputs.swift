import Foundation

/// Where the benchmark inputs come from: drafts written by `gen_resolutions.py` into a cache
/// folder (reused between runs: the generator is deterministic), and the real corpus texts.
struct BenchInputs {
    /// The cache folder (default `Benchmarks/.data`).
    let folder: String
    /// `gen_resolutions.py`.
    let generator: String
    /// The real-text corpus (`../shared/corpus`).
    let corpus: String

    enum Failure: Error, CustomStringConvertible {
        case generator(String)
        case missing(String)

        var description: String {
            switch self {
            case .generator(let message): return "gen_resolutions.py failed: \(message)"
            case .missing(let path): return "missing input: \(path)"
            }
        }
    }

    /// A draft of `paragraphs` body paragraphs (seed 1).
    func draft(_ paragraphs: Int) throws -> String {
        let path = "\(folder)/d\(paragraphs).txt"
        try generate(path, ["--paragraphs", String(paragraphs), "--seed", "1"])
        return path
    }

    /// The amended version of ``draft(_:)`` (seed 2, rate 0.1).
    func amended(_ paragraphs: Int) throws -> String {
        let source = try draft(paragraphs)
        let path = "\(folder)/d\(paragraphs)-v2.txt"
        try generate(path, ["--amend-from", source, "--seed", "2", "--rate", "0.1"])
        return path
    }

    /// A 50-paragraph draft and `count` earlier resolutions sharing 30% of its paragraphs,
    /// 50 paragraphs each: (draft, folder of priors).
    func addedSinceCorpus(priors count: Int) throws -> (draft: String, priors: String) {
        let draft = "\(folder)/as-draft50.txt"
        try generate(draft, ["--paragraphs", "50", "--seed", "5"])
        let priors = "\(folder)/as-priors\(count)"
        let marker = "\(priors)/corpus.json"
        if !FileManager.default.fileExists(atPath: marker) {
            try FileManager.default.createDirectory(atPath: priors, withIntermediateDirectories: true)
            try runGenerator(["--corpus", String(count), "--corpus-from", draft, "--share", "0.3",
                              "--seed", "6", "--out-dir", priors])
        }
        return (draft, priors)
    }

    /// The APPF sample extracted from its PDF.
    var appfSample: String { "\(corpus)/appf23-2015-combating-human-trafficking.txt" }

    /// The 93 UN General Assembly resolution files, sorted by name.
    func ungaFiles() throws -> [String] {
        let folder = "\(corpus)/unga72"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") && $0 != "COMPLETE.txt" }
            .sorted()
        return names.map { "\(folder)/\($0)" }
    }

    func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.missing(path) }
        return String(decoding: data, as: UTF8.self)
    }

    private func generate(_ output: String, _ arguments: [String]) throws {
        if FileManager.default.fileExists(atPath: output) { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try runGenerator(arguments + ["-o", output])
    }

    private func runGenerator(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.generator(String(decoding: message, as: UTF8.self))
        }
    }
}
