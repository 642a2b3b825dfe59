import ClauseTree
import DraftDiff
import DraftStore
import Foundation

/// The git operations through libgit2: committing drafts into a fresh repository, reading a file
/// at a revision, and, on a repository made by `Benchmarks/make-history-repo.sh` (1,000 commits
/// of a 300-paragraph draft), loading the history, the log of one clause and the blame.
enum HistoryBench {
    static func run(_ options: BenchOptions, into table: inout ResultTable) throws {
        try commits(options, into: &table)
        let draftPath = "Drafts/draft.txt"
        guard FileManager.default.fileExists(atPath: options.history + "/" + draftPath) else {
            emit("history: no repository at \(options.history) (run Benchmarks/make-history-repo.sh); skipped")
            return
        }
        let repository = try Repository.open(at: options.history)
        let revisions = try repository.history(of: draftPath, from: "HEAD", firstParent: true).count
        let iterations = max(3, options.iterations / 2)
        var history: DraftHistory?
        let loading = try Measurement.run(iterations: iterations) {
            history = try DraftHistory(repository: repository, path: draftPath)
        }
        table.add(ResultRow(operation: "history: load", input: "\(revisions) revisions", bytes: nil,
                            items: (revisions, "revisions"), measurement: loading))
        guard let history else { return }
        let operative = history.latest.operative
        if let clause = operative.isEmpty ? nil : operative[operative.count / 2] {
            let log = Measurement.run(iterations: iterations) {
                blackHole(history.clauseLog(of: clause).count)
            }
            table.add(ResultRow(operation: "history: clause log", input: "\(clause.label), \(revisions) revisions",
                                bytes: nil, items: (revisions, "revisions"), measurement: log))
        }
        let blame = Measurement.run(iterations: iterations) {
            blackHole(history.blame().count)
        }
        table.add(ResultRow(operation: "history: blame", input: "\(revisions) revisions", bytes: nil,
                            items: (revisions, "revisions"), measurement: blame))
    }

    /// Commits of the generated 3,000-paragraph draft and its amendment, alternately, into a
    /// fresh repository; then reads the file back at HEAD~1.
    static func commits(_ options: BenchOptions, into table: inout ResultTable) throws {
        let size = options.sizes.filter { $0 <= 3_000 }.max() ?? 300
        let versions = [try options.inputs.read(try options.inputs.draft(size)),
                        try options.inputs.read(try options.inputs.amended(size))].map { Array($0.utf8) }
        let folder = NSTemporaryDirectory() + "redraft-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try Repository.create(at: folder)
        let author = Signature(name: "Bench", email: "bench@example.org")
        var round = 0
        let committing = try Measurement.run(iterations: options.iterations * 2) {
            round += 1
            try repository.commit(files: [(path: "Drafts/draft.txt", contents: versions[round % 2])],
                                  message: "Round \(round)", author: author)
        }
        table.add(ResultRow(operation: "git: commit", input: "generated \(size) ¶", bytes: versions[0].count,
                            measurement: committing))
        let reading = try Measurement.run(iterations: options.iterations) {
            blackHole(try repository.blob(at: "HEAD~1", path: "Drafts/draft.txt").count)
        }
        table.add(ResultRow(operation: "git: read blob at HEAD~1", input: "generated \(size) ¶", bytes: versions[0].count,
                            measurement: reading))
    }
}
