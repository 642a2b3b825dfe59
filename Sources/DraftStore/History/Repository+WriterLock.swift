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

extension Repository {
    /// Runs `body` while holding `.git/redraft.lock`, a kernel file lock (`flock`) that
    /// serialises `redraft` writers (commit, amend) on one repository, so that one cannot read a
    /// draft, edit it and commit while another is halfway through the same.
    ///
    /// The lock is released when `body` returns or throws, and by the kernel when the process
    /// dies, so a killed process never leaves it behind. Git's own `index.lock` is still taken
    /// by ``commit(files:paths:message:author:committer:)`` inside.
    ///
    /// - Parameter timeout: how long to wait for another `redraft` writer, in seconds.
    /// - Throws: ``GitError/locked(path:)`` when the lock is still held after `timeout`,
    ///   ``GitError/fileSystem(path:message:)``, and whatever `body` throws.
    public func withWriterLock<T>(timeout: Double = 10, _ body: () throws -> T) throws -> T {
        let path = gitDirectory + "/redraft.lock"
        let descriptor = Self.openFile(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GitError.fileSystem(path: path, message: String(cString: strerror(errno)))
        }
        defer { Self.closeFile(descriptor) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                throw GitError.locked(path: path)
            }
            usleep(20_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// `open(2)`, named apart from ``open(at:allowBare:)``.
    private static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
        return Glibc.open(path, flags, mode)
        #else
        return Darwin.open(path, flags, mode)
        #endif
    }

    /// `close(2)`.
    private static func closeFile(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }
}
