#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Small text and path helpers that the package would otherwise take from Foundation's
// NSString and String(format:). Redraft links only FoundationEssentials, which has neither:
// Foundation proper brings ICU with it, and loading that costs every run of the command-line
// tool about 5 ms before it does anything.

/// Numbers formatted as C's printf formats them (what `String(format:)` gives).
public enum NumberText {
    /// `value` with exactly `places` decimals, as `%.<places>f` writes it: the exact binary
    /// value rounded to nearest, ties to even.
    public static func fixed(_ value: Double, places: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        let written = buffer.withUnsafeMutableBufferPointer { out in
            withVaList([Int32(places), value]) { vsnprintf(out.baseAddress, out.count, "%.*f", $0) }
        }
        guard written > 0 else { return "" }
        return String(decoding: buffer.prefix(min(Int(written), buffer.count - 1)).map(UInt8.init(bitPattern:)), as: UTF8.self)
    }

    /// `value` in decimal, padded with leading zeros to at least `width` digits (as `%0<width>d`).
    public static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + padding + digits
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space and line breaks (Unicode White_Space,
    /// the set Foundation calls `whitespacesAndNewlines`).
    public func trimmingWhitespace() -> String {
        trimming(where: { $0.properties.isWhitespace })
    }

    /// The text without leading and trailing spaces and tabs (Unicode space separators and
    /// U+0009, Foundation's `whitespaces`); line breaks are kept.
    public func trimmingSpaces() -> String {
        trimming(where: { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator })
    }

    /// The text without leading and trailing line breaks (U+000A–U+000D, U+0085, U+2028,
    /// U+2029: Foundation's `newlines`).
    public func trimmingNewlines() -> String {
        trimming(where: { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 })
    }

    /// The text cut or filled with spaces to exactly `width` characters (a table column;
    /// NSString's `padding(toLength:withPad:startingAt:)` with a space).
    public func padded(to width: Int) -> String {
        let count = self.count
        return count >= width ? String(prefix(width)) : String(self) + String(repeating: " ", count: width - count)
    }

    /// The text without the leading and trailing scalars for which `isTrimmed` is true.
    public func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}

/// File paths as plain strings, split and joined on "/" the way NSString's path methods do
/// for the paths a command line gives.
public enum FilePaths {
    /// `name` inside `folder` ("a" + "b.txt" → "a/b.txt"; an empty folder gives `name`).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        if name.isEmpty { return folder }
        let base = folder.hasSuffix("/") && folder != "/" ? String(folder.dropLast()) : folder
        let rest = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return base == "/" ? "/" + rest : base + "/" + rest
    }

    /// The last component: "b.txt" of "a/b.txt", "a" of "a/" and of "a".
    public static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The path without its last component: "a" of "a/b.txt", "/" of "/a", "" of "a".
    public static func parent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return withoutTrailingSlashes(String(trimmed[..<slash]))
    }

    /// True for an existing folder, false for anything else that exists, nil when nothing is
    /// at `path`. A symbolic link is followed unless `followingLinks` is false (then it is not
    /// a folder).
    public static func isFolder(_ path: String, followingLinks: Bool = true) -> Bool? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// `path` with symbolic links, `.` and `..` resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` without trailing slashes ("/" stays "/").
    public static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}

/// One line for people about an error from the file system or elsewhere (what Foundation's
/// `localizedDescription` gave, without Foundation's localisation tables).
public enum ErrorText {
    /// "No such file or directory (/path/x)" for file-system errors; the error's description
    /// otherwise.
    public static func describe(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            let path = cocoa.userInfo["NSFilePath"] as? String
            let reason = (cocoa.userInfo["NSUnderlyingError"] as? POSIXError).map { systemMessage($0.code.rawValue) }
                ?? "file operation failed (code \(cocoa.code.rawValue))"
            return path.map { "\(reason) (\($0))" } ?? reason
        }
        if let posix = error as? POSIXError { return systemMessage(posix.code.rawValue) }
        return String(describing: error)
    }

    /// The C library's message for `errno` value `code`.
    public static func systemMessage(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }
}
