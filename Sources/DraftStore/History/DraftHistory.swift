import ClauseTree
import DraftDiff

/// The history of one draft file in a repository, paragraph by paragraph.
///
/// A paragraph's identity between two consecutive revisions comes from the ``DraftDiffer``'s
/// alignment, so a clause is followed through renumbering, moves, splits, merges and edits. Only
/// the newest revision is parsed whole; each older one is derived from the next newer one by
/// parsing again only the paragraphs around the lines that differ, so a history of a thousand
/// revisions of a long draft is walked in a fraction of a second.
///
/// ```swift
/// let history = try DraftHistory(repository: repository, path: "Drafts/res.txt")
/// for row in history.blame() { print(row.paragraph.label, row.lastChange.shortID) }
/// if let op9 = history.latest.paragraph(withID: "para_9") {
///     for entry in history.clauseLog(of: op9) { print(entry.change, entry.label, entry.commit.summary) }
/// }
/// ```
public struct DraftHistory {
    /// The repository-relative path of the draft.
    public let path: String
    /// The revisions of the file, newest first (commits that changed it, first parents only).
    public let revisions: [FileRevision]
    /// The newest revision, parsed.
    public let latest: Resolution
    /// The tag names on each commit.
    public let tags: [ObjectID: [String]]
    private let differ = DraftDiffer()

    /// Loads the history of `path` (repository-relative) as seen from `revision`.
    ///
    /// - Throws: ``GitError/emptyRepository``, ``GitError/unknownRevision(_:)``,
    ///   ``GitError/pathNotFound(revision:path:)`` when the file has no committed version.
    public init(repository: Repository, path: String, revision: String = "HEAD") throws(GitError) {
        self.path = path
        revisions = try repository.history(of: path, from: revision, firstParent: true)
        guard let newest = revisions.first else {
            throw .pathNotFound(revision: revision, path: path)
        }
        if let text = try? DraftText.decode(newest.contents, path: path) {
            latest = ResolutionParser().parse(text)
        } else {
            latest = Resolution()
        }
        tags = try repository.tagNamesByCommit()   // already sorted: tags() lists them by name
    }

    /// The commits that changed the file, newest first, with their tags.
    public func fileLog() -> [FileLogEntry] {
        revisions.map { FileLogEntry(commit: $0.commit, tags: tags[$0.commit.id] ?? []) }
    }

    /// The changes to `paragraph` (a top-level paragraph of ``latest``, or a sub-paragraph, whose
    /// top-level paragraph is followed), newest first, ending with the commit that added it.
    /// Commits that left it alone are omitted; a renumbering is an entry of its own.
    public func clauseLog(of paragraph: Paragraph) -> [ClauseLogEntry] {
        guard var position = position(of: paragraph) else { return [] }
        var entries: [ClauseLogEntry] = []
        var snapshot = DraftSnapshot(bytes: revisions[0].contents, resolution: latest)
        for (offset, revision) in revisions.enumerated() {
            let label = snapshot.label(at: position)
            guard offset + 1 < revisions.count else {
                entries.append(entry(revision, .added, label, nil))
                break
            }
            let step = HistoryStep(newer: snapshot, olderBytes: revisions[offset + 1].contents, differ: differ)
            let link = step.links[position]
            guard let older = link.older else {
                entries.append(entry(revision, .added, label, nil))
                break
            }
            if link.kind != .unchanged {
                entries.append(entry(revision, link.kind, label, step.older.label(at: older)))
            }
            position = older
            snapshot = step.older
        }
        return entries
    }

    /// One row per top-level paragraph of ``latest``: the last commit that changed its words and
    /// the commit that added it.
    public func blame() -> [BlameEntry] {
        let current = latest.paragraphs
        var positions: [Int?] = current.indices.map { $0 }
        var lastChange = [CommitInfo?](repeating: nil, count: current.count)
        var introduced = [CommitInfo?](repeating: nil, count: current.count)
        var open = current.count
        var snapshot = DraftSnapshot(bytes: revisions[0].contents, resolution: latest)
        var offset = 0
        while open > 0 {
            let commit = revisions[offset].commit
            guard offset + 1 < revisions.count else {
                for index in current.indices where positions[index] != nil {
                    lastChange[index] = lastChange[index] ?? commit
                    introduced[index] = commit
                }
                break
            }
            let step = HistoryStep(newer: snapshot, olderBytes: revisions[offset + 1].contents, differ: differ)
            for index in current.indices {
                guard let position = positions[index] else { continue }
                let link = step.links[position]
                if link.textChanged, lastChange[index] == nil { lastChange[index] = commit }
                if let older = link.older {
                    positions[index] = older
                } else {
                    lastChange[index] = lastChange[index] ?? commit
                    introduced[index] = commit
                    positions[index] = nil
                    open -= 1
                }
            }
            snapshot = step.older
            offset += 1
        }
        return current.indices.compactMap { index in
            guard let last = lastChange[index], let first = introduced[index] else { return nil }
            return BlameEntry(paragraph: ParagraphRef(current[index]), excerpt: Self.excerpt(current[index].fullText),
                              lastChange: last, introduced: first)
        }
    }

    // MARK: - Helpers

    /// The position among ``latest``'s top-level paragraphs of `paragraph` or of its top-level parent.
    private func position(of paragraph: Paragraph) -> Int? {
        let topID = paragraph.id.components(separatedBy: "__subpara").first ?? paragraph.id
        return latest.paragraphs.firstIndex { $0.id == topID }
    }

    private func entry(_ revision: FileRevision, _ kind: ChangeKind, _ label: String, _ previous: String?) -> ClauseLogEntry {
        ClauseLogEntry(commit: revision.commit, change: kind, label: label, previousLabel: previous,
                       tags: tags[revision.commit.id] ?? [])
    }

    /// The first eight words of `text`, with "…" when there are more.
    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let head = words.prefix(8).joined(separator: " ")
        return words.count > 8 ? head + " …" : head
    }
}
