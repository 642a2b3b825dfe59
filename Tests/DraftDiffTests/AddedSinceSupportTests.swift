import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

/// Helpers for the added-since tests: the shared folder, temporary corpora and the generator.
enum AddedSinceSupport {
    /// `/work/shared` seen from the package: `../shared` next to the package root.
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// The UN corpus folder.
    static var unga72: URL { shared.appendingPathComponent("corpus/unga72") }

    /// The synthetic-draft generator script.
    static var generator: URL { shared.appendingPathComponent("bench/gen_resolutions.py") }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("added-since-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` (sub-folders created) inside `folder`; returns the path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Operative paragraphs as a resolution text: "1. first\n\n2. second …".
    static func text(_ operative: [String]) -> String {
        operative.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n\n") + "\n"
    }

    /// Runs the generator with `arguments` in `folder`.
    static func generate(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }

    /// The ground truth the generator writes in corpus mode.
    struct CorpusTruth: Decodable {
        /// Draft paragraph index → [[prior file, prior paragraph]].
        var draft_reused: [String: [[Variant]]]
        /// Draft paragraphs found in no prior.
        var draft_new: [Int]

        /// A string or an integer in the truth's mixed arrays.
        enum Variant: Decodable {
            case text(String), number(Int)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) { self = .text(s) } else { self = .number(try c.decode(Int.self)) }
            }
            var text: String? { if case .text(let s) = self { return s } else { return nil } }
        }

        /// Draft paragraph index → the prior files that carry it.
        var reusedFiles: [Int: Set<String>] {
            var out: [Int: Set<String>] = [:]
            for (key, uses) in draft_reused {
                guard let i = Int(key) else { continue }
                out[i] = Set(uses.compactMap { $0.first?.text })
            }
            return out
        }
    }
}

/// The ids of the cached index file's temporary siblings: none should survive a write.
extension AddedSinceSupport {
    static func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }
}
