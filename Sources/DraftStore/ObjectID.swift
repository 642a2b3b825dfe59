import CLibGit2

/// The SHA-1 name of a git object (commit, tree, blob or tag), copied out of libgit2.
///
/// ```swift
/// let id = try repository.resolve(revision: "HEAD")
/// print(id.shortHex)   // "3f2a9c1"
/// ```
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    /// The 20 raw bytes.
    public let bytes: [UInt8]

    /// Copies a libgit2 object id.
    init(_ oid: git_oid) {
        bytes = withUnsafeBytes(of: oid.id) { Array($0) }
    }

    /// Copies the object id at `pointer`.
    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// Reads 40 hexadecimal digits; nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(20)
        var index = 0
        while index < 40 {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else {
                return nil
            }
            result.append(high << 4 | low)
            index += 2
        }
        bytes = result
    }

    /// The 40 lower-case hexadecimal digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(40)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The first seven hexadecimal digits, as `git log --oneline` shows them.
    public var shortHex: String {
        String(hex.prefix(7))
    }

    /// The full hexadecimal name.
    public var description: String { hex }

    /// The libgit2 form of this id.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            for (offset, byte) in bytes.prefix(raw.count).enumerated() {
                raw[offset] = byte
            }
        }
        return oid
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
