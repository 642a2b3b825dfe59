@testable import DraftStore
import ClauseTree
import DraftDiff
import Foundation
import Testing

/// A small synthetic draft: a header, `pp` preambular and `op` operative paragraphs, every
/// paragraph on one line (some operative ones with sub-items), edited by numbered operations.
struct SyntheticDraft {
    var preamble: [String]
    var operative: [(text: String, items: [String])]

    init(pp: Int, op: Int) {
        let leads = ["Recalling", "Noting with concern", "Welcoming", "Bearing in mind", "Recognizing"]
        let topics = ["trade", "climate", "health", "education", "migration", "security", "energy", "water"]
        preamble = (0..<pp).map { "\(leads[$0 % leads.count]) the work done on \(topics[$0 % topics.count]) in year \($0 + 1990) by the parliaments of the region" }
        operative = (0..<op).map { index in
            let items = index % 7 == 3 ? ["training of officials on \(topics[index % 8])", "exchange of data on case \(index)"] : []
            return ("Call on APPF Member States to strengthen cooperation on \(topics[(index * 3) % 8]) under measure \(index + 1)", items)
        }
    }

    var text: String {
        var out = "Resolution on Regional Cooperation\n\n\n23rd Annual Meeting of the Asia-Pacific Parliamentary Forum\n14 January 2015\n\n(Sponsored by Canada)\n\n"
        for paragraph in preamble { out += paragraph + ";\n\n" }
        out += "\n"
        for (offset, paragraph) in operative.enumerated() {
            let last = offset == operative.count - 1
            if paragraph.items.isEmpty {
                out += "\(offset + 1). \(paragraph.text)\(last ? "." : ";")\n\n"
            } else {
                out += "\(offset + 1). \(paragraph.text), including:\n"
                for (itemOffset, item) in paragraph.items.enumerated() {
                    let marker = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(itemOffset)))
                    out += "(\(marker)) \(item)\(itemOffset == paragraph.items.count - 1 && last ? "." : ";")\n"
                }
                out += "\n"
            }
        }
        return out
    }

    /// Applies edit number `step` (deterministic): word changes mostly, with insertions,
    /// deletions and moves of operative paragraphs, and edits of preambular ones.
    mutating func edit(_ step: Int) {
        let kind = step % 9
        let op = (step * 7) % operative.count
        switch kind {
        case 1:
            operative.insert(("Decide to review measure \(step) of the plan of action", []), at: op)
        case 2 where operative.count > 4:
            operative.remove(at: op)
        case 3:
            let paragraph = operative.remove(at: op)
            operative.insert(paragraph, at: (op * 5 + 3) % (operative.count + 1))
        case 4:
            let pp = (step * 3) % preamble.count
            preamble[pp] += " and in \(step)"
        case 5:
            preamble.insert("Welcoming the report number \(step) of the secretariat", at: (step * 5) % preamble.count)
        default:
            operative[op].text = operative[op].text.replacingOccurrences(of: "strengthen", with: "deepen")
                + " (revision \(step))"
        }
    }
}

@Suite("History walk: revisions derived line-wise, clause log and blame")
struct HistoryWalkTests {
    @Test("older revisions derived from newer ones have the paragraphs a whole parse gives")
    func derivedMatchesWholeParse() {
        var draft = SyntheticDraft(pp: 12, op: 25)
        var texts = [draft.text]
        for step in 1...60 {
            draft.edit(step)
            texts.append(draft.text)
        }
        var snapshot = DraftSnapshot.parse(Array(texts[texts.count - 1].utf8))
        for index in stride(from: texts.count - 2, through: 0, by: -1) {
            let older = Array(texts[index].utf8)
            let (derived, _) = snapshot.derive(olderBytes: older)
            let whole = DraftSnapshot.parse(older)
            #expect(derived.paragraphs.count == whole.paragraphs.count)
            #expect(derived.preambleCount == whole.preambleCount)
            #expect(derived.lines == whole.lines)
            #expect(derived.breaks == whole.breaks)
            for (a, b) in zip(derived.paragraphs, whole.paragraphs) {
                #expect(a.section == b.section && a.number == b.number && a.fullText == b.fullText,
                        "revision \(index): \(a.fullText.prefix(40)) vs \(b.fullText.prefix(40))")
            }
            for position in derived.paragraphs.indices {
                #expect(derived.label(at: position) == whole.label(at: position))
            }
            snapshot = derived
        }
    }

    @Test("a clause is followed back through renumbering, a move and edits; blame ignores renumbering")
    func clauseLogAndBlame() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        var draft = SyntheticDraft(pp: 3, op: 6)
        func commit(_ message: String) throws {
            try repository.commit(files: [(path: "Drafts/t.txt", contents: bytes(draft.text))], message: message, author: testAuthor)
        }
        try commit("Add")                                                     // OP 4 is "measure 4"
        draft.operative[3].text += " without delay"
        try commit("Amend OP 4")
        draft.operative.insert(("Decide to set up a working group on measure zero", []), at: 0)
        try commit("Insert OP 1")                                             // now OP 5
        let moved = draft.operative.remove(at: 4)
        draft.operative.insert(moved, at: 1)
        try commit("Move OP 5 to OP 2")                                       // now OP 2
        draft.preamble[0] += " again"
        try commit("Amend PP 1")

        let history = try DraftHistory(repository: repository, path: "Drafts/t.txt")
        let op2 = try #require(history.latest.paragraph(withID: "para_2"))
        #expect(op2.text.contains("measure 4 without delay"))
        let log = history.clauseLog(of: op2)
        #expect(log.map(\.change) == [.moved, .renumbered, .modified, .added])
        #expect(log.map(\.commit.summary) == ["Move OP 5 to OP 2", "Insert OP 1", "Amend OP 4", "Add"])
        #expect(log.map(\.label) == ["OP 2", "OP 5", "OP 4", "OP 4"])
        #expect(log.map(\.previousLabel) == ["OP 5", "OP 4", "OP 4", nil])

        let blame = history.blame()
        #expect(blame.count == 3 + 7)
        let row = try #require(blame.first { $0.paragraph.id == "para_2" })
        #expect(row.lastChange.summary == "Amend OP 4")
        #expect(row.introduced.summary == "Add")
        let inserted = try #require(blame.first { $0.paragraph.id == "para_1" })
        #expect(inserted.lastChange.summary == "Insert OP 1" && inserted.introduced.summary == "Insert OP 1")
        #expect(blame.first { $0.paragraph.id == "recs__rec_1" }?.lastChange.summary == "Amend PP 1")
        #expect(blame.first { $0.paragraph.id == "para_7" }?.lastChange.summary == "Add")
    }

    @Test("the file log lists the commits that changed the draft, with tags")
    func fileLog() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        var draft = SyntheticDraft(pp: 2, op: 3)
        try repository.commit(files: [(path: "t.txt", contents: bytes(draft.text))], message: "one", author: testAuthor)
        try repository.commit(files: [(path: "other.txt", contents: bytes("x\n"))], message: "other", author: testAuthor)
        draft.edit(7)
        try repository.commit(files: [(path: "t.txt", contents: bytes(draft.text))], message: "two", author: testAuthor)
        try repository.createTag("v2", tagger: testAuthor)
        let history = try DraftHistory(repository: repository, path: "t.txt")
        #expect(history.fileLog().map(\.commit.summary) == ["two", "one"])
        #expect(history.fileLog().map(\.tags) == [["v2"], []])
        #expect(throws: GitError.pathNotFound(revision: "HEAD", path: "none.txt")) {
            try DraftHistory(repository: repository, path: "none.txt")
        }
    }
}
