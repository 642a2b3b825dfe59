import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import Synchronization

/// Reads drafts named on the command line: a path, `-` for standard input, or `REV:PATH` for a
/// file as it was at a git revision (`v1:Drafts/t.txt`, `HEAD~3:Drafts/t.txt`, `:Drafts/t.txt`
/// for HEAD). An existing file of that name wins over `REV:PATH`.
enum DraftLoader {
    /// Reads and parses `path`, refusing a text in which no paragraph was found.
    static func resolution(at path: String) throws -> Resolution {
        try parsed(ResolutionParser().parse(try bytes(at: path)), path: path)
    }

    /// Reads and parses two drafts concurrently, one per core (unless both are small), and
    /// passes each to `prepare` on the thread that parsed it (the differ's per-draft work goes
    /// there too). Standard input and `REV:PATH` are read first, on this thread, since standard
    /// input and libgit2 handles are not shared.
    static func resolutions<Prepared: Sendable>(
        at first: String, _ second: String, then prepare: @escaping @Sendable (Resolution) -> Prepared
    ) throws -> (Prepared, Prepared) {
        // Read as bytes and parsed in place (no string of a long draft is made). One `stat` of
        // each plain file tells that it is one and its size; the others are read here.
        let texts = try [first, second].map { path -> (path: String, size: Int?, preloaded: DraftBytes?) in
            if path != "-", let size = FileBytes.size(path) { return (path, size, nil) }
            return (path, nil, try bytes(at: path))
        }
        let results = ResultPair<Prepared>()
        let job = { @Sendable (i: Int) in
            let (path, _, preloaded) = texts[i]
            results.set(i, Result { () throws -> Prepared in
                let draft = try preloaded ?? plainFileBytes(at: path)
                return prepare(try parsed(ResolutionParser().parse(draft), path: path))
            })
        }
        // Small drafts are read on this thread: starting a second one would take longer.
        let size = texts.reduce(0) { total, text in total + (text.preloaded?.bytes.count ?? text.size ?? 0) }
        if size < serialLimit {
            job(0)
            job(1)
        } else {
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                HeapTuning.applyToThisThread()
                job(i)
            }
        }
        return (try results.get(0), try results.get(1))
    }

    /// Below this many bytes in both drafts together, they are read and parsed on one thread.
    static let serialLimit = 128 * 1024

    /// How messages name the draft at `path`: `<stdin>` for `-`, else `path` itself.
    static func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }

    /// `resolution`, parsed from `path`, refused when no paragraph was found in it.
    private static func parsed(_ resolution: Resolution, path: String) throws -> Resolution {
        if resolution.isEmpty {
            throw CommandExit.input(InputError(path: displayName(path), line: nil,
                                               "no resolution paragraph found (expected preambular or numbered operative paragraphs)"))
        }
        return resolution
    }

    /// Two results filled in from two threads, each thread its own slot.
    private final class ResultPair<Value: Sendable>: Sendable {
        private let slots = Mutex<[Result<Value, any Error>?]>([nil, nil])

        func set(_ index: Int, _ result: Result<Value, any Error>) {
            slots.withLock { $0[index] = result }
        }

        func get(_ index: Int) throws -> Value {
            guard let result = slots.withLock({ $0[index] }) else {
                throw CommandExit.failure("internal error: a draft was not read")
            }
            return try result.get()
        }
    }

    /// The checked bytes of `path` (a file, `-` or `REV:PATH`), for parsing in place.
    /// - Throws: ``CommandExit`` with one line naming `path`.
    static func bytes(at path: String) throws -> DraftBytes {
        do {
            if path != "-", !FileManager.default.fileExists(atPath: path), let bytes = try revisionBytes(path) {
                return try DraftText.check(bytes, path: path)
            }
            return try DraftText.readBytes(path: path)
        } catch let error as InputError {
            throw CommandExit.input(error)
        }
    }

    /// The checked bytes of the file at `path`, which exists.
    /// - Throws: ``CommandExit`` with one line naming `path`.
    private static func plainFileBytes(at path: String) throws -> DraftBytes {
        do {
            return try DraftText.readBytes(path: path)
        } catch {
            throw CommandExit.input(error)
        }
    }

    /// The bytes of `spec` read as `REV:PATH`, or nil when `spec` has no `:` (a plain missing file).
    /// - Throws: ``CommandExit`` for an unknown revision, a path absent at the revision, or no repository.
    static func revisionBytes(_ spec: String) throws -> [UInt8]? {
        guard spec.contains(":") else { return nil }
        let repository: Repository
        do {
            repository = try Repository.open(at: FileManager.default.currentDirectoryPath, allowBare: true)
        } catch {
            switch error {
            case .notARepository:
                throw CommandExit.input(InputError(path: spec, "no such file, and REV:PATH needs a git repository (none here)"))
            default:
                throw CommandExit.input(InputError(path: spec, error.description))
            }
        }
        do {
            return try repository.readRevisionPath(spec)
        } catch {
            throw CommandExit.input(InputError(path: spec, error.description))
        }
    }
}
