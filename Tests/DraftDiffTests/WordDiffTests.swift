import Testing
@testable import DraftDiff

/// A small deterministic random generator (SplitMix64) so property tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Token keys of a text: what "equal modulo whitespace" means.
func keys(_ text: String) -> [String] { Tokenizer.tokens(text).map(\.key) }

/// The old and new texts rebuilt from word runs.
func rebuilt(_ runs: [WordChange]) -> (old: String, new: String) {
    (runs.filter { $0.op != .insert }.map(\.text).joined(), runs.filter { $0.op != .delete }.map(\.text).joined())
}

@Suite("WordDiff: word runs that read as phrases")
struct WordDiffTests {
    @Test("a changed final mark is one punctuation change")
    func punctuation() {
        let runs = WordDiff.changes(from: "Recalling its resolution of 2015,", to: "Recalling its resolution of 2015;")
        #expect(runs == [WordChange(.equal, "Recalling its resolution of 2015"), WordChange(.delete, ","),
                         WordChange(.insert, ";")])
    }

    @Test("a replaced phrase reads as one deletion and one insertion")
    func phrase() {
        let runs = WordDiff.changes(from: "Urge Member States to act swiftly on the report;",
                                    to: "Call on Member States to act decisively upon the report;")
        #expect(runs == [WordChange(.delete, "Urge"), WordChange(.insert, "Call on"),
                         WordChange(.equal, " Member States to act"),
                         WordChange(.delete, " swiftly on"), WordChange(.insert, " decisively upon"),
                         WordChange(.equal, " the report;")])
    }

    @Test("a single function word between two changes joins them")
    func stopWordAbsorbed() {
        let runs = WordDiff.changes(from: "to strengthen the framework for trade", to: "to reinforce the mechanisms for trade")
        #expect(runs == [WordChange(.equal, "to"), WordChange(.delete, " strengthen the framework"),
                         WordChange(.insert, " reinforce the mechanisms"), WordChange(.equal, " for trade")])
    }

    @Test("identical and empty texts")
    func edges() {
        #expect(WordDiff.changes(from: "", to: "").isEmpty)
        #expect(WordDiff.changes(from: "a b", to: "a b") == [WordChange(.equal, "a b")])
        #expect(WordDiff.changes(from: "", to: "Urge") == [WordChange(.insert, "Urge")])
        #expect(WordDiff.changes(from: "Urge", to: "") == [WordChange(.delete, "Urge")])
    }

    @Test("equal and delete runs rebuild the old text, equal and insert runs the new", arguments: 0..<200)
    func reconstruction(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let vocabulary = ["Urge", "the", "States", "to", "of", "act", ",", ";", "(a)", "\u{201C}blue\u{201D}", "2015", "and", "review"]
        func text(_ count: Int) -> String {
            (0..<count).map { _ in vocabulary.randomElement(using: &random) ?? "" }.joined(separator: " ")
        }
        let old = text(Int.random(in: 0...40, using: &random))
        var words = old.split(separator: " ").map(String.init)
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: words.insert(vocabulary.randomElement(using: &random) ?? "", at: Int.random(in: 0...words.count, using: &random))
            case 1 where !words.isEmpty: words.remove(at: Int.random(in: 0..<words.count, using: &random))
            default: if !words.isEmpty { words[Int.random(in: 0..<words.count, using: &random)] = "new" }
            }
        }
        let new = words.joined(separator: " ")
        for maxEdits in [1_000, 2] {
            let runs = WordDiff.changes(from: old, to: new, maxEdits: maxEdits)
            let (o, n) = rebuilt(runs)
            #expect(keys(o) == keys(old))
            #expect(keys(n) == keys(new))
        }
    }

    @Test("the edit script is a shortest one", arguments: 0..<100)
    func minimal(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1_000)
        let a = (0..<Int.random(in: 0...30, using: &random)).map { _ in Int32.random(in: 0..<5, using: &random) }
        let b = (0..<Int.random(in: 0...30, using: &random)).map { _ in Int32.random(in: 0..<5, using: &random) }
        let steps = MyersDiff.diff(a, b, maxEdits: 1_000)
        var x = 0, y = 0, equal = 0
        for step in steps {
            switch step {
            case .equal(let i, let j):
                #expect(i == x && j == y && a[i] == b[j])
                x += 1
                y += 1
                equal += 1
            case .delete(let i):
                #expect(i == x)
                x += 1
            case .insert(let j):
                #expect(j == y)
                y += 1
            }
        }
        #expect(x == a.count && y == b.count)
        #expect(equal == longestCommonSubsequence(a, b))
    }

    @Test("long paragraphs diff quickly and within the edit cap")
    func long() {
        var random = SeededGenerator(seed: 7)
        let old = (0..<20_000).map { _ in "w\(Int.random(in: 0..<500, using: &random))" }
        var new = old
        for _ in 0..<3_000 { new[Int.random(in: 0..<new.count, using: &random)] = "changed" }
        let runs = WordDiff.changes(from: old.joined(separator: " "), to: new.joined(separator: " "), maxEdits: 500)
        let (o, n) = rebuilt(runs)
        #expect(keys(o) == old)
        #expect(keys(n) == new)
    }
}

/// The textbook O(nm) longest common subsequence length, as the reference for ``MyersDiff``.
func longestCommonSubsequence(_ a: [Int32], _ b: [Int32]) -> Int {
    var row = Array(repeating: 0, count: b.count + 1)
    for x in a {
        var diagonal = 0
        for j in 0..<b.count {
            let saved = row[j + 1]
            row[j + 1] = x == b[j] ? diagonal + 1 : max(row[j + 1], row[j])
            diagonal = saved
        }
    }
    return row[b.count]
}
