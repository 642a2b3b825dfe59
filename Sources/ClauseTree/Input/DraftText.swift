#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a draft into text, refusing what is not a plain-text resolution:
/// empty files, binary files, invalid UTF-8 and files too large to be a resolution.
public enum DraftText {
    /// The largest draft accepted, in bytes (32 MiB: several times the largest real resolution
    /// corpus file, far below what would exhaust memory).
    public static let maximumSize = 32 * 1024 * 1024

    /// Decodes `bytes` read from `path` as UTF-8 text (a byte-order mark is dropped).
    /// - Throws: ``InputError`` naming `path`, and the line for encoding errors.
    public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> String {
        try checkSizeAndBytes(bytes, path: path)
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw InputError(path: path, line: firstInvalidLine(body), "invalid UTF-8; save the draft as UTF-8 text")
        }
        return text
    }

    /// Checks `bytes` read from `path` as ``decode(_:path:)`` does, without making a string of
    /// them: ``ResolutionParser`` reads the ``DraftBytes`` in place.
    /// - Throws: ``InputError`` naming `path`, and the line for encoding errors.
    public static func check(_ bytes: consuming [UInt8], path: String) throws(InputError) -> DraftBytes {
        let bytes = bytes
        try checkSizeAndBytes(bytes, path: path)
        do {
            _ = try UTF8Span(validating: bytes.span)
        } catch {
            throw InputError(path: path, line: firstInvalidLine(bytes[...]), "invalid UTF-8; save the draft as UTF-8 text")
        }
        return DraftBytes(validated: bytes)
    }

    /// Reads the file at `path` (`-`: standard input) and checks it (``check(_:path:)``).
    /// - Throws: ``InputError`` as ``read(path:)`` does.
    public static func readBytes(path: String) throws(InputError) -> DraftBytes {
        if path == "-" { return try check(standardInput(), path: "<stdin>") }
        return try check(fileBytes(path), path: path)
    }

    /// The checks ``decode(_:path:)`` and ``check(_:path:)`` share: size, emptiness, NUL bytes.
    private static func checkSizeAndBytes(_ bytes: [UInt8], path: String) throws(InputError) {
        if bytes.count > maximumSize {
            throw InputError(path: path, "file is too large for a resolution (\(megabytes(bytes.count)); the limit is \(megabytes(maximumSize)))")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(path: path, "file is empty")
        }
        // memchr finds a NUL in a whole draft at memory speed; lines are counted only then.
        let nul: Int? = body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let nul {
            let line = 1 + body.prefix(nul).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw InputError(path: path, line: line, "binary file (NUL byte); expected the plain text of a resolution")
        }
    }

    /// Reads and decodes the file at `path`; `-` reads standard input.
    /// - Throws: ``InputError`` for a missing path, a directory, an unreadable or invalid file.
    public static func read(path: String) throws(InputError) -> String {
        if path == "-" {
            return try decode(standardInput(), path: "<stdin>")
        }
        return try decode(fileBytes(path), path: path)
    }

    /// The bytes of the file at `path`, refused with the messages of ``read(path:)``.
    private static func fileBytes(_ path: String) throws(InputError) -> [UInt8] {
        do {
            return try FileBytes.read(path, limit: maximumSize)
        } catch {
            switch error {
            case .missing: throw InputError(path: path, "no such file")
            case .folder: throw InputError(path: path, "is a directory, not a draft")
            case .unreadable: throw InputError(path: path, "cannot read the file (permission denied?)")
            case .tooLarge(let size):
                throw InputError(path: path, "file is too large for a resolution (\(megabytes(size)); the limit is \(megabytes(maximumSize)))")
            }
        }
    }

    /// Everything on standard input, read until its end.
    private static func standardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readDescriptor(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        NumberText.fixed(Double(bytes) / 1_048_576, places: 1) + " MB"
    }

    private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

/// read(2), under a name that DraftText.read(path:) does not hide.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
