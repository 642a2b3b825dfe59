import DraftStore
import Foundation
import Testing

@Suite("Author identity")
struct IdentityTests {
    /// The scratch environment without the GIT_AUTHOR_* variables.
    private func bareEnvironment(_ scratch: Scratch) -> [String: String] {
        var environment = scratch.environment
        for key in ["GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"] {
            environment[key] = nil
        }
        return environment
    }

    @Test("with no configuration and no variables there is no identity")
    func noIdentity() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        #expect(throws: GitError.noIdentity) {
            try repository.defaultSignature(environment: bareEnvironment(scratch))
        }
    }

    @Test("the global configuration in HOME is read, and the repository's overrides it")
    func configuration() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        try scratch.write("[user]\n\tname = Global Person\n\temail = global@example.org\n", to: ".gitconfig", in: scratch.home)
        let environment = bareEnvironment(scratch)
        let global = try repository.defaultSignature(environment: environment)
        #expect(global.name == "Global Person")
        #expect(global.email == "global@example.org")

        try scratch.git("config", "user.name", "Local Person", in: scratch.sub("repo"))
        let local = try repository.defaultSignature(environment: environment)
        #expect(local.name == "Local Person")
        #expect(local.email == "global@example.org")
    }

    @Test("the XDG configuration file is read when there is no ~/.gitconfig")
    func xdgConfiguration() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        try scratch.write("[user]\n\tname = Xdg Person\n\temail = xdg@example.org\n", to: ".config/git/config", in: scratch.home)
        #expect(try repository.defaultSignature(environment: bareEnvironment(scratch)).description
            == "Xdg Person <xdg@example.org>")
    }

    @Test("GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL take precedence; EMAIL is the last resort for the address")
    func environmentVariables() throws {
        let scratch = try Scratch()
        let repository = try scratch.repository()
        try scratch.git("config", "user.name", "Local Person", in: scratch.sub("repo"))
        var environment = bareEnvironment(scratch)
        #expect(throws: GitError.noIdentity) { try repository.defaultSignature(environment: environment) }
        environment["EMAIL"] = "fallback@example.org"
        #expect(try repository.defaultSignature(environment: environment).description == "Local Person <fallback@example.org>")
        environment["GIT_AUTHOR_NAME"] = "Env Person"
        environment["GIT_AUTHOR_EMAIL"] = "env@example.org"
        #expect(try repository.defaultSignature(environment: environment).description == "Env Person <env@example.org>")
    }

    @Test("'Name <email>' strings are parsed; malformed ones are refused")
    func parsing() throws {
        let signature = try Signature(parsing: "  Ada King, Countess of Lovelace <ada@example.org> ")
        #expect(signature.name == "Ada King, Countess of Lovelace")
        #expect(signature.email == "ada@example.org")
        for bad in ["Ada", "<ada@example.org>", "Ada <>", "Ada ada@example.org", "Ada <a<b>"] {
            #expect(throws: GitError.invalidIdentity(bad)) { try Signature(parsing: bad) }
        }
    }

    @Test("ISO 8601 dates carry the signer's offset")
    func isoDates() {
        let date = Date(timeIntervalSince1970: 0)
        #expect(Signature(name: "a", email: "b", date: date, timeZoneOffsetMinutes: 0).iso8601 == "1970-01-01T00:00:00+00:00")
        #expect(Signature(name: "a", email: "b", date: date, timeZoneOffsetMinutes: -330).iso8601 == "1969-12-31T18:30:00-05:30")
    }
}
