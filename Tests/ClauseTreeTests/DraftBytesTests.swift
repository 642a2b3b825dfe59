import Foundation
import Testing
@testable import ClauseTree

/// Parsing a draft's bytes in place must read exactly what parsing its decoded text reads, and
/// refuse exactly what decoding refuses.
@Suite("Drafts parsed from their bytes")
struct DraftBytesTests {
    /// `text`'s bytes parsed in place, and the same bytes decoded and then parsed.
    static func bothWays(_ bytes: [UInt8]) throws -> (fromBytes: Resolution, fromText: Resolution) {
        let fromBytes = ResolutionParser().parse(try DraftText.check(bytes, path: "x"))
        let fromText = ResolutionParser().parse(try DraftText.decode(bytes, path: "x"))
        return (fromBytes, fromText)
    }

    @Test("the sample resolution, with a byte-order mark and with CRLF line ends too")
    func sample() throws {
        let bytes = Array(try Corpus.text(Corpus.sample).utf8)
        let crlf = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        for variant in [bytes, [0xEF, 0xBB, 0xBF] + bytes, crlf] {
            let (a, b) = try Self.bothWays(variant)
            #expect(a == b)
            #expect(!a.operative.isEmpty)
        }
    }

    @Test("every UN resolution of the corpus", arguments: Corpus.ungaFiles)
    func unga(file: String) throws {
        let (a, b) = try Self.bothWays(Array(try Corpus.text(Corpus.unga.appendingPathComponent(file)).utf8))
        #expect(a == b)
    }

    @Test("generated messy drafts", arguments: [(60, 4, 0.3), (200, 5, 0.6)])
    func generated(paragraphs: Int, seed: Int, messy: Double) throws {
        let text = try Corpus.generate(["--paragraphs", "\(paragraphs)", "--seed", "\(seed)", "--messy", "\(messy)"])
        let (a, b) = try Self.bothWays(Array(text.utf8))
        #expect(a == b)
    }

    @Test("what decoding refuses, checking refuses with the same message")
    func refusals() {
        let cases: [[UInt8]] = [
            [], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF],
            Array("Title\nline\n".utf8) + [0, 1],
            Array("Title\n\nRecalling caf".utf8) + [0xE9] + Array(";\n".utf8),
            Array("Recalling ".utf8) + [0xF0, 0x9F, 0x98],
        ]
        for bytes in cases {
            var decodeError: InputError?
            var checkError: InputError?
            do { _ = try DraftText.decode(bytes, path: "d.txt") } catch { decodeError = error }
            do { _ = try DraftText.check(bytes, path: "d.txt") } catch { checkError = error }
            #expect(decodeError != nil)
            #expect(checkError == decodeError)
        }
    }
}
