import ArgumentParser
import ClauseTree
import DraftDiff
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `redraft added-since PRIOR... DRAFT [--format text|json|html|markdown] [--threshold S] [--sources]`.
struct AddedSinceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "added-since",
        abstract: "List what is new in a draft compared with earlier resolutions, and where the rest came from.",
        discussion: """
        Every paragraph of DRAFT (the last argument) is new, reused (same text as an earlier paragraph, \
        layout, numbering and the final ; , or . aside) or adapted (an earlier paragraph reaches \
        --threshold of similarity, or the paragraph was split off one). PRIOR may be files or folders, \
        searched recursively for *.txt; a folder's index is cached in FOLDER/.redraft/. \
        Exit 0 when nothing is new, 1 when some paragraph is new, 2 on error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, markdown
    }

    @Argument(help: ArgumentHelp("Earlier resolutions (files or folders), then the draft.", valueName: "PRIOR... DRAFT"))
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Similarity (0-1] needed for adapted: weighted word-sequence similarity, or containment for a split-off paragraph.")
    var threshold = AddedSinceFinder.defaultThreshold

    @Flag(help: "Rank the earlier files by how many draft paragraphs they carry (text format; always in the others).")
    var sources = false

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write cached indexes of folders.")
    var noCache = false

    @Option(name: .customLong("cache-dir"), help: "Keep cached indexes in this folder instead of FOLDER/.redraft/.")
    var cacheDir: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        if paths.count < 2 { throw ValidationError("give at least one PRIOR and the DRAFT") }
        if !(threshold > 0 && threshold <= 1) { throw ValidationError("--threshold must be above 0 and at most 1") }
        if paths.dropLast().contains("-") { throw ValidationError("only the DRAFT may be standard input (-)") }
    }

    func run() throws {
        guard let draftPath = paths.last else { throw CommandExit.failure("no DRAFT given") }
        let draft = try DraftLoader.resolution(at: draftPath)
        let priors = Array(paths.dropLast())
        // PRIOR files given as REV:PATH are read from git here; the library reads the rest.
        var contents: [String: [UInt8]] = [:]
        for prior in priors where !FileManager.default.fileExists(atPath: prior) {
            if let bytes = try DraftLoader.revisionBytes(prior) { contents[prior] = bytes }
        }
        let progress = IndexingProgress()
        let corpus: PriorCorpus
        do {
            corpus = try PriorCorpus.load(priors, excluding: draftPath,
                                          options: CorpusOptions(useCache: !noCache, cacheDirectory: cacheDir),
                                          contents: contents, progress: progress.update)
        } catch {
            progress.finish()
            throw CommandExit.input(error)
        }
        progress.finish()
        for finding in corpus.findings { Output.warn("redraft: " + finding.description) }
        let report = AddedSinceFinder(threshold: threshold).report(for: draft, against: corpus)
        switch format {
        case .text:
            Output.print(report.textReport(colour: !noColor && Output.colorEnabled, sources: sources))
        case .json:
            Output.print(report.jsonReport())
        case .html:
            Output.print(report.htmlReport(draftName: draftPath))
        case .markdown:
            Output.print(report.markdownReport())
        }
        if report.hasNew { throw CommandExit.differences }
    }
}

/// "indexing priors/: 400/1000 files…" on standard error once indexing has taken more than a
/// moment: rewritten in place with `\r` on a terminal, otherwise one line at the start and one
/// at the end.
private final class IndexingProgress {
    private let start = Date()
    private let terminal = isatty(STDERR_FILENO) != 0
    private var shown = false
    private var lastDraw = Date.distantPast
    private var folder = ""
    private var total = 0

    /// Called by the corpus loader after each file indexed.
    func update(folder: String, done: Int, total: Int) {
        self.folder = folder
        self.total = total
        let now = Date()
        guard now.timeIntervalSince(start) > 0.3 else { return }
        if terminal {
            guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
            lastDraw = now
            Output.writeError("\rindexing \(total) files in \(folder)… \(done)/\(total)")
            shown = true
        } else if !shown {
            Output.warn("indexing \(total) files in \(folder)…")
            shown = true
        }
    }

    /// Ends the progress line, if one was shown.
    func finish() {
        guard shown else { return }
        let seconds = NumberText.fixed(Date().timeIntervalSince(start), places: 1)
        if terminal {
            Output.writeError("\rindexed \(total) files in \(folder) in \(seconds) s\u{1B}[K\n")
        } else {
            Output.warn("indexed \(total) files in \(folder) in \(seconds) s")
        }
        shown = false
    }
}
