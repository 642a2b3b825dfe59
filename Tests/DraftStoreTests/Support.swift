import DraftStore
import Foundation
import Testing

/// A folder under the system's temporary directory, removed when the value is released.
final class Scratch {
    /// The folder's absolute, symlink-free path.
    let path: String
    /// A home folder for git processes, so the machine's configuration stays out.
    let home: String

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("draftstore-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        home = path + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// `path/name`.
    func sub(_ name: String) -> String { path + "/" + name }

    /// The environment for `git` and for ``Repository/defaultSignature(environment:date:)``.
    var environment: [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "GIT_CONFIG_NOSYSTEM": "1",
            "LANG": "C",
            "GIT_AUTHOR_NAME": "Fixture Author",
            "GIT_AUTHOR_EMAIL": "fixture@example.org",
            "GIT_COMMITTER_NAME": "Fixture Committer",
            "GIT_COMMITTER_EMAIL": "committer@example.org",
        ]
    }

    /// Runs `/usr/bin/git` in `directory` and returns its standard output, trimmed.
    /// Throws when git fails, unless `allowFailure`.
    @discardableResult
    func git(
        _ arguments: String..., in directory: String, input: Data? = nil, allowFailure: Bool = false
    ) throws -> String {
        try git(arguments, in: directory, input: input, allowFailure: allowFailure).output
    }

    /// Runs `/usr/bin/git` and returns its exit status and trimmed output (stdout and stderr).
    func git(
        _ arguments: [String], in directory: String, input: Data? = nil, allowFailure: Bool = false
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            try inputPipe.fileHandleForWriting.write(contentsOf: input)
            try inputPipe.fileHandleForWriting.close()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let errorText = String(decoding: errData, as: UTF8.self)
        if process.terminationStatus != 0 && !allowFailure {
            throw ShellFailure(command: "git " + arguments.joined(separator: " "), output: text + errorText)
        }
        return (process.terminationStatus, text + (allowFailure ? errorText : ""))
    }

    /// Writes `text` to `path/relative`, creating folders.
    func write(_ text: String, to relative: String, in directory: String) throws {
        let url = URL(fileURLWithPath: directory + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A new repository with work tree at `path/name`, made by libgit2.
    func repository(_ name: String = "repo") throws -> Repository {
        try Repository.create(at: sub(name))
    }

    /// A repository made by the git CLI at `path/name` on branch `main`.
    func gitRepository(_ name: String = "cli") throws -> String {
        let directory = sub(name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main", in: directory)
        return directory
    }
}

/// A git command that failed in a test fixture.
struct ShellFailure: Error, CustomStringConvertible {
    let command: String
    let output: String
    var description: String { "\(command) failed: \(output)" }
}

/// The signature tests commit with.
let testAuthor = Signature(name: "Ada Lovelace", email: "ada@example.org",
                           date: Date(timeIntervalSince1970: 1_700_000_000), timeZoneOffsetMinutes: 120)

/// The UTF-8 bytes of `text`.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The text of UTF-8 `bytes`.
func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
