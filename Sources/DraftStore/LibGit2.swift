#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibGit2

/// Process-wide libgit2 state. `git_libgit2_init` runs once, the first time ``ensureInitialized()``
/// is called; libgit2 is never shut down.
enum LibGit2 {
    private static let initialization: Int32 = {
        let result = git_libgit2_init()
        // Objects are not re-hashed on every read, as git itself does not; `git fsck` checks them.
        // This halves the time of walking a long history (log --clause, blame).
        _ = redraft_set_strict_hash_verification(0)
        return result
    }()

    /// Initialises libgit2 if nothing has yet.
    static func ensureInitialized() {
        _ = initialization
    }

    /// Copies libgit2's last error right after a call returned the negative `code`.
    ///
    /// Must be called on the thread that made the failing call, before any other libgit2 call.
    static func error(_ code: Int32, _ operation: String) -> GitError {
        var message = "no further information from libgit2"
        var klass: Int32 = 0
        if let last = git_error_last() {
            klass = last.pointee.klass
            if let text = last.pointee.message {
                message = String(cString: text)
            }
        }
        if code == GIT_ELOCKED.rawValue {
            return .locked(path: lockPath(in: message) ?? "a lock file")
        }
        return .libgit2(code: code, klass: klass, message: message, operation: operation)
    }

    /// Throws the error for `code` when it is negative.
    static func check(_ code: Int32, _ operation: String) throws(GitError) {
        if code < 0 {
            throw error(code, operation)
        }
    }

    /// The quoted path of a `….lock` file in a libgit2 message, if there is one.
    static func lockPath(in message: String) -> String? {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        for index in stride(from: 1, to: parts.count - 1, by: 2) {
            let candidate = String(parts[index])
            if candidate.hasSuffix(".lock") {
                return candidate
            }
        }
        return nil
    }

    /// Calls `body` with a `git_strarray` over copies of `strings`, valid only during the call.
    static func withStrArray(_ strings: [String], _ body: (UnsafeMutablePointer<git_strarray>) -> Int32) -> Int32 {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer {
            for pointer in pointers {
                free(pointer)
            }
        }
        return pointers.withUnsafeMutableBufferPointer { buffer in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return body(&array)
        }
    }

    /// Copies and disposes of a `git_buf` filled by libgit2.
    static func string(from buffer: inout git_buf) -> String {
        defer { git_buf_dispose(&buffer) }
        guard let pointer = buffer.ptr else { return "" }
        return String(cString: pointer)
    }
}
