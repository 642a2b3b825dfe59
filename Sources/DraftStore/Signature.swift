import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

/// Who made a commit or tag, and when, with the time-zone offset it was made in.
public struct Signature: Hashable, Sendable, CustomStringConvertible {
    /// The person's name, e.g. "Ada Lovelace".
    public var name: String
    /// The e-mail address, without angle brackets.
    public var email: String
    /// The moment of signing.
    public var date: Date
    /// Minutes east of UTC of the signer's clock (`+0200` is 120).
    public var timeZoneOffsetMinutes: Int

    /// A signature; the offset defaults to the current time zone's at `date`.
    public init(name: String, email: String, date: Date = Date(), timeZoneOffsetMinutes: Int? = nil) {
        self.name = name
        self.email = email
        self.date = date
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
            ?? TimeZone.current.secondsFromGMT(for: date) / 60
    }

    /// Reads `Name <email>`, as in `--author "Ada Lovelace <ada@example.org>"`.
    ///
    /// ```swift
    /// let ada = try Signature(parsing: "Ada Lovelace <ada@example.org>")
    /// ```
    /// - Throws: ``GitError/invalidIdentity(_:)`` when the name or the bracketed address is missing.
    public init(parsing text: String, date: Date = Date(), timeZoneOffsetMinutes: Int? = nil) throws(GitError) {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            throw .invalidIdentity(text)
        }
        let name = trimmed[..<open].trimmingSpaces()
        let email = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingSpaces()
        guard !name.isEmpty, !email.isEmpty, !email.contains("<"), !email.contains(">"), !name.contains(">"), !name.contains("<") else {
            throw .invalidIdentity(text)
        }
        self.init(name: name, email: email, date: date, timeZoneOffsetMinutes: timeZoneOffsetMinutes)
    }

    /// `Name <email>`.
    public var description: String { "\(name) <\(email)>" }

    /// The date in strict ISO 8601 with the signer's offset, e.g. `2024-05-01T14:03:00+02:00`
    /// (what `git log --date=iso-strict` prints).
    public var iso8601: String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZoneOffsetMinutes * 60
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        let sign = timeZoneOffsetMinutes < 0 ? "-" : "+"
        let offset = abs(timeZoneOffsetMinutes)
        func two(_ value: Int32) -> String { NumberText.zeroPadded(Int(value), width: 2) }
        let day = NumberText.zeroPadded(Int(parts.tm_year) + 1900, width: 4) + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday)
        let clock = two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec)
        return day + "T" + clock + sign + two(Int32(offset / 60)) + ":" + two(Int32(offset % 60))
    }

    /// Copies a libgit2 signature.
    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        name = value.name.map { String(cString: $0) } ?? ""
        email = value.email.map { String(cString: $0) } ?? ""
        date = Date(timeIntervalSince1970: TimeInterval(value.when.time))
        timeZoneOffsetMinutes = Int(value.when.offset)
    }

    /// A new libgit2 signature; the caller frees it with `git_signature_free`.
    func makeGitSignature() throws(GitError) -> UnsafeMutablePointer<git_signature> {
        var out: UnsafeMutablePointer<git_signature>?
        let seconds = git_time_t(date.timeIntervalSince1970.rounded(.down))
        let code = git_signature_new(&out, name, email, seconds, Int32(timeZoneOffsetMinutes))
        try LibGit2.check(code, "making the signature '\(description)'")
        guard let out else {
            throw .libgit2(code: -1, klass: 0, message: "no signature returned", operation: "git_signature_new")
        }
        return out
    }
}
