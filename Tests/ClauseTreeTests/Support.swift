import Foundation
@testable import ClauseTree

/// Paths to the shared corpus and the generator, found from this file's location.
enum Corpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let sample = packageRoot.appendingPathComponent("Drafts/appf23-2015-combating-human-trafficking.txt")
    static let unga = shared.appendingPathComponent("corpus/unga72")
    static let generator = shared.appendingPathComponent("bench/gen_resolutions.py")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static var ungaFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: unga.path)) ?? [])
            .filter { $0.hasPrefix("N") && $0.hasSuffix(".txt") }.sorted()
    }

    /// Runs the bench generator with `arguments`; returns its standard output.
    static func generate(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Writes `bytes` to a new file in the temporary folder and returns its path.
func temporaryFile(_ bytes: [UInt8], prefix: String = "redraft") throws -> String {
    let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString).txt"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

/// A one-glance dump of a tree: one line per paragraph with label, source lines and first words.
func dump(_ r: Resolution, words: Int = 3) -> [String] {
    var out: [String] = []
    func visit(_ p: Paragraph, prefix: String) {
        let first = p.text.split(separator: " ").prefix(words).joined(separator: " ")
        let label = p.id.contains("subpara") ? prefix + "(\(p.number ?? "?"))" : p.label
        out.append("\(label) [\(p.lines)] \(first)")
        for c in p.children { visit(c, prefix: label) }
    }
    for p in r.paragraphs { visit(p, prefix: "") }
    return out
}

func parse(_ text: String) -> Resolution { ResolutionParser().parse(text) }
