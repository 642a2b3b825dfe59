import ClauseTree
import DraftDiff
import Foundation
import Testing

/// Round trips through the real parser and differ, on drafts from the shared benchmark generator.
@Suite("Amendments round trip through parser and differ")
struct AmendmentEndToEndTests {
    static let generator = "/work/shared/bench/gen_resolutions.py"
    static let corpus = "/work/shared/corpus/appf23-2015-combating-human-trafficking.txt"

    static var canGenerate: Bool {
        FileManager.default.fileExists(atPath: generator) && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    /// Runs the generator with `arguments` in `directory`.
    static func generate(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [generator] + arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func roundTrip(old oldText: String, new newText: String) throws {
        let old = ResolutionParser().parse(oldText)
        let new = ResolutionParser().parse(newText)
        try expectRoundTrip(DraftDiffer().compare(old, new))
    }

    @Test("generated drafts amended at 10% round-trip", .enabled(if: canGenerate), arguments: [(1, 2), (3, 4), (5, 6), (7, 8)])
    func generatedPairs(seeds: (Int, Int)) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redraft-amend-\(seeds.0)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.generate(["--paragraphs", "60", "--seed", String(seeds.0), "-o", "a.txt"], in: directory)
        try Self.generate(["--amend-from", "a.txt", "--seed", String(seeds.1), "--rate", "0.1", "-o", "b.txt"], in: directory)
        let a = try String(contentsOf: directory.appendingPathComponent("a.txt"), encoding: .utf8)
        let b = try String(contentsOf: directory.appendingPathComponent("b.txt"), encoding: .utf8)
        try Self.roundTrip(old: a, new: b)
        try Self.roundTrip(old: b, new: a)
    }

    @Test("a real resolution amended by hand round-trips", .enabled(if: FileManager.default.fileExists(atPath: corpus)))
    func realResolution() throws {
        let old = try String(contentsOfFile: Self.corpus, encoding: .utf8)
        let new = old
            .replacingOccurrences(of: "law enforcement and border security personnel", with: "law enforcement, border security and customs personnel")
            .replacingOccurrences(of: "3. Ensure that trafficked children are treated in accordance with the best interests of the child;\n\n", with: "")
        #expect(new != old)
        try Self.roundTrip(old: old, new: new)
    }
}
