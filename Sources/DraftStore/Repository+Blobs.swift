import CLibGit2
import Dispatch
import Synchronization

extension Repository {
    /// Lists this long are read on two threads.
    static let parallelBlobMinimum = 32

    /// The contents of the blobs `ids`, in order.
    ///
    /// Reading a blob is mostly inflating it (zlib), and a long history has a thousand of them:
    /// a long list is read in two halves at the same time, the second through a handle of its
    /// own on this repository (libgit2 handles are not shared between threads). Should that
    /// handle not open, everything is read here, one blob after another.
    /// - Throws: ``GitError`` when a blob cannot be read.
    func blobContents(of ids: [ObjectID]) throws(GitError) -> [[UInt8]] {
        guard ids.count >= Self.parallelBlobMinimum else {
            return try ids.map { (id) throws(GitError) in try blobContents(id.oid) }
        }
        let middle = ids.count / 2
        let location = gitDirectory
        let secondHalf = Mutex<Result<[[UInt8]], GitError>?>(nil)
        let reader = DispatchQueue.global()
        let group = DispatchGroup()
        reader.async(group: group) {
            let result = Result { () throws(GitError) -> [[UInt8]] in
                let repository = try Repository.reopen(gitDirectory: location)
                return try ids[middle...].map { (id) throws(GitError) in try repository.blobContents(id.oid) }
            }
            secondHalf.withLock { $0 = result }
        }
        let firstHalf = Result { () throws(GitError) -> [[UInt8]] in
            try ids[..<middle].map { (id) throws(GitError) in try blobContents(id.oid) }
        }
        group.wait()
        switch (firstHalf, secondHalf.withLock { $0 }) {
        case let (.success(first), .success(second)?):
            return first + second
        default:
            // A blob that cannot be read, or a second handle that did not open: read here, in
            // order, so that the error (if any) is the one of the first unreadable blob.
            return try ids.map { (id) throws(GitError) in try blobContents(id.oid) }
        }
    }

    /// Another handle on the repository whose git folder is `gitDirectory`.
    static func reopen(gitDirectory: String) throws(GitError) -> Repository {
        LibGit2.ensureInitialized()
        var raw: OpaquePointer?
        try LibGit2.check(git_repository_open(&raw, gitDirectory), "opening the repository at \(gitDirectory)")
        guard let raw else { throw .notARepository(path: gitDirectory) }
        return Repository(owning: raw)
    }
}
