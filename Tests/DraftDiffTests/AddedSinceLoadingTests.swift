import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

@Suite("Added since: loading earlier resolutions, bad input")
struct AddedSinceLoadingTests {
    @Test("a missing prior is an error naming its path")
    func missing() {
        #expect { try PriorCorpus.load(["/nonexistent/prior.txt"], excluding: nil) } throws: { error in
            (error as? InputError)?.description == "/nonexistent/prior.txt: error: no such file or folder"
        }
    }

    @Test("an empty folder is an error naming it")
    func emptyFolder() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect { try PriorCorpus.load([folder.path], excluding: nil) } throws: { error in
            (error as? InputError)?.path == folder.path
        }
    }

    @Test("a named prior that is not a resolution is an error")
    func namedNonResolution() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try AddedSinceSupport.write("", "empty.txt", in: folder)
        #expect { try PriorCorpus.load([path], excluding: nil) } throws: { error in
            (error as? InputError)?.path == path
        }
    }

    @Test("files of a folder that are not resolutions are skipped with a warning naming them")
    func skipped() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AddedSinceSupport.write(AddedSinceSupport.text(AddedSinceFinderTests.earlier), "a.txt", in: folder)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: folder.appendingPathComponent("image.txt"))
        try AddedSinceSupport.write("", "empty.txt", in: folder)
        try AddedSinceSupport.write("Table of contents\nnothing numbered here\n", "notes/list.txt", in: folder)
        try AddedSinceSupport.write("ignored", "readme.md", in: folder)
        let corpus = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(corpus.fileCount == 1)
        let warned = Set(corpus.findings.map { ($0.path as NSString).lastPathComponent })
        #expect(warned == ["image.txt", "empty.txt", "list.txt"])
        #expect(corpus.findings.allSatisfy { $0.description.contains(": warning: skipped: ") })
        // Warm: the same warnings come from the cache.
        let warm = try PriorCorpus.load([folder.path], excluding: nil)
        #expect(warm.parts[0].cacheOutcome == .used && warm.findings == corpus.findings)
    }

    @Test("the draft is left out of a folder it sits in, found by its real path")
    func draftExcluded() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = try AddedSinceSupport.write(AddedSinceSupport.text(AddedSinceFinderTests.earlier), "draft.txt", in: folder)
        try AddedSinceSupport.write(AddedSinceSupport.text([AddedSinceFinderTests.earlier[0]]), "old.txt", in: folder)
        let link = folder.appendingPathComponent("link-to-folder").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)
        let corpus = try PriorCorpus.load([folder.path], excluding: link + "/../" + (folder.lastPathComponent) + "/draft.txt")
        #expect(corpus.fileCount == 1)
        let result = AddedSinceFinder().report(for: ResolutionParser().parse(AddedSinceSupport.text(AddedSinceFinderTests.earlier)),
                                              against: corpus)
        #expect(result.summaryLine == "3 new, 0 adapted, 1 reused of 4")
        #expect(result.paragraphs[0].source?.file.hasSuffix("old.txt") == true)
        // Only the draft there: nothing to compare with.
        #expect(throws: InputError.self) { try PriorCorpus.load([draft], excluding: draft) }
    }
}
