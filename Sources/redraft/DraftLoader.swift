import ClauseTree
import DraftStore
import Foundation

/// Reads drafts named on the command line: a path, `-` for standard input, or `REV:PATH` for a
/// file as it was at a git revision (`v1:Drafts/t.txt`, `HEAD~3:Drafts/t.txt`, `:Drafts/t.txt`
/// for HEAD). An existing file of that name wins over `REV:PATH`.
enum DraftLoader {
    /// Reads and parses `path`, refusing a text in which no paragraph was found.
    static func resolution(at path: String) throws -> Resolution {
        let text = try self.text(at: path)
        let resolution = ResolutionParser().parse(text)
        if resolution.isEmpty {
            throw CommandExit.input(InputError(path: path == "-" ? "<stdin>" : path, line: nil,
                                               "no resolution paragraph found (expected preambular or numbered operative paragraphs)"))
        }
        return resolution
    }

    /// The text of `path` (a file, `-` or `REV:PATH`).
    /// - Throws: ``CommandExit`` with one line naming `path`.
    static func text(at path: String) throws -> String {
        if path != "-", !FileManager.default.fileExists(atPath: path), let bytes = try revisionBytes(path) {
            do {
                return try DraftText.decode(bytes, path: path)
            } catch {
                throw CommandExit.input(error)
            }
        }
        do {
            return try DraftText.read(path: path)
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
