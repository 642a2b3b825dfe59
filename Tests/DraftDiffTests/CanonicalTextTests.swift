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
                let result = bytes.withUnsafeBufferPointer { CanonicalText.plain($0) }
                #expect((result != nil) == Self.referenceIsPlain(bytes), "\(bytes)")
                guard let result else { continue }
                let canonical = Self.referenceCanonical(bytes)
                #expect(result.length == canonical.count, "\(bytes)")
                #expect(result.hash == canonical.withUnsafeBufferPointer { CanonicalText.hash($0) }, "\(bytes)")
            }
        }
    }
}
