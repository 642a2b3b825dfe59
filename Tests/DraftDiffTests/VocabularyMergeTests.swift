import ClauseTree
@testable import DraftDiff
import Testing

/// Two drafts interned at the same time into vocabularies of their own, the second then
/// absorbed into the first, must give exactly the ids of interning them in order into one.
@Suite("Vocabulary merging")
struct VocabularyMergeTests {
    /// Keys that exercise every way a key can be met: case variants whose lowercase form was
    /// seen first, later or on the other side only; punctuation; function words; folded quotes;
    /// a decomposed "é" that reads as the precomposed one; and long keys (over eight bytes).
    static let words = ["The", "the", "THE", "Regional", "regional", "cooperation", "Cooperation", ";", ",", ".",
                        "(", ")", "women’s", "women's", "café", "cafe\u{301}", "CAFÉ", "of", "Of", "and",
                        "parliamentarians", "Parliamentarians", "interparliamentary", "70/1", "2.5", "K",
                        "\u{212A}", "Bali", "BALI", "border-security", "Border-Security"]

    /// A text of `count` words drawn from ``words`` by `random`.
    static func text(_ count: Int, _ random: inout AmendmentTestRandom) -> String {
        (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
    }

    /// The key ids of `text`'s tokens interned into `vocabulary`.
    static func keys(_ text: String, into vocabulary: inout Vocabulary) -> [Int32] {
        var text = text
        return text.withUTF8 { bytes in
            var spans: [TokenSpan] = []
            Tokenizer.appendSpans(of: bytes, in: 0..<bytes.count, to: &spans)
            return spans.map { vocabulary.id(of: $0, in: bytes) }
        }
    }

    @Test("absorbing a vocabulary gives the ids of interning both texts in order into one", arguments: 0..<40)
    func absorbMatchesSequentialInterning(seed: Int) {
        var random = AmendmentTestRandom(state: UInt64(seed))
        let first = Self.text(Int(random.next() % 60), &random)
        let second = Self.text(Int(random.next() % 60), &random)

        var together = Vocabulary.seeded()
        let firstTogether = Self.keys(first, into: &together)
        let secondTogether = Self.keys(second, into: &together)

        var merged = Vocabulary.seeded()
        let firstAlone = Self.keys(first, into: &merged)
        var other = Vocabulary.seeded()
        let secondAlone = Self.keys(second, into: &other)
        let map = merged.absorb(other)

        #expect(firstAlone == firstTogether)
        #expect(secondAlone.map { map[Int($0)] } == secondTogether)
        #expect(merged.lowered == together.lowered)
        #expect(merged.isPunctuation == together.isPunctuation)
        #expect(merged.isStopWord == together.isStopWord)
        // Keys met after the merge get the same ids too (the merged table knows every spelling).
        let third = Self.text(30, &random)
        #expect(Self.keys(third, into: &merged) == Self.keys(third, into: &together))
    }

    @Test("a side analysed in two halves, renumbered in between, equals one analysed in one go")
    func internRenumberAndCollectMatchAnalyse() {
        let old = Fixtures.resolution(preamble: ["Recalling the Bali Process and its regional cooperation,"],
                                     operative: ["Call on Member States to strengthen border security;",
                                                 "Urge parliaments to adopt national legislation;"])
        let new = Fixtures.resolution(preamble: ["Recalling THE Bali Process, and café cooperation,"],
                                     operative: ["Call on Parliamentarians to strengthen BORDER security;",
                                                 "Urge interparliamentary support for women’s rights."])
        var oldSide = DraftSide(old), newSide = DraftSide(new)
        var together = Vocabulary.seeded()
        var oldTogether = oldSide, newTogether = newSide
        oldTogether.analyse(Array(0..<oldSide.count), with: &together)
        newTogether.analyse(Array(0..<newSide.count), with: &together)

        var vocabulary = Vocabulary.seeded()
        oldSide.intern(Array(0..<oldSide.count), with: &vocabulary)
        var own = Vocabulary.seeded()
        newSide.intern(Array(0..<newSide.count), with: &own)
        newSide.renumberKeys(vocabulary.absorb(own))
        oldSide.collectWords(Array(0..<oldSide.count), with: vocabulary)
        newSide.collectWords(Array(0..<newSide.count), with: vocabulary)

        for p in 0..<newSide.count {
            #expect(Array(newSide.keys(p)) == Array(newTogether.keys(p)))
            #expect(Array(newSide.words(p)) == Array(newTogether.words(p)))
            #expect(Array(newSide.bag(p)) == Array(newTogether.bag(p)))
        }
        for p in 0..<oldSide.count {
            #expect(Array(oldSide.bag(p)) == Array(oldTogether.bag(p)))
        }
    }

    @Test("short and long runs sort like the standard library", arguments: [0, 1, 2, 5, 31, 64, 65, 300])
    func smallSortSorts(count: Int) {
        var random = AmendmentTestRandom(state: UInt64(count) &+ 7)
        var values = (0..<count).map { _ in Int32(random.next() % 50) }
        let expected = values.sorted()
        values.withUnsafeMutableBufferPointer { SmallSort.sort($0) }
        #expect(values == expected)
    }

    @Test("the length bound on function words covers every function word")
    func stopWordBound() {
        #expect(Vocabulary.stopWords.map(\.utf8.count).max() == Vocabulary.longestStopWord)
    }
}
