import Foundation
import Testing
@testable import ClauseTree

/// The package links only FoundationEssentials; these helpers stand in for the NSString and
/// String(format:) calls it used before. Each is checked here against Foundation itself.
@Suite("Portable text helpers agree with Foundation")
struct PortableTextTests {
    @Test("fixed-point numbers are printed as String(format:) prints them, ties included")
    func fixedNumbers() {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.0005, 0.9995, 0.1 + 0.2,
                                123_456.789, -98.7654321, 1e-9, 1e15, 0.045, 0.055, 1.005]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(Int64(bitPattern: seed >> 11) % 2_000_000) / 1000)
        }
        for value in values {
            for places in 0...4 {
                #expect(NumberText.fixed(value, places: places) == String(format: "%.\(places)f", value),
                        "\(value) with \(places) places")
            }
        }
    }

    @Test("zero-padded integers match %0Nd")
    func zeroPadded() {
        for value in [0, 7, 42, 123, 2024, 12_345, -7, -42] {
            for width in [2, 4] {
                #expect(NumberText.zeroPadded(value, width: width) == String(format: "%0\(width)d", value))
            }
        }
    }

    @Test("trimming matches trimmingCharacters(in:) for white space, spaces and newlines")
    func trimming() {
        let samples = ["", "   ", " a ", "\t a b \n", "\n\r\nline\r\n", "\u{00A0}x\u{2003}", "\u{2028}y\u{2029}",
                       "\u{85}z\u{85}", " \u{301}e ", "no-trim", "  Ada Lovelace  ", "\t\ttabs\t"]
        for sample in samples {
            #expect(sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
            #expect(sample.trimmingSpaces() == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
            #expect(sample.trimmingNewlines() == sample.trimmingCharacters(in: .newlines), "\(sample.debugDescription)")
        }
    }

    @Test("padded columns match padding(toLength:withPad:startingAt:) on ASCII")
    func padding() {
        for text in ["", "OP 3", "PP 12", "a long label that is cut"] {
            for width in [0, 4, 10] {
                #expect(text.padded(to: width) == text.padding(toLength: width, withPad: " ", startingAt: 0))
            }
        }
    }

    @Test("paths are joined and split as NSString does for the paths a command line gives")
    func paths() {
        // (NSString's deletingLastPathComponent crashes on Linux for a path without a slash,
        // so the expected parents are spelt out.)
        let cases: [(path: String, last: String, parent: String)] = [
            ("a", "a", ""), ("a/b.txt", "b.txt", "a"), ("/a", "a", "/"), ("/a/b/c.txt", "c.txt", "/a/b"),
            ("a/", "a", ""), ("/a/b/", "b", "/a"), ("./a/b", "b", "./a"), ("../x/y.txt", "y.txt", "../x"), ("/", "/", "/"),
        ]
        for (path, last, parent) in cases {
            #expect(FilePaths.lastComponent(path) == last, "\(path)")
            #expect(FilePaths.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
            #expect(FilePaths.parent(path) == parent, "\(path)")
        }
        for (folder, name) in [("a", "b.txt"), ("a/", "b.txt"), ("/", "b"), ("/x/y", "z/w.txt"), (".redraft", "added-since.index")] {
            #expect(FilePaths.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) + \(name)")
        }
    }

    @Test("folders, files and missing paths are told apart")
    func folderKinds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redraft-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Data("x".utf8).write(to: file)
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder)
        #expect(FilePaths.isFolder(folder.path) == true)
        #expect(FilePaths.isFolder(file.path) == false)
        #expect(FilePaths.isFolder(folder.appendingPathComponent("missing").path) == nil)
        #expect(FilePaths.isFolder(link.path) == true)
        #expect(FilePaths.isFolder(link.path, followingLinks: false) == false)
    }
}
