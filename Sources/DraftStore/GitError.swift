/// Everything that can go wrong in the draft store, phrased for the person at the keyboard.
///
/// Each case carries what a message needs; ``description`` turns it into a sentence.
/// Failures that have no dedicated case arrive as ``libgit2(code:klass:message:operation:)``
/// with libgit2's own message, read right after the failing call.
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No git repository at `path` or in any folder above it.
    case notARepository(path: String)
    /// The repository at `path` has no work tree, so drafts cannot be read from or written to it.
    case bareRepository(path: String)
    /// A repository already exists where a new one was to be created.
    case repositoryExists(path: String)
    /// The repository has no commit yet.
    case emptyRepository
    /// The revision (commit id, branch, tag, `HEAD~2`…) does not name a commit.
    case unknownRevision(String)
    /// `path` does not exist (as a file) in the commit named by `revision`.
    case pathNotFound(revision: String, path: String)
    /// `path` lies outside the work tree of the repository at `workTree`.
    case outsideWorkTree(path: String, workTree: String)
    /// `path` cannot be stored in a repository (absolute, `..`, inside `.git`, empty).
    case invalidPath(String)
    /// A lock file exists: another git process is writing, or one crashed and left it behind.
    case locked(path: String)
    /// Another process moved `ref` while this one was writing; nothing was changed.
    case referenceMoved(ref: String)
    /// The remote refused the push of `ref` because it holds commits the local branch lacks.
    case nonFastForward(ref: String)
    /// The remote refused the push of `ref` for another `reason`.
    case pushRejected(ref: String, reason: String)
    /// Pulling would need a merge: local `branch` and the remote one both have new commits.
    case diverged(branch: String, remote: String)
    /// `path` has changes that are not committed and that an operation would overwrite.
    case uncommittedChanges(path: String)
    /// No author name and e-mail address are configured.
    case noIdentity
    /// An identity string could not be read as `Name <email>`.
    case invalidIdentity(String)
    /// HEAD is detached, so there is no branch to commit to, push or pull.
    case detachedHead
    /// A tag with this name exists already.
    case tagExists(String)
    /// A remote with this name is configured already.
    case remoteExists(String)
    /// No remote of this name is configured, and the name is not a path or URL either.
    case remoteNotFound(String)
    /// The remote has no branch of this name.
    case remoteBranchNotFound(remote: String, branch: String)
    /// A tag, branch or remote name that git does not accept.
    case invalidName(String)
    /// The commit message is empty once whitespace is stripped.
    case emptyMessage
    /// Reading or writing a file of the work tree failed.
    case fileSystem(path: String, message: String)
    /// Any other libgit2 failure: its return code, error class and message, and what was being done.
    case libgit2(code: Int32, klass: Int32, message: String, operation: String)

    /// A sentence for people.
    public var description: String {
        switch self {
        case .notARepository(let path):
            return "not a git repository (nor any parent folder): \(path)"
        case .bareRepository(let path):
            return "\(path) is a bare repository: it has no work tree to hold drafts"
        case .repositoryExists(let path):
            return "a git repository already exists at \(path)"
        case .emptyRepository:
            return "the repository has no commits yet"
        case .unknownRevision(let revision):
            return "unknown revision '\(revision)'"
        case .pathNotFound(let revision, let path):
            return "'\(path)' does not exist at revision '\(revision)'"
        case .outsideWorkTree(let path, let workTree):
            return "'\(path)' is outside the repository's work tree \(workTree)"
        case .invalidPath(let path):
            return "'\(path)' cannot be stored in the repository"
        case .locked(let path):
            return "\(path) exists: another git process seems to be running in this repository. "
                + "If none is, remove the file and try again."
        case .referenceMoved(let ref):
            return "\(ref) was moved by another process meanwhile; nothing was changed, try again"
        case .nonFastForward(let ref):
            return "push of \(ref) rejected: the remote has commits that the local branch lacks (pull first)"
        case .pushRejected(let ref, let reason):
            return "push of \(ref) rejected by the remote: \(reason)"
        case .diverged(let branch, let remote):
            return "local branch '\(branch)' and '\(remote)' have diverged; refusing to merge"
        case .uncommittedChanges(let path):
            return "'\(path)' has uncommitted changes; commit or discard them first"
        case .noIdentity:
            return "no author identity: set it with `git config --global user.name \"Your Name\"` and "
                + "`git config --global user.email you@example.org`, or set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL"
        case .invalidIdentity(let text):
            return "'\(text)' is not an identity of the form 'Name <email>'"
        case .detachedHead:
            return "HEAD is detached (not on a branch); check out a branch first"
        case .tagExists(let name):
            return "tag '\(name)' already exists"
        case .remoteExists(let name):
            return "remote '\(name)' already exists"
        case .remoteNotFound(let name):
            return "no remote named '\(name)', and it is not a path or URL either"
        case .remoteBranchNotFound(let remote, let branch):
            return "remote '\(remote)' has no branch '\(branch)'"
        case .invalidName(let name):
            return "'\(name)' is not a valid name"
        case .emptyMessage:
            return "the commit message is empty"
        case .fileSystem(let path, let message):
            return "\(path): \(message)"
        case .libgit2(let code, _, let message, let operation):
            return "\(operation) failed: \(message) (libgit2 error \(code))"
        }
    }
}
