import CLibGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds `.git/index.lock` the way git does while it rewrites the index: the file is created
/// exclusively, filled with the new index, and then either renamed over the index (``install()``)
/// or removed (``release()``, or when the object goes away).
///
/// While it is held, other git processes cannot write the index, so they cannot pick up
/// half-made changes nor have theirs overwritten.
final class IndexLock {
    /// `.git/index.lock`.
    let lockPath: String
    /// `.git/index`.
    let indexPath: String
    /// Where the new index is written before it replaces the (empty) lock file.
    private let temporaryPath: String
    private var held = false

    /// Takes the lock for the index file at `indexPath`.
    /// - Throws: ``GitError/locked(path:)`` when another process holds it.
    init(indexPath: String) throws(GitError) {
        self.indexPath = indexPath
        lockPath = indexPath + ".lock"
        temporaryPath = indexPath + ".redraft-new"
        let descriptor = open(lockPath, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
        if descriptor < 0 {
            let code = errno
            if code == EEXIST { throw .locked(path: lockPath) }
            throw .fileSystem(path: lockPath, message: String(cString: strerror(code)))
        }
        close(descriptor)
        held = true
    }

    deinit {
        release()
    }

    /// Writes the entries of `index` into the lock file; the index itself is not touched yet.
    func write(entriesOf index: OpaquePointer?) throws(GitError) {
        unlink(temporaryPath)
        var copy: OpaquePointer?
        try LibGit2.check(git_index_open(&copy, temporaryPath), "preparing the new index")
        defer { git_index_free(copy) }
        try LibGit2.check(git_index_clear(copy), "preparing the new index")
        try LibGit2.check(git_index_set_version(copy, git_index_version(index)), "preparing the new index")
        let count = git_index_entrycount(index)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index, position) else { continue }
            try LibGit2.check(git_index_add(copy, entry), "preparing the new index")
        }
        try LibGit2.check(git_index_write(copy), "writing the new index")
        if rename(temporaryPath, lockPath) != 0 {
            throw .fileSystem(path: lockPath, message: String(cString: strerror(errno)))
        }
    }

    /// Replaces the index with the lock file's contents, which releases the lock.
    func install() throws(GitError) {
        guard held else { return }
        if rename(lockPath, indexPath) != 0 {
            throw .fileSystem(path: indexPath, message: String(cString: strerror(errno)))
        }
        held = false
    }

    /// Removes the lock file (and any half-written new index) unless it was installed.
    func release() {
        unlink(temporaryPath)
        unlink(temporaryPath + ".lock")
        guard held else { return }
        unlink(lockPath)
        held = false
    }
}
