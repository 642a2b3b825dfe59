import ClauseTree
import Testing
@testable import DraftDiff

/// Counts of kinds, only those present.
func counts(_ comparison: DraftComparison) -> [ChangeKind: Int] {
    comparison.summary.filter { $0.value > 0 }
}

/// Checks the invariant every comparison keeps: each paragraph of both drafts appears in
/// exactly one change.
func checkCoverage(_ comparison: DraftComparison, sourceLocation: SourceLocation = #_sourceLocation) {
    let oldIDs = comparison.changes.flatMap { $0.old.map(\.id) }
    let newIDs = comparison.changes.flatMap { $0.new.map(\.id) }
    #expect(oldIDs.sorted() == comparison.old.paragraphs.map(\.id).sorted(), sourceLocation: sourceLocation)
    #expect(newIDs.sorted() == comparison.new.paragraphs.map(\.id).sorted(), sourceLocation: sourceLocation)
    // New paragraphs appear in the new draft's order.
    let newOrder = comparison.changes.flatMap { $0.new.map(\.id) }
    #expect(newOrder == comparison.new.paragraphs.map(\.id), sourceLocation: sourceLocation)
}

@Suite("DraftDiffer: one kind per paragraph")
struct DraftDifferKindTests {
    let differ = DraftDiffer()

    @Test("identical drafts give no changes")
    func identical() {
        let draft = Fixtures.resolution(preamble: Fixtures.preamble, operative: Fixtures.operative)
        let comparison = differ.compare(draft, draft)
        checkCoverage(comparison)
        #expect(!comparison.hasDifferences)
        #expect(counts(comparison) == [.unchanged: 30])
    }

    @Test("layout and the final mark are never a change")
    func layout() {
        let old = Fixtures.resolution(operative: ["Call on APPF Member States to act on \u{201C}blue carbon\u{201D};",
                                                  "Urge APPF Member States to report."])
        let new = Fixtures.resolution(operative: ["Call on  APPF Member States\nto act on \"blue carbon\".",
                                                  "Urge APPF Member States to report;"])
        let comparison = differ.compare(old, new)
        #expect(counts(comparison) == [.unchanged: 2])
        #expect(comparison.changes.allSatisfy { $0.words.isEmpty && $0.similarity == 1 })
    }

    @Test("an insertion near the top renumbers the twenty paragraphs after it, with no moves")
    func insertionRenumbers() {
        let texts = Array(Fixtures.operative.prefix(23))
        var amended = texts
        amended.insert("Call on APPF Member States to establish a regional fund for coral reef restoration;", at: 3)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 3, .added: 1, .renumbered: 20])
        #expect(comparison.changes[3].kind == .added)
        #expect(comparison.changes[3].new.first?.number == "4")
    }

    @Test("a deletion renumbers what follows and is placed where it stood")
    func deletion() {
        let texts = Array(Fixtures.operative.prefix(8))
        var amended = texts
        amended.remove(at: 2)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 2, .deleted: 1, .renumbered: 5])
        #expect(comparison.changes[2].kind == .deleted)
        #expect(comparison.changes[2].old.first?.number == "3")
    }

    @Test("a paragraph taken from the end to the top is one move")
    func move() {
        let texts = Array(Fixtures.operative.prefix(20))
        var amended = texts
        amended.insert(amended.remove(at: 19), at: 4)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 4, .moved: 1, .renumbered: 15])
        let move = comparison.changes[4]
        #expect(move.kind == .moved && move.old.first?.number == "20" && move.new.first?.number == "5")
        #expect(move.words.isEmpty && !move.crossedSection)
    }

    @Test("a moved paragraph that was also edited carries its word changes")
    func moveWithEdit() {
        let texts = Array(Fixtures.operative.prefix(12))
        var amended = texts
        amended.remove(at: 10)
        amended.insert("Further urge APPF Member States to protect critical infrastructure and hospitals against cyberattacks;", at: 1)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 2, .moved: 1, .renumbered: 9])
        let move = comparison.changes[1]
        #expect(move.kind == .moved)
        #expect(move.words.filter { $0.op != .equal } == [WordChange(.insert, " and hospitals")])
        #expect(move.similarity > 0.8 && move.similarity < 1)
    }

    @Test("an edit in place is modified, with the lead change flagged")
    func modified() {
        let texts = Array(Fixtures.operative.prefix(5))
        var amended = texts
        amended[2] = "Urge parliaments of APPF Member States to hold annual hearings on disaster preparedness;"
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        #expect(counts(comparison) == [.unchanged: 4, .modified: 1])
        let change = comparison.changes[2]
        #expect(change.kind == .modified && change.leadChanged)
        #expect(change.words.filter { $0.op != .equal } == [WordChange(.delete, "Encourage"), WordChange(.insert, "Urge")])
    }

    @Test("two swapped neighbours are exactly one move")
    func swap() {
        let texts = Array(Fixtures.operative.prefix(10))
        var amended = texts
        amended.swapAt(4, 5)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 8, .moved: 1, .renumbered: 1])
    }

    @Test("one paragraph cut in two is a split")
    func split() {
        let texts = [Fixtures.operative[0],
                     "Urge APPF Member States to ratify the Convention against Transnational Organized Crime, and to adopt national action plans against trafficking in persons;",
                     Fixtures.operative[2]]
        let amended = [Fixtures.operative[0],
                       "Urge APPF Member States to ratify the Convention against Transnational Organized Crime;",
                       "Urge APPF Member States to adopt national action plans against trafficking in persons;",
                       Fixtures.operative[2]]
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 1, .split: 1, .renumbered: 1])
        let split = comparison.changes[1]
        #expect(split.kind == .split && split.old.map(\.number) == ["2"] && split.new.map(\.number) == ["2", "3"])
        #expect(split.hasWordChanges)
    }

    @Test("two paragraphs joined into one is a merge")
    func merge() {
        let texts = [Fixtures.operative[0],
                     "Urge APPF Member States to ratify the Convention against Transnational Organized Crime;",
                     "Encourage APPF Member States to adopt national action plans against trafficking in persons;",
                     Fixtures.operative[2], Fixtures.operative[3]]
        let amended = [Fixtures.operative[0],
                       "Urge APPF Member States to ratify the Convention against Transnational Organized Crime, and to adopt national action plans against trafficking in persons;",
                       Fixtures.operative[2], Fixtures.operative[3]]
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 1, .merged: 1, .renumbered: 2])
        let merge = comparison.changes[1]
        #expect(merge.kind == .merged && merge.old.map(\.number) == ["2", "3"] && merge.new.map(\.number) == ["2"])
    }

    @Test("a paragraph repeated twice: the copy is added, the original stays")
    func repeated() {
        let texts = Array(Fixtures.operative.prefix(6))
        var amended = texts
        amended.insert(texts[2], at: 3)
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 3, .added: 1, .renumbered: 3])
        #expect(comparison.changes[2].kind == .unchanged && comparison.changes[3].kind == .added)
    }

    @Test("repeated paragraphs on both sides pair in order")
    func repeatedBothSides() {
        let texts = [Fixtures.operative[0], Fixtures.operative[1], Fixtures.operative[0], Fixtures.operative[1]]
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: texts))
        #expect(counts(comparison) == [.unchanged: 4])
    }

    @Test("near-identical repeated paragraphs each keep their own edit")
    func nearIdenticalRepeats() {
        let base = "Call on APPF Member States to strengthen regional cooperation on maritime security"
        let texts = [base + " in the Pacific;", Fixtures.operative[5], base + " in Southeast Asia;", base + " in the Arctic;"]
        let amended = [base + " in the South Pacific;", Fixtures.operative[5], base + " in maritime Southeast Asia;",
                       base + " in the Arctic region;"]
        let comparison = differ.compare(Fixtures.resolution(operative: texts), Fixtures.resolution(operative: amended))
        #expect(counts(comparison) == [.unchanged: 1, .modified: 3])
        #expect(comparison.changes.allSatisfy { $0.old.first?.index == $0.new.first?.index })
    }

    @Test("an empty draft against a full one: everything added, and the reverse deleted")
    func emptyDraft() {
        let full = Fixtures.resolution(preamble: Fixtures.preamble, operative: Fixtures.operative)
        let empty = Resolution()
        let added = differ.compare(empty, full)
        checkCoverage(added)
        #expect(counts(added) == [.added: 30])
        let deleted = differ.compare(full, empty)
        checkCoverage(deleted)
        #expect(counts(deleted) == [.deleted: 30])
        #expect(counts(differ.compare(empty, empty)).isEmpty)
    }

    @Test("a preambular paragraph that became operative is a move across sections")
    func crossedSection() {
        let old = Fixtures.resolution(preamble: Array(Fixtures.preamble.prefix(4)), operative: Array(Fixtures.operative.prefix(4)))
        var preamble = Array(Fixtures.preamble.prefix(4))
        let moved = preamble.remove(at: 3)
        let new = Fixtures.resolution(preamble: preamble, operative: Array(Fixtures.operative.prefix(4)) + [moved])
        let comparison = differ.compare(old, new)
        checkCoverage(comparison)
        #expect(counts(comparison) == [.unchanged: 7, .moved: 1])
        #expect(comparison.changes.last?.crossedSection == true)
    }

    @Test("a preambular paragraph shifted by an insertion is renumbered")
    func preambleShift() {
        let old = Fixtures.resolution(preamble: Array(Fixtures.preamble.prefix(3)), operative: [Fixtures.operative[0]])
        let new = Fixtures.resolution(preamble: [Fixtures.preamble[5]] + Array(Fixtures.preamble.prefix(3)),
                                      operative: [Fixtures.operative[0]])
        #expect(counts(differ.compare(old, new)) == [.added: 1, .renumbered: 3, .unchanged: 1])
    }

    @Test("sub-paragraphs are part of their paragraph's text")
    func children() {
        func draft(_ item: String) -> Resolution {
            let child = Paragraph(section: .operative, index: 1, number: "a", lead: "Sharing", text: item,
                                  lines: SourceRange(line: 2))
            return Resolution(operative: [Fixtures.op(1, "Urge APPF Member States to act, in particular by:", children: [child]),
                                          Fixtures.op(2, Fixtures.operative[1])])
        }
        let comparison = differ.compare(draft("Sharing data on fisheries;"), draft("Sharing data on sustainable fisheries;"))
        #expect(counts(comparison) == [.modified: 1, .unchanged: 1])
    }
}
