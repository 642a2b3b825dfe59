import ClauseTree

/// The earlier resolutions a draft is compared against: one or more indexes (one per folder
/// named, one for the files named on their own), the files to leave out of each (the draft
/// itself), and the findings made while loading them.
///
/// Load one with ``PriorCorpus/load(_:excluding:options:progress:)``; query it with
/// ``AddedSinceFinder``.
public struct PriorCorpus: Sendable {
    /// One index and where its files are.
    public struct Part: Sendable {
        /// The index.
        public var index: CorpusIndex
        /// The folder the index's paths are relative to, as the user named it; nil when the
        /// paths are the user's own.
        public var root: String?
        /// Positions in ``CorpusIndex/files`` to leave out (the draft, when it sits in the folder).
        public var excluded: Set<Int>
        /// Whether the index came from the cache.
        public var cacheOutcome: CacheOutcome
        /// The index's vocabulary as a dictionary.
        let lookup: [String: Int32]
        /// The weight of each word id (``CorpusIndex/wordWeights()``).
        let weights: [Double]

        /// A part over `index`.
        public init(index: CorpusIndex, root: String?, excluded: Set<Int> = [], cacheOutcome: CacheOutcome = .uncached) {
            self.index = index
            self.root = root
            self.excluded = excluded
            self.cacheOutcome = cacheOutcome
            self.lookup = index.vocabularyLookup()
            self.weights = index.wordWeights()
        }

        /// The weight of word id `id`.
        func weight(_ id: Int32) -> Double {
            Int(id) < weights.count ? weights[Int(id)] : index.unseenWordWeight
        }

        /// The path of file `file` as shown to people: the folder joined with the relative path.
        public func displayPath(ofFile file: Int) -> String {
            let path = index.files[file].path
            guard let root else { return path }
            return root.hasSuffix("/") ? root + path : root + "/" + path
        }
    }

    /// The indexes, in the order their PRIOR arguments were given.
    public var parts: [Part]
    /// Files skipped and cache troubles, to print as warnings.
    public var findings: [CorpusFinding]

    /// A corpus of `parts`.
    public init(parts: [Part], findings: [CorpusFinding] = []) {
        self.parts = parts
        self.findings = findings
    }

    /// The number of files compared against (skipped and excluded ones left out).
    public var fileCount: Int {
        parts.reduce(0) { total, part in
            total + part.index.files.indices.filter { part.index.files[$0].skipReason == nil && !part.excluded.contains($0) }.count
        }
    }

    /// The number of paragraphs compared against.
    public var paragraphCount: Int {
        parts.reduce(0) { total, part in
            total + part.index.paragraphFile.filter { !part.excluded.contains(Int($0)) }.count
        }
    }

    /// The parsed resolution of file `file` of part `part`, read again from disk; nil when it
    /// can no longer be read or its content changed since it was indexed.
    func resolution(part: Int, file: Int) -> Resolution? {
        let path = parts[part].displayPath(ofFile: file)
        guard let bytes = try? FileBytes.read(path) else { return nil }
        guard ContentHash(of: bytes) == parts[part].index.files[file].contentHash,
              let text = try? DraftText.decode(bytes, path: path) else { return nil }
        return ResolutionParser().parse(text)
    }
}

/// A non-fatal finding made while loading a corpus: a file skipped, a cache not used.
public struct CorpusFinding: Sendable, Hashable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// What happened.
    public var message: String

    /// Creates a finding.
    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `PATH: warning: MESSAGE`, on one line.
    public var description: String { "\(path): warning: \(message)" }
}
