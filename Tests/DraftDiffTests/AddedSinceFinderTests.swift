import ClauseTree
@testable import DraftDiff
import Foundation
import Testing

@Suite("Added since: statuses on hand-written drafts")
struct AddedSinceFinderTests {
    static let earlier = [
        "Call on APPF Member States to strengthen regional cooperation on maritime security;",
        "Urge APPF Member States to ratify and implement the Convention against Transnational Organized Crime and to share information on trafficking routes with neighbouring States;",
        "Encourage parliaments of APPF Member States to hold annual hearings on disaster preparedness;",
        "Resolve to review the implementation of this resolution at the next Annual Meeting.",
    ]

    /// Loads `earlier` as prior.txt in a folder and compares `draft` against it.
    func report(_ draft: [String], threshold: Double = AddedSinceFinder.defaultThreshold) throws -> AddedSinceReport {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prior = try AddedSinceSupport.write(AddedSinceSupport.text(Self.earlier), "prior.txt", in: folder)
        let corpus = try PriorCorpus.load([prior], excluding: nil)
        let resolution = ResolutionParser().parse(AddedSinceSupport.text(draft))
        return AddedSinceFinder(threshold: threshold).report(for: resolution, against: corpus)
    }

    @Test("the same text is reused whatever its number, line breaks, spacing and final mark")
    func reusedIgnoringLayout() throws {
        let result = try report([
            "Resolve to review the implementation\nof this  resolution at the next Annual Meeting;",
            "Call on APPF Member States to strengthen regional cooperation on maritime security.",
        ])
        #expect(result.paragraphs.map(\.status) == [.reused, .reused])
        let source = try #require(result.paragraphs[0].source)
        #expect(source.file.hasSuffix("prior.txt"))
        #expect(source.section == .operative && source.index == 4 && source.number == "4" && source.id == "para_4")
        #expect(result.paragraphs[0].similarity == 1)
        #expect(!result.hasNew)
    }

    @Test("a change of case is not reuse but adaptation")
    func caseMatters() throws {
        let result = try report(["Call on APPF Member States to strengthen Regional Cooperation on maritime security;"])
        #expect(result.paragraphs[0].status == .adapted)
    }

    @Test("a paragraph with changed words is adapted, with its source, score and word changes")
    func adapted() throws {
        let result = try report(["Urge APPF Member States to fully ratify and implement the Convention against Transnational Organized Crime and to share information on trafficking routes with all States;"])
        let origin = result.paragraphs[0]
        #expect(origin.status == .adapted)
        #expect(origin.source?.index == 2)
        #expect((origin.similarity ?? 0) > 0.8 && (origin.similarity ?? 0) < 1)
        #expect(origin.words.contains { $0.op == .insert && $0.text.contains("fully") })
        #expect(origin.words.contains { $0.op == .delete && $0.text.contains("neighbouring") })
    }

    @Test("a paragraph split off an earlier one is adapted from it through containment")
    func splitOff() throws {
        let result = try report([
            "Urge APPF Member States to ratify and implement the Convention against Transnational Organized Crime;",
            "Encourage APPF Member States to share information on trafficking routes with neighbouring States;",
        ])
        #expect(result.paragraphs.map(\.status) == [.adapted, .adapted])
        #expect(result.paragraphs.allSatisfy { $0.source?.index == 2 })
        // The second half, under a new opening, is too short to be similar: containment finds it.
        #expect(result.paragraphs[1].splitOff)
        #expect((result.paragraphs[1].similarity ?? 0) >= 0.8)
    }

    @Test("a short paragraph whose words merely stand inside a longer one is not split off it")
    func containedWithoutSibling() throws {
        let result = try report(["Urge APPF Member States to share information;"])
        #expect(result.paragraphs[0].status == .new)
    }

    @Test("language found nowhere is new, and the threshold decides what counts as adapted")
    func newAndThreshold() throws {
        let result = try report([
            "Invite development banks to lend on concessional terms for renewable energy grids;",
            "Call on APPF Member States to strengthen regional cooperation on cybersecurity and data protection;",
        ], threshold: 0.5)
        #expect(result.paragraphs[0].status == .new)
        #expect(result.paragraphs[0].source == nil && result.paragraphs[0].similarity == nil)
        #expect(result.paragraphs[1].status == .adapted)
        #expect(result.hasNew)
        let strict = try report(["Call on APPF Member States to strengthen regional cooperation on cybersecurity and data protection;"])
        #expect(strict.paragraphs[0].status == .new)
    }

    @Test("the summary counts every status and the groups list new, then adapted, then reused")
    func summary() throws {
        let result = try report([
            "Call on APPF Member States to strengthen regional cooperation on maritime security;",
            "Invite development banks to lend on concessional terms for renewable energy grids;",
            "Encourage parliaments of APPF Member States to hold biennial hearings on disaster preparedness;",
        ])
        #expect(result.summaryLine == "1 new, 1 adapted, 1 reused of 3")
        #expect(result.groupedParagraphs.map(\.status) == [.new, .adapted, .reused])
        #expect(result.sources.count == 1 && result.sources[0].reused == 1 && result.sources[0].adapted == 1)
    }

    @Test("sources prefer the earlier file the draft borrows most from")
    func preferredSource() throws {
        let folder = try AddedSinceSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AddedSinceSupport.write(AddedSinceSupport.text([Self.earlier[0]]), "a.txt", in: folder)
        try AddedSinceSupport.write(AddedSinceSupport.text(Self.earlier), "b.txt", in: folder)
        let corpus = try PriorCorpus.load([folder.path], excluding: nil, options: CorpusOptions(useCache: false))
        let draft = ResolutionParser().parse(AddedSinceSupport.text(Array(Self.earlier.prefix(3))))
        let result = AddedSinceFinder().report(for: draft, against: corpus)
        #expect(result.paragraphs.allSatisfy { $0.source?.file.hasSuffix("b.txt") == true })
        #expect(result.paragraphs[0].copies == 2)
        #expect(result.sources.map { ($0.file as NSString).lastPathComponent } == ["b.txt", "a.txt"])
        #expect(result.sources[0].reused == 3 && result.sources[1].reused == 1)
    }
}
