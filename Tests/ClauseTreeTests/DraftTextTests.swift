import Foundation
import Testing
@testable import ClauseTree

@Suite("Bad input is refused with a one-line error naming the file")
struct DraftTextTests {
    func temp(_ bytes: [UInt8]) throws -> String {
        try temporaryFile(bytes, prefix: "redraft")
    }

    @Test("an empty file")
    func empty() throws {
        let path = try temp(Array("  \n\n".utf8))
        #expect(throws: InputError(path: path, "file is empty")) { try DraftText.read(path: path) }
    }

    @Test("a binary file names the line of the first NUL byte")
    func binary() throws {
        let path = try temp(Array("Title\nline\n".utf8) + [0, 1, 2])
        let error = #expect(throws: InputError.self) { try DraftText.read(path: path) }
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("\(path):3: error: binary file") == true)
    }

    @Test("invalid UTF-8 names its line")
    func invalidUTF8() throws {
        let path = try temp(Array("Title\n\nRecalling caf".utf8) + [0xE9] + Array(";\n".utf8))
        let error = #expect(throws: InputError.self) { try DraftText.read(path: path) }
        #expect(error?.line == 3)
        #expect(error?.message.contains("UTF-8") == true)
    }

    @Test("a file over the size limit")
    func tooLarge() throws {
        let path = try temp([UInt8](repeating: 0x61, count: DraftText.maximumSize + 1))
        let error = #expect(throws: InputError.self) { try DraftText.read(path: path) }
        #expect(error?.message.contains("too large") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test("a directory and a missing path")
    func notFiles() {
        #expect(throws: InputError(path: "/tmp", "is a directory, not a draft")) { try DraftText.read(path: "/tmp") }
        #expect(throws: InputError(path: "/no/such/draft.txt", "no such file")) { try DraftText.read(path: "/no/such/draft.txt") }
    }

    @Test("a byte-order mark is dropped and CRLF is read as line ends")
    func bom() throws {
        let text = try DraftText.decode([0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nRecalling x;\r\n".utf8), path: "x")
        let r = ResolutionParser().parse(text)
        #expect(r.title == "Title")
        #expect(r.preamble.first?.lines.first == 3)
    }
}
