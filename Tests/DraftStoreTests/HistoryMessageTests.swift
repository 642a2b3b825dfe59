import ClauseTree
import DraftDiff
import DraftStore
import Testing

@Suite("Commit messages written from comparisons")
struct HistoryMessageTests {
    private func message(_ old: SyntheticDraft, _ new: SyntheticDraft) -> String {
        let parser = ResolutionParser()
        return CommitMessage.summary(of: DraftDiffer().compare(parser.parse(old.text), parser.parse(new.text)))
    }

    @Test("an amendment, an insertion, a deletion and the renumbering they cause")
    func mixed() {
        let old = SyntheticDraft(pp: 12, op: 22)
        var new = old
        new.operative[7].text += " without delay"                         // OP 8
        new.preamble.remove(at: 10)                                       // PP 11
        new.operative.insert(("Decide to hold a hearing on the protocol", []), at: 12)   // OP 13
        #expect(message(old, new) == "Amend OP 8; insert OP 13; delete PP 11; renumber PP 11, OP 14–23")
    }

    @Test("a move names where the paragraph went; only layout gives a plain message")
    func moveAndLayout() {
        let old = SyntheticDraft(pp: 3, op: 6)
        var new = old
        let moved = new.operative.remove(at: 5)
        new.operative.insert(moved, at: 1)
        let text = message(old, new)
        #expect(text.hasPrefix("Move OP 6 to OP 2"))
        #expect(text.contains("renumber OP 3–6"))
        #expect(message(old, old) == "Change layout only")
    }

    @Test("the first commit of a draft counts its paragraphs")
    func added() {
        let draft = ResolutionParser().parse(SyntheticDraft(pp: 12, op: 21).text)
        #expect(CommitMessage.added(path: "Drafts/x.txt", resolution: draft) == "Add Drafts/x.txt (12 PP, 21 OP)")
    }

    @Test("long lists are cut after six items")
    func longList() {
        let old = SyntheticDraft(pp: 2, op: 30)
        var new = old
        for index in stride(from: 0, to: 30, by: 3) { new.operative[index].text += " now" }
        #expect(message(old, new) == "Amend OP 1, OP 4, OP 7, OP 10, OP 13, OP 16 and 4 more")
    }
}
