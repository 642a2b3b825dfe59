@testable import DraftDiff
import Testing

@Suite("Canonical text: the plain check and hash against byte-by-byte references")
struct CanonicalTextTests {
    /// Plain as defined byte by byte: ASCII, no control character, no leading, trailing or
    /// doubled space.
    static func referenceIsPlain(_ bytes: [UInt8]) -> Bool {
        if bytes.first == 0x20 || bytes.last == 0x20 { return false }
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 || b < 0x20 { return false }
            if b == 0x20, i > 0, bytes[i - 1] == 0x20 { return false }
        }
        return true
    }

    /// The canonical form of plain bytes: without one final mark and a space before it.
    static func referenceCanonical(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        if let last = out.last, CanonicalText.isFinalMark(last) {
            out.removeLast()
            if out.last == 0x20 { out.removeLast() }
        }
        return out
    }

    @Test("plain(_:) agrees with the references on random texts of every length up to 70")
    func plainMatchesReference() {
        let alphabet: [UInt8] = Array("ab Z.;,".utf8) + [0x20, 0x20, 0x09, 0x7F, 0xC3, 0xA9]
        var generator = SystemRandomNumberGenerator()
        for length in 0...70 {
            for _ in 0..<300 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
                Self.expectAgreement(bytes)
            }
        }
    }

    @Test("plain(_:) agrees with the references on long plain texts with one fault or none")
    func plainLongTexts() {
        var random = AmendmentTestRandom(state: 42)
        let words = ["Recalling", "the", "Bali", "Process", "on", "People", "Smuggling", "(a)", "70/1", "and"]
        let faults: [[UInt8]] = [[0x20, 0x20], [0x09], [0x7F], [0xC3, 0xA9], [0x00], [0x1F], [0x80]]
        for _ in 0..<3_000 {
            var text: [UInt8] = []
            let count = 1 + Int(random.next() % 40)
            for k in 0..<count {
                if k > 0 { text.append(0x20) }
                text += Array(words[Int(random.next() % UInt64(words.count))].utf8)
            }
            if random.next() % 3 == 0 { text.append([UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ",")][Int(random.next() % 3)]) }
            // One fault at any position (every offset within and across sixteen-byte steps), or none.
            if random.next() % 2 == 0 {
                let at = Int(random.next() % UInt64(text.count + 1))
                text.insert(contentsOf: faults[Int(random.next() % UInt64(faults.count))], at: at)
            }
            Self.expectAgreement(text)
        }
    }

    /// Expects ``CanonicalText/plain(_:)`` of `bytes` to agree with the references: plain
    /// exactly when ``referenceIsPlain(_:)`` says so, and then the canonical length and hash.
    static func expectAgreement(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let result = bytes.withUnsafeBufferPointer { CanonicalText.plain($0) }
        #expect((result != nil) == referenceIsPlain(bytes), "\(bytes)", sourceLocation: sourceLocation)
        guard let result else { return }
        let canonical = referenceCanonical(bytes)
        #expect(result.length == canonical.count, "\(bytes)", sourceLocation: sourceLocation)
        #expect(result.hash == canonical.withUnsafeBufferPointer { CanonicalText.hash($0) }, "\(bytes)",
                sourceLocation: sourceLocation)
    }
}
