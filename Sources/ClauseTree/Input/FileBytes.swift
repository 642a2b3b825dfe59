#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, read with one `open`, one `fstat` and `read` calls straight into the
/// array that is returned.
///
/// `FileManager.contents(atPath:)` gives the same bytes through a `Data` that must then be
/// copied into an array, and FoundationEssentials' `attributesOfItem(atPath:)`, the usual way to
/// learn a file's size first, also looks up its owner and group names (the password and group
/// databases) and its extended attributes. For a 5.6 MB draft this reads it once, at memory
/// speed, with no lookups.
public enum FileBytes {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable {
        /// Nothing at the path (or a path through something that is not a folder).
        case missing
        /// The path names a folder.
        case folder
        /// The file exists but may not be read.
        case unreadable
        /// The file is larger than the limit the caller gave; `size` is its size in bytes.
        case tooLarge(size: Int)
    }

    /// The bytes of the file at `path`, following symbolic links.
    /// - Parameter limit: the largest size accepted; a larger file is refused before any of it
    ///   is read.
    /// - Throws: ``Failure``.
    public static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == EACCES || errno == EPERM ? .unreadable : .missing
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .folder }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(size: size) }
        // Regular files are read into an array of their size; anything else (a pipe, a
        // character device, a file that grew meanwhile) goes on in chunks until read(2) says the end.
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0)) { buffer, initialized in
            let count = fill(buffer, from: descriptor)
            failed = count < 0
            initialized = max(count, 0)
        }
        if failed { throw .unreadable }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: descriptor) }
            if count < 0 { throw .unreadable }
            if count == 0 { return bytes }
            if bytes.count + count > limit { throw .tooLarge(size: bytes.count + count) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The size in bytes of the file at `path` (following symbolic links), nil when there is
    /// no such file or it cannot be examined.
    public static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Reads from `descriptor` into `buffer` until it is full or the file ends; returns the
    /// number of bytes read, or -1 on an error (interrupted calls are retried).
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = readBytes(descriptor, base + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return filled > 0 ? filled : -1
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}

/// read(2), under a name that `FileBytes.read` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
