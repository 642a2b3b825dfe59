import ClauseTree

/// How a corpus is loaded: whether indexes of folders are cached, and where.
public struct CorpusOptions: Sendable, Hashable {
    /// Read and write cached indexes of folders (default true).
    public var useCache: Bool
    /// A folder for cached indexes; nil keeps each in `FOLDER/.redraft/`.
    public var cacheDirectory: String?

    /// Creates options.
    public init(useCache: Bool = true, cacheDirectory: String? = nil) {
        self.useCache = useCache
        self.cacheDirectory = cacheDirectory
    }
}

/// What became of a folder's cached index during loading.
public enum CacheOutcome: String, Sendable, Hashable {
    /// The cached index was current and used.
    case used
    /// The index was built and written to the cache.
    case rebuilt
    /// The index was built and not cached (caching off, files named on their own, or the
    /// cache could not be written).
    case uncached
}

extension PriorCorpus {
    /// Loads the earlier resolutions named by `priors`: files, or folders searched recursively
    /// for `*.txt`. Each folder's index comes from its cache when current. Files of a folder that
    /// are not resolutions are skipped with a finding; the draft at `draftPath` is left out
    /// wherever it appears (real paths are compared).
    ///
    /// - Parameters:
    ///   - contents: the bytes of priors that are not files on disk, keyed by the prior as given
    ///     (the command line resolves `REV:PATH` priors from git this way).
    ///   - progress: called while a folder is indexed, with the folder, the files done and the
    ///     total.
    /// - Throws: ``InputError`` naming the path for a missing or unreadable prior, a named file
    ///   that is not a resolution, or a folder without resolutions.
    public static func load(_ priors: [String], excluding draftPath: String?, options: CorpusOptions = CorpusOptions(),
                            contents: [String: [UInt8]] = [:],
                            progress: ((String, Int, Int) -> Void)? = nil) throws(InputError) -> PriorCorpus {
        let draftReal = draftPath.flatMap { $0 == "-" ? nil : FileSystem.realPath($0) }
        var corpus = PriorCorpus(parts: [])
        var loose: [CorpusSource] = []
        for prior in priors {
            switch FilePaths.isFolder(prior) {
            case nil:
                guard let bytes = contents[prior] else { throw InputError(path: prior, "no such file or folder") }
                loose.append(try namedSource(prior, bytes: bytes))
            case true?:
                corpus.parts.append(try loadFolder(prior, draftReal: draftReal, options: options,
                                                   findings: &corpus.findings, progress: progress))
            case false?:
                if let draftReal, FileSystem.realPath(prior) == draftReal {
                    corpus.findings.append(CorpusFinding(path: prior, "skipped: this is the draft itself"))
                    continue
                }
                loose.append(try readNamedFile(prior))
            }
        }
        if !loose.isEmpty {
            corpus.parts.append(Part(index: CorpusIndex.build(loose), root: nil))
        }
        if corpus.fileCount == 0 {
            throw InputError(path: priors.joined(separator: " "), "no earlier resolution to compare with")
        }
        return corpus
    }

    /// A file named on the command line: it must exist, be readable and be a resolution.
    private static func readNamedFile(_ path: String) throws(InputError) -> CorpusSource {
        guard let bytes = try? FileBytes.read(path) else {
            throw InputError(path: path, "cannot read the file (permission denied?)")
        }
        return try namedSource(path, bytes: bytes)
    }

    /// A prior named on the command line, from its bytes: it must be a resolution.
    private static func namedSource(_ path: String, bytes: [UInt8]) throws(InputError) -> CorpusSource {
        let text = try DraftText.decode(bytes, path: path)
        if ResolutionParser().parse(text).isEmpty {
            throw InputError(path: path, "no resolution paragraph found (expected preambular or numbered operative paragraphs)")
        }
        return CorpusSource(path: path, displayPath: path, bytes: bytes)
    }

    private static func loadFolder(_ folder: String, draftReal: String?, options: CorpusOptions,
                                   findings: inout [CorpusFinding],
                                   progress: ((String, Int, Int) -> Void)?) throws(InputError) -> Part {
        let relatives = FileSystem.textFiles(in: folder)
        if relatives.isEmpty { throw InputError(path: folder, "no *.txt files in the folder") }
        let display = { (relative: String) in folder.hasSuffix("/") ? folder + relative : folder + "/" + relative }
        var sources: [CorpusSource] = []
        sources.reserveCapacity(relatives.count)
        for relative in relatives {
            let path = display(relative)
            guard let bytes = try? FileBytes.read(path) else {
                findings.append(CorpusFinding(path: path, "skipped: cannot read the file"))
                continue
            }
            sources.append(CorpusSource(path: relative, displayPath: path, bytes: bytes))
        }
        let current = sources.map { (path: $0.path, hash: ContentHash(of: $0.bytes)) }
        let cachePath = IndexCache.location(forFolder: folder, cacheDirectory: options.cacheDirectory)
        var index: CorpusIndex?
        var outcome = CacheOutcome.uncached
        if options.useCache {
            do {
                if let cached = try IndexCache.load(from: cachePath), IndexCache.matches(cached, current) {
                    index = cached
                    outcome = .used
                }
            } catch {
                findings.append(CorpusFinding(path: cachePath, "cached index ignored (\(error.description)); rebuilding it"))
            }
        }
        let built = index ?? CorpusIndex.build(sources) { progress?(folder, $0, $1) }
        if index == nil, options.useCache {
            do {
                try IndexCache.store(built, at: cachePath)
                outcome = .rebuilt
            } catch {
                findings.append(CorpusFinding(path: cachePath, "cannot write the index cache (\(error.description))"))
            }
        }
        var excluded: Set<Int> = []
        for (position, file) in built.files.enumerated() {
            let path = display(file.path)
            if let draftReal, FileSystem.realPath(path) == draftReal {
                excluded.insert(position)
            } else if let reason = file.skipReason {
                findings.append(CorpusFinding(path: path, "skipped: \(reason)"))
            }
        }
        let part = Part(index: built, root: folder, excluded: excluded, cacheOutcome: outcome)
        if part.index.files.indices.allSatisfy({ part.index.files[$0].skipReason != nil || excluded.contains($0) }) {
            throw InputError(path: folder, "no resolution found in the folder")
        }
        return part
    }
}
