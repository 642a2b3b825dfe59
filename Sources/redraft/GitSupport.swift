import ClauseTree
import DraftStore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the git commands share: opening the repository, identities, errors, output.
enum GitSupport {
    /// Runs `body`, turning ``GitError`` and other library errors into one line and exit 2.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as GitError {
            throw CommandExit.failure(error.description)
        } catch let error as ClauseEditError {
            throw CommandExit.failure(error.description)
        } catch let error as ClauseAddressError {
            throw CommandExit.failure(error.description)
        }
    }

    /// The repository holding `path` (a file that may not exist, or a folder), searching upward.
    static func openRepository(near path: String) throws -> Repository {
        do {
            return try Repository.open(at: nearestExisting(URL(fileURLWithPath: path).standardizedFileURL.path))
        } catch {
            if case .notARepository = error { throw CommandExit.failure(GitError.notARepository(path: path).description) }
            throw CommandExit.failure(error.description)
        }
    }

    /// `absolute` itself if it exists, else its nearest existing parent folder ("/" at worst).
    static func nearestExisting(_ absolute: String) -> String {
        var candidate = absolute
        while !FileManager.default.fileExists(atPath: candidate), candidate != "/" {
            candidate = FilePaths.parent(candidate)
        }
        return candidate
    }

    /// The history of the draft `file` (a work-tree path) as seen from `revision`.
    static func history(of file: String, at revision: String) throws -> DraftHistory {
        let repository = try openRepository(near: file)
        return try run {
            try DraftHistory(repository: repository, path: try repository.repositoryPath(for: file), revision: revision)
        }
    }

    /// The bytes of `path` at HEAD, or nil when HEAD does not have it (or there is no commit yet).
    static func committedBytes(path: String, repository: Repository) throws(GitError) -> [UInt8]? {
        do {
            return try repository.blob(at: "HEAD", path: path)
        } catch {
            switch error {
            case .pathNotFound, .emptyRepository: return nil
            default: throw error
            }
        }
    }

    /// The author (`--author`, else the configuration and environment) and the committer
    /// (`GIT_COMMITTER_NAME`/`GIT_COMMITTER_EMAIL`, else the configured identity, else the author).
    /// `GIT_AUTHOR_DATE` and `GIT_COMMITTER_DATE` (`@SECONDS +HHMM`, `SECONDS +HHMM` or ISO 8601)
    /// set the dates, as for git.
    static func signatures(author flag: String?, repository: Repository) throws(GitError) -> (author: Signature, committer: Signature) {
        let environment = ProcessInfo.processInfo.environment
        var author: Signature
        if let flag {
            author = try Signature(parsing: flag)
        } else {
            author = try repository.defaultSignature(environment: environment)
        }
        if let date = environment["GIT_AUTHOR_DATE"].flatMap(parseDate) {
            author.date = date.date
            author.timeZoneOffsetMinutes = date.offset
        }
        var committer: Signature
        if let name = environment["GIT_COMMITTER_NAME"], let email = environment["GIT_COMMITTER_EMAIL"],
           !name.isEmpty, !email.isEmpty {
            committer = Signature(name: name, email: email, date: Date())
        } else if flag == nil {
            committer = author
        } else {
            committer = (try? repository.defaultSignature(environment: environment)) ?? author
        }
        committer.date = author.date
        committer.timeZoneOffsetMinutes = author.timeZoneOffsetMinutes
        if let date = environment["GIT_COMMITTER_DATE"].flatMap(parseDate) {
            committer.date = date.date
            committer.timeZoneOffsetMinutes = date.offset
        }
        return (author, committer)
    }

    /// Reads git's date formats `@1700000000 +0200`, `1700000000 +0200` and ISO 8601.
    static func parseDate(_ text: String) -> (date: Date, offset: Int)? {
        let parts = text.trimmingSpaces().split(separator: " ")
        if let first = parts.first, let seconds = Double(first.hasPrefix("@") ? first.dropFirst() : first) {
            var offset = 0
            if parts.count > 1, let zone = Int(parts[1]) {
                offset = (abs(zone) / 100 * 60 + abs(zone) % 100) * (zone < 0 || parts[1].hasPrefix("-") ? -1 : 1)
            }
            return (Date(timeIntervalSince1970: seconds), offset)
        }
        guard let date = try? Date.ISO8601FormatStyle().parse(text) else { return nil }
        var offset = 0
        if let sign = text.lastIndex(where: { $0 == "+" || $0 == "-" }), text.distance(from: sign, to: text.endIndex) == 6 {
            let digits = text[text.index(after: sign)...].split(separator: ":").compactMap { Int($0) }
            if digits.count == 2 { offset = (digits[0] * 60 + digits[1]) * (text[sign] == "-" ? -1 : 1) }
        }
        return (date, offset)
    }

    /// Prints `[main 3f2a9c1] message`, as git does.
    static func reportCommit(_ id: ObjectID, message: String, repository: Repository) throws(GitError) {
        let branch = try repository.headBranch ?? "HEAD"
        let subject = message.split(separator: "\n").first.map(String.init) ?? message
        Output.print("[\(branch) \(id.shortHex)] \(subject)\n")
    }
}
