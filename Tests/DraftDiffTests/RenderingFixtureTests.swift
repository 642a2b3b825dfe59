import ClauseTree
@testable import DraftDiff
import Testing

/// Hand-made drafts and comparisons for the renderer and amendment tests (the differ is
/// written elsewhere; these comparisons say by hand what it would find).
enum Fixture {
    /// A paragraph position: section and 1-based index.
    struct Pos: Hashable { var section: Section; var index: Int }

    static func pp(_ index: Int) -> Pos { Pos(section: .preamble, index: index) }
    static func op(_ index: Int) -> Pos { Pos(section: .operative, index: index) }

    /// A resolution with the given paragraph texts, operative paragraphs numbered 1, 2, 3 …
    static func draft(title: String = "Resolution on Testing", preamble: [String], operative: [String]) -> Resolution {
        var line = 10
        func paragraph(_ section: Section, _ offset: Int, _ text: String) -> Paragraph {
            line += 2
            let lead = String(text.prefix { $0 != " " })
            return Paragraph(section: section, index: offset + 1, number: section == .operative ? String(offset + 1) : nil,
                             lead: lead, text: text, lines: SourceRange(line: line))
        }
        return Resolution(title: title, preamble: preamble.enumerated().map { paragraph(.preamble, $0.offset, $0.element) },
                          operative: operative.enumerated().map { paragraph(.operative, $0.offset, $0.element) })
    }

    /// The word runs from `old` to `new`, as the differ would give them.
    static func runs(_ old: String, _ new: String) -> [WordChange] {
        let a = Tokenizer.tokens(old)
        let b = Tokenizer.tokens(new)
        guard TokenText.keys(a) != TokenText.keys(b) else { return [] }
        var runs: [WordChange] = []
        func add(_ op: WordChange.Operation, _ tokens: ArraySlice<Token>) {
            guard !tokens.isEmpty else { return }
            runs.append(WordChange(op, TokenText.render(tokens)))
        }
        var i = 0
        var j = 0
        for hunk in TokenDiff.hunks(a, b) {
            add(.equal, a[i..<hunk.oldRange.lowerBound])
            add(.delete, a[hunk.oldRange])
            add(.insert, b[hunk.newRange])
            i = hunk.oldRange.upperBound
            j = hunk.newRange.upperBound
        }
        add(.equal, a[i...])
        _ = j
        return runs
    }

    /// One change between `old` and `new` drafts, words and similarity filled in.
    static func change(_ kind: ChangeKind, _ oldSide: [Pos], _ newSide: [Pos], in old: Resolution, _ new: Resolution,
                       crossed: Bool = false) -> ParagraphChange {
        let oldRefs = oldSide.compactMap { p in old.paragraph(at: ParagraphRef(section: p.section, index: p.index, number: nil, id: "")).map(ParagraphRef.init) }
        let newRefs = newSide.compactMap { p in new.paragraph(at: ParagraphRef(section: p.section, index: p.index, number: nil, id: "")).map(ParagraphRef.init) }
        let oldText = oldRefs.compactMap { old.paragraph(at: $0)?.fullText }.joined(separator: " ")
        let newText = newRefs.compactMap { new.paragraph(at: $0)?.fullText }.joined(separator: " ")
        let words = oldRefs.isEmpty || newRefs.isEmpty ? [] : runs(oldText, newText)
        let similarity = oldRefs.isEmpty || newRefs.isEmpty ? 0 : (words.isEmpty ? 1 : 0.8234)
        return ParagraphChange(kind: kind, old: oldRefs, new: newRefs, similarity: similarity, words: words,
                               leadChanged: false, crossedSection: crossed)
    }

    // MARK: - The standard pair: one change of every kind

    static let oldStandard = draft(
        title: "Resolution on Combating Human Trafficking",
        preamble: [
            "Recalling the Universal Declaration of Human Rights;",
            "Noting with concern that millions of women, children and men are forced to work in conditions akin to slavery;",
            "Emphasizing the connection between human trafficking and organized crime;",
            "Recognizing the role of parliamentarians in legislating to combat human trafficking;",
        ],
        operative: [
            "Strongly urge APPF Member States to ratify the Protocol;",
            "Call on APPF Member States to criminalize all forms of trafficking;",
            "Urge APPF Member States to undertake specialized training for law enforcement personnel and to strengthen anti-trafficking enforcement;",
            "Encourage APPF Member States to share information and to coordinate investigations across borders;",
            "Highlight the importance of building capacity within national judiciaries;",
            "Encourage parliaments to review legislative frameworks;",
            "Invite the international community to support victims of trafficking;",
            "Resolve to remain seized of the matter.",
        ])

    static let newStandard = draft(
        title: "Resolution on Combating Human Trafficking",
        preamble: [
            "Recalling the Universal Declaration of Human Rights;",
            "Noting with deep concern that millions of women, children and men world-wide are forced to work in conditions akin to slavery;",
            "Aware that poverty & <conflict> make people \"vulnerable\" to trafficking;",
            "Emphasizing the connection between human trafficking and organized crime;",
            "Recognizing the role of parliamentarians in legislating to combat human trafficking;",
        ],
        operative: [
            "Strongly urge APPF Member States to ratify the Protocol;",
            "Urge APPF Member States to undertake specialized training for law enforcement, border security personnel and to strengthen national enforcement;",
            "Resolve to remain seized of the matter;",
            "Encourage APPF Member States to share information;",
            "Further encourage APPF Member States to coordinate investigations across borders;",
            "Highlight the importance of building capacity within national judiciaries and encourage parliaments to review legislative frameworks;",
            "Invite the international community to support victims of trafficking;",
            "Request the Secretariat to report on progress at the next Annual Meeting.",
        ])

    static var standard: DraftComparison {
        let o = oldStandard
        let n = newStandard
        return DraftComparison(old: o, new: n, changes: [
            change(.unchanged, [pp(1)], [pp(1)], in: o, n),
            change(.modified, [pp(2)], [pp(2)], in: o, n),
            change(.added, [], [pp(3)], in: o, n),
            change(.renumbered, [pp(3)], [pp(4)], in: o, n),
            change(.renumbered, [pp(4)], [pp(5)], in: o, n),
            change(.unchanged, [op(1)], [op(1)], in: o, n),
            change(.deleted, [op(2)], [], in: o, n),
            change(.modified, [op(3)], [op(2)], in: o, n),
            change(.moved, [op(8)], [op(3)], in: o, n),
            change(.split, [op(4)], [op(4), op(5)], in: o, n),
            change(.merged, [op(5), op(6)], [op(6)], in: o, n),
            change(.unchanged, [op(7)], [op(7)], in: o, n),
            change(.added, [], [op(8)], in: o, n),
        ])
    }
}

@Suite("Test fixtures")
struct RenderingFixtureTests {
    @Test("the standard comparison covers every paragraph of both drafts once")
    func standardCoversEveryParagraph() {
        let comparison = Fixture.standard
        let oldIDs = comparison.changes.flatMap(\.old).map(\.id)
        let newIDs = comparison.changes.flatMap(\.new).map(\.id)
        #expect(oldIDs.sorted() == comparison.old.paragraphs.map(\.id).sorted())
        #expect(newIDs.sorted() == comparison.new.paragraphs.map(\.id).sorted())
    }
}
