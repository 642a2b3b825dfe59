import ClauseTree
@testable import DraftDiff
import Testing

/// A deterministic generator (SplitMix64) for property tests.
struct AmendmentTestRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random pairs of drafts with a known edit script, and the comparison a perfect differ would give.
enum RandomPair {
    static let vocabulary = ["the", "and", "of", "to", "regional", "cooperation", "Member", "States", "national",
                             "legislation", "measures", "capacity", "support", "effective", "in", "for", "women’s",
                             "\"Bali Process\"", "(a)", "trafficking", "victims,", "border", "security", "law",
                             "enforcement", "70/1", "2.5", "parliaments", "ensure", "strengthen"]
    static let leads = ["Recalling", "Noting with concern", "Call on APPF Member States to", "Urge parliaments to", "Encourage"]

    struct Item {
        var origins: [Fixture.Pos]
        var text: String
        var moved = false
        var split = false
    }

    static func sentence(_ rng: inout AmendmentTestRandom, words: Int) -> String {
        let lead = leads.randomElement(using: &rng) ?? "Recalling"
        let body = (0..<words).map { _ in vocabulary.randomElement(using: &rng) ?? "the" }
        return ([lead] + body).joined(separator: " ") + ";"
    }

    static func edited(_ text: String, _ rng: inout AmendmentTestRandom) -> String {
        var words = text.dropLast().split(separator: " ").map(String.init)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let position = Int.random(in: 1...max(1, words.count - 1), using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: words.insert(vocabulary.randomElement(using: &rng) ?? "and", at: min(position, words.count))
            case 1 where words.count > 3: words.remove(at: min(position, words.count - 1))
            case 2: words[min(position, words.count - 1)] = vocabulary.randomElement(using: &rng) ?? "and"
            default: words.insert(", inter alia,", at: min(position, words.count))
            }
        }
        return words.joined(separator: " ").replacingOccurrences(of: " ,", with: ",") + ";"
    }

    /// A pair of drafts and their comparison. With `markMoves` false, moved paragraphs are
    /// reported as renumbered or modified, as a weaker differ might.
    static func make(seed: UInt64, preamble: Int = 8, operative: Int = 14, edits: Int = 8, markMoves: Bool = true) -> DraftComparison {
        var rng = AmendmentTestRandom(state: seed)
        let oldPre = (0..<preamble).map { _ in sentence(&rng, words: Int.random(in: 4...14, using: &rng)) }
        let oldOp = (0..<operative).map { _ in sentence(&rng, words: Int.random(in: 4...18, using: &rng)) }
        let old = Fixture.draft(preamble: oldPre, operative: oldOp)
        var lists: [[Item]] = [
            oldPre.enumerated().map { Item(origins: [Fixture.pp($0.offset + 1)], text: $0.element) },
            oldOp.enumerated().map { Item(origins: [Fixture.op($0.offset + 1)], text: $0.element) },
        ]
        for _ in 0..<edits {
            let s = Int.random(in: 0...1, using: &rng)
            guard !lists[s].isEmpty else { continue }
            let i = Int.random(in: 0..<lists[s].count, using: &rng)
            let item = lists[s][i]
            let plain = item.origins.count == 1 && !item.moved && !item.split
            switch Int.random(in: 0..<7, using: &rng) {
            case 0, 1: if !item.origins.isEmpty { lists[s][i].text = edited(item.text, &rng) }
            case 2: if plain { lists[s].remove(at: i) }
            case 3: lists[s].insert(Item(origins: [], text: sentence(&rng, words: 6)), at: Int.random(in: 0...lists[s].count, using: &rng))
            case 4:
                guard plain, lists[s].count > 3 else { continue }
                var moving = lists[s].remove(at: i)
                moving.moved = true
                var target = Int.random(in: 0...lists[s].count, using: &rng)
                if target == i { target = (i + 2) % (lists[s].count + 1) }
                lists[s].insert(moving, at: target)
            case 5:
                let words = item.text.dropLast().split(separator: " ")
                guard plain, words.count > 6 else { continue }
                let cut = words.count / 2
                lists[s][i] = Item(origins: item.origins, text: words[..<cut].joined(separator: " ") + ";", split: true)
                lists[s].insert(Item(origins: item.origins, text: words[cut...].joined(separator: " ") + ";", split: true), at: i + 1)
            default:
                guard plain, i + 1 < lists[s].count else { continue }
                let next = lists[s][i + 1]
                guard next.origins.count == 1, !next.moved, !next.split else { continue }
                lists[s][i] = Item(origins: item.origins + next.origins, text: String(item.text.dropLast()) + " and " + next.text)
                lists[s].remove(at: i + 1)
            }
        }
        let new = Fixture.draft(preamble: lists[0].map(\.text), operative: lists[1].map(\.text))
        var changes: [ParagraphChange] = []
        var covered = Set<String>()
        for (s, section) in [Section.preamble, .operative].enumerated() {
            var index = 0
            while index < lists[s].count {
                var item = lists[s][index]
                // A split half separated from its sibling by later edits reads as a new paragraph.
                if item.origins.contains(where: { covered.contains("\($0.section)#\($0.index)") }) {
                    item = Item(origins: [], text: item.text)
                }
                var newSide = [Fixture.Pos(section: section, index: index + 1)]
                while item.split, index + 1 < lists[s].count, lists[s][index + 1].split, lists[s][index + 1].origins == item.origins {
                    index += 1
                    newSide.append(Fixture.Pos(section: section, index: index + 1))
                }
                for origin in item.origins { covered.insert("\(origin.section)#\(origin.index)") }
                let kind: ChangeKind
                if item.origins.isEmpty { kind = .added }
                else if newSide.count > 1 { kind = .split }
                else if item.origins.count > 1 { kind = .merged }
                else if item.moved && markMoves { kind = .moved }
                else if item.text != old.paragraph(at: ParagraphRef(section: section, index: item.origins[0].index, number: nil, id: ""))?.text { kind = .modified }
                else if item.origins[0].index != index + 1 - newSide.count + 1 { kind = .renumbered }
                else { kind = .unchanged }
                changes.append(Fixture.change(kind, item.origins, newSide, in: old, new))
                index += 1
            }
        }
        for p in old.paragraphs where !covered.contains("\(p.section)#\(p.index)") {
            changes.append(Fixture.change(.deleted, [Fixture.Pos(section: p.section, index: p.index)], [], in: old, new))
        }
        return DraftComparison(old: old, new: new, changes: changes)
    }
}

/// The text of a paragraph for round-trip comparison: whitespace collapsed, final ;/. dropped.
func comparable(_ text: String) -> String {
    var words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    while let last = words.last, last == ";" || last == "." || last == "," { words.removeLast() }
    return words
}

/// Checks that the amendments of `comparison`, written out, read back and applied to its old
/// draft, give the new draft's paragraphs.
func expectRoundTrip(_ comparison: DraftComparison, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let list = comparison.amendmentsReport()
    let amended = try AmendmentApplier().apply(list, to: comparison.old)
    let expected = comparison.new.paragraphs.map { "\($0.section.label) " + comparable($0.fullText) }
    let actual = amended.paragraphs.map { "\($0.section.label) " + comparable($0.text) }
    #expect(actual == expected, "amendments:\n\(list)", sourceLocation: sourceLocation)
    let numbers = amended.resolution.operative.indices.map { String($0 + 1) }
    #expect(amended.resolution.operative.map(\.number) == numbers, sourceLocation: sourceLocation)
}

@Suite("Amendments round trip on generated pairs")
struct AmendmentRandomPairTests {
    @Test("applying the amendments of a pair to its old draft gives the new draft", arguments: 1...60)
    func roundTrip(seed: Int) throws {
        try expectRoundTrip(RandomPair.make(seed: UInt64(seed)))
    }

    @Test("the round trip holds when moved paragraphs are not reported as moved", arguments: 1...30)
    func roundTripWithoutMoves(seed: Int) throws {
        try expectRoundTrip(RandomPair.make(seed: UInt64(seed) + 1000, edits: 12, markMoves: false))
    }

    @Test("heavy editing of small drafts still round-trips", arguments: 1...30)
    func heavyEditing(seed: Int) throws {
        try expectRoundTrip(RandomPair.make(seed: UInt64(seed) + 5000, preamble: 3, operative: 4, edits: 15))
    }
}
