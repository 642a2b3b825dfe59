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

/// Standard output and error, written in one piece so that a failure leaves no partial output.
enum Output {
    /// Writes `text` to standard output.
    static func print(_ text: String) {
        var text = text
        text.withUTF8 { buffer in write(buffer, to: STDOUT_FILENO) }
    }

    /// Writes `bytes` to standard output.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Writes the whole buffer to `descriptor`, straight from the string's storage (no copy),
    /// retrying short writes and interrupted calls.
    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard var base = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = writeBytes(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return    // a closed pipe: nothing more can be written
            }
            base += written
            remaining -= written
        }
    }

    /// Writes `text` (with a final newline) to standard error.
    static func warn(_ text: String) {
        writeError(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes `text` as it is to standard error (progress lines rewritten with `\r`).
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in write(buffer, to: STDERR_FILENO) }
    }

    /// Ends the process with `status` once all output is written (output is unbuffered).
    static func exit(_ status: Int32) -> Never {
        endProcess(status)
    }

    /// True when colour should be used on standard output: a terminal, no `NO_COLOR`.
    static var colorEnabled: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}

// write(2) and exit(3) under names that Output's own write and exit do not hide.
private func writeBytes(_ descriptor: Int32, _ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, base, count)
}

private func endProcess(_ status: Int32) -> Never {
    exit(status)
}
