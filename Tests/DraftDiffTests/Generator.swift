import ClauseTree
import DraftDiff
import Foundation

/// Runs the shared synthetic-draft generator (`/work/shared/bench/gen_resolutions.py`, or
/// `$REDRAFT_GENERATOR`) with python3 in a temporary directory.
struct Generator {
    /// Where the generator script lives.
    static var script: String {
        ProcessInfo.processInfo.environment["REDRAFT_GENERATOR"] ?? "/work/shared/bench/gen_resolutions.py"
    }

    /// True when the script exists, so tests that need it can be skipped elsewhere.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: script) }

    /// A fresh temporary directory.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("draftdiff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Removes the temporary directory.
    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    /// Runs the generator with `arguments`; throws when it fails.
    func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script] + arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "generator failed: \(arguments)"])
        }
    }

    /// A new draft of `paragraphs` paragraphs, as text.
    func draft(paragraphs: Int, seed: Int, name: String = "a.txt") throws -> String {
        try run(["--paragraphs", String(paragraphs), "--seed", String(seed), "-o", name])
        return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// An amended version of the draft file `source`, as text with its ground truth.
    func amend(_ source: String = "a.txt", seed: Int, rate: Double, messy: Double = 0) throws -> (String, GeneratorTruth) {
        try run(["--amend-from", source, "--seed", String(seed), "--rate", String(rate), "--messy", String(messy),
                 "-o", "b.txt", "--truth", "b.json"])
        let text = try String(contentsOf: directory.appendingPathComponent("b.txt"), encoding: .utf8)
        let truth = try JSONDecoder().decode(GeneratorTruth.self, from: Data(contentsOf: directory.appendingPathComponent("b.json")))
        return (text, truth)
    }
}
