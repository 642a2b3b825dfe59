import Foundation
import Testing
@testable import ClauseTree

@Suite("FileBytes reads whole files and says why it cannot")
struct FileBytesTests {
    func temp(_ bytes: [UInt8]) throws -> String {
        try temporaryFile(bytes, prefix: "redraft-bytes")
    }

    @Test("a file's bytes come back as they are, empty files included", arguments: [0, 1, 4095, 65536, 200_003])
    func readsEveryByte(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = try temp(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path) == bytes)
    }

    @Test("missing paths, folders and files over the limit are told apart")
    func failures() throws {
        #expect(throws: FileBytes.Failure.missing) { try FileBytes.read("/no/such/draft.txt") }
        #expect(throws: FileBytes.Failure.folder) { try FileBytes.read(NSTemporaryDirectory()) }
        let path = try temp([UInt8](repeating: 0x61, count: 100))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FileBytes.Failure.tooLarge(size: 100)) { try FileBytes.read(path, limit: 99) }
        #expect(try FileBytes.read(path, limit: 100).count == 100)
        #expect(FileBytes.size(path) == 100)
        #expect(FileBytes.size("/no/such/draft.txt") == nil)
    }

    @Test("a stream without a size (a pipe) is read to its end")
    func readsPipes() throws {
        let pipe = Pipe()
        let bytes = [UInt8](repeating: 0x62, count: 100_000)
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        #expect(try FileBytes.read(path) == bytes)
    }
}
