import Foundation
import Testing

@Suite("redraft parse and check, end to end")
struct ParseAndCheckCLITests {
    @Test("parse prints the outline of the sample and exits 0")
    func outline() throws {
        let result = try CLI.run(["parse", CLI.sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Title:    Resolution on Combating Human Trafficking"))
        #expect(result.stdout.contains("Preamble: 12 paragraphs"))
        #expect(result.stdout.contains("Operative: 21 paragraphs"))
        #expect(result.stderr.isEmpty)
    }

    @Test("every parse format succeeds and JSON decodes", arguments: ["outline", "json", "akn", "markdown", "text"])
    func formats(format: String) throws {
        let result = try CLI.run(["parse", CLI.sample, "--format", format])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        if format == "json" {
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect((object?["operative"] as? [Any])?.count == 21)
        }
    }

    @Test("parse reads standard input with -")
    func standardInput() throws {
        let result = try CLI.run(["parse", "-", "--format", "text"], input: "Resolution on Ports\n\nRecalling the Convention;\n\n1. Urge action.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "Resolution on Ports\n\nRecalling the Convention;\n\n1. Urge action.\n")
    }

    @Test("the canonical text is a fixed point of parse --format text")
    func canonicalFixedPoint() throws {
        let first = try CLI.run(["parse", CLI.sample, "--format", "text"])
        let again = try CLI.run(["parse", "-", "--format", "text"], input: first.stdout)
        #expect(again.stdout == first.stdout)
    }

    @Test("the Akoma Ntoso output passes xmllint", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
    func xmllint() throws {
        let result = try CLI.run(["parse", CLI.sample, "--format", "akn"])
        let path = try CLI.temporaryFile(result.stdout, name: "r.xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("bad input: one line on stderr naming the file, exit 2, nothing on stdout", arguments: [
        ("empty", Data()),
        ("binary", Data([0x52, 0x65, 0x0A, 0x00, 0x01])),
        ("latin1", Data("Resolution\n\nRecalling caf".utf8) + Data([0xE9, 0x0A])),
        ("no-paragraphs", Data("Just a title\n".utf8)),
    ])
    func badInput(name: String, bytes: Data) throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent(name + ".txt").path
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(path))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("a directory, a missing path and an unknown option exit 2")
    func usageErrors() throws {
        for arguments in [["parse", "/tmp"], ["parse", "/no/such/file.txt"], ["parse", CLI.sample, "--format", "pdf"], ["parse"], ["frobnicate"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.stderr.isEmpty)
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("check reports the sample's noise with FILE:LINE and exits 1; a clean draft exits 0")
    func check() throws {
        let result = try CLI.run(["check", CLI.sample])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").first == "\(CLI.sample):7: warning: noise outside any paragraph: \"Resolution on Combating Human Trafficking\"")
        let clean = try CLI.temporaryFile("Resolution on Ports\n\n(Sponsored by Fiji)\n\nRecalling the Convention;\n\n1. Urge action;\n\n2. Request a report.\n")
        let cleanResult = try CLI.run(["check", clean])
        #expect(cleanResult.status == 0)
        #expect(cleanResult.stdout.isEmpty)
        let un = try CLI.temporaryFile("The General Assembly,\n\nRecalling its resolutions;\n\n1. Decides to act.\n")
        let unResult = try CLI.run(["check", un, "--convention", "un"])
        #expect(unResult.status == 1)
        #expect(unResult.stdout.contains(":3: warning: PP 1 should end with \",\" (un convention)"))
    }
}
