#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Recognisers for lines that belong to no paragraph: page furniture and download residue.
enum NoiseRules {
    /// True when the line is page furniture or download residue. Each rule rejects on bytes
    /// first (length, first or last byte) and reads characters only when it may apply.
    static func isFurniture(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Furniture is short, or a short word-free line: long clause text is never furniture.
        if line.count > 120 { return false }
        return isPageNumber(line) || isDownloadResidue(line) || isFileName(line) || isSeparator(line)
            || isDocumentSymbol(line)
    }

    /// "2/2", "- 3 -", "3", "Page 2 of 5", "p. 4".
    static func isPageNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 24, let first = bytes.first else { return false }
        // An ASCII first byte other than a digit, "-", " ", "p" or "P" is a first character
        // that is neither a number nor dropped, and no "page"/"p." prefix.
        if first < 0x80, !(first >= 0x30 && first <= 0x39), first != UInt8(ascii: "-"), first != UInt8(ascii: " "),
           first != UInt8(ascii: "p"), first != UInt8(ascii: "P") {
            return false
        }
        let line = String(decoding: bytes, as: UTF8.self)
        let lower = line.lowercased()
        if lower.hasPrefix("page ") {
            let rest = lower.dropFirst(5).split(separator: " ")
            return !rest.isEmpty && rest.allSatisfy { $0 == "of" || $0.allSatisfy(\.isNumber) }
        }
        if lower.hasPrefix("p. "), lower.dropFirst(3).allSatisfy(\.isNumber) { return true }
        let stripped = line.filter { $0 != " " && $0 != "-" && $0 != "–" }
        guard !stripped.isEmpty, stripped.count <= 9 else { return false }
        let parts = stripped.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// "157.21 KB 1 file(s)", "Download (PDF, 2 MB)", "1 file(s)".
    static func isDownloadResidue(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count < 120, let first = line.first else { return false }
        let firstIsDigit = first >= 0x30 && first <= 0x39
        let firstIsD = first == UInt8(ascii: "D") || first == UInt8(ascii: "d")
        guard firstIsDigit || firstIsD || line.last == UInt8(ascii: ")") else { return false }
        if ByteText.lowercasedHasSuffix(line, "file(s)") { return true }
        // One pass over the words for " file(s)" and, after a leading number, a size unit.
        let firstIsCharacter = first < 0x80 && (line.count == 1 || line[1] < 0x80)
        let units = firstIsCharacter ? firstIsDigit : String(decoding: line, as: UTF8.self).first?.isNumber == true
        let found = ByteText.isASCII(line)
            ? hasResidueWord(line, units: units)
            : ByteText.withLowercasedBytes(line) { hasResidueWord($0, units: units) }
        if found { return true }
        return ByteText.lowercasedHasPrefix(line, "download") && String(decoding: line, as: UTF8.self).count < 60
    }

    /// True when a word after a space is "file(s)", or (when `units`) starts with a size unit
    /// ("kb", "kib", "mb", "mib", "bytes"), compared ignoring ASCII case.
    ///
    /// Every needle holds a byte that is rare in clause text: the "(" of "file(s)" four bytes
    /// after the word's start, the "b" of a unit (either case) zero to two bytes after it. Only
    /// the starts those bytes allow are tried (found with memchr), instead of every space.
    private static func hasResidueWord(_ bytes: UnsafeBufferPointer<UInt8>, units: Bool) -> Bool {
        if occurrences(of: UInt8(ascii: "("), in: bytes, where: { opensResidueWord(bytes, at: $0 - 4, units: units) }) {
            return true
        }
        guard units else { return false }
        for b in [UInt8(ascii: "b"), UInt8(ascii: "B")] {
            let found = occurrences(of: b, in: bytes) { p in
                opensResidueWord(bytes, at: p, units: true) || opensResidueWord(bytes, at: p - 1, units: true)
                    || opensResidueWord(bytes, at: p - 2, units: true)
            }
            if found { return true }
        }
        return false
    }

    /// True when `body` holds for the offset of an occurrence of `byte` in `bytes` (tried in
    /// order, found with memchr).
    private static func occurrences(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where body: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var i = 0
        while i < bytes.count, let found = memchr(base + i, Int32(byte), bytes.count - i) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if body(offset) { return true }
            i = offset + 1
        }
        return false
    }

    /// True when a word starts at `start` after a space (`start` is past the first byte and
    /// within `bytes`) and is "file(s)", or (when `units`) starts with a size unit, ignoring
    /// ASCII case.
    private static func opensResidueWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, units: Bool) -> Bool {
        guard start >= 1, start < bytes.count, bytes[start - 1] == UInt8(ascii: " ") else { return false }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        // `| 0x20` maps only "F" and "f" to "f" (and so for the other letters).
        switch rest[0] | 0x20 {
        case UInt8(ascii: "f"):
            return ByteText.startsWith(rest, "file(s)")
        case UInt8(ascii: "k"):
            return units && (ByteText.startsWith(rest, "kb") || ByteText.startsWith(rest, "kib"))
        case UInt8(ascii: "m"):
            return units && (ByteText.startsWith(rest, "mb") || ByteText.startsWith(rest, "mib"))
        case UInt8(ascii: "b"):
            return units && ByteText.startsWith(rest, "bytes")
        default:
            return false
        }
    }

    /// A line that is only a file name: "APPF23-Res05-Trafficking.pdf".
    static func isFileName(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every extension below ends in "f", "c", "x" or "t" (any case).
        guard line.count < 200, let last = line.last else { return false }
        switch ByteText.lower(last) {
        case UInt8(ascii: "f"), UInt8(ascii: "c"), UInt8(ascii: "x"), UInt8(ascii: "t"): break
        default: return false
        }
        guard ByteText.lowercasedHasSuffix(line, ".pdf") || ByteText.lowercasedHasSuffix(line, ".doc")
                || ByteText.lowercasedHasSuffix(line, ".docx") || ByteText.lowercasedHasSuffix(line, ".rtf")
                || ByteText.lowercasedHasSuffix(line, ".odt") || ByteText.lowercasedHasSuffix(line, ".txt") else { return false }
        return !line.contains(UInt8(ascii: " "))
            || String(decoding: line, as: UTF8.self).split(separator: " ").count <= 4 && !line.contains(UInt8(ascii: ";"))
    }

    /// "____", "-----", "*****", "=====".
    static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first,
              !((0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)) else { return false }
        // Cheap rejection on the first byte: one of the ASCII marks, or the lead byte of "–—•" / "·".
        switch first {
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "~"),
             UInt8(ascii: "."), UInt8(ascii: " "), 0xE2, 0xC2:
            break
        default:
            return false
        }
        let line = String(decoding: bytes, as: UTF8.self)
        return line.allSatisfy { "_-=*~–—·•.".contains($0) || $0 == " " } && line.count >= 3
            && line.contains { $0 != " " && $0 != "." }
    }

    /// "A/RES/72/1", "A/72/L.14", "APPF23/RES/05", "GE.15-01234".
    static func isDocumentSymbol(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 5, bytes.count <= 60, !bytes.contains(UInt8(ascii: " ")),
              bytes.contains(UInt8(ascii: "/")) else { return false }
        let line = String(decoding: bytes, as: UTF8.self)
        guard let first = line.first, first.isUppercase else { return false }
        let allowed = line.allSatisfy { $0.isUppercase || $0.isNumber || "/.-_()".contains($0) || $0.isLowercase }
        let uppercaseOrDigits = line.filter { $0.isUppercase || $0.isNumber }.count
        return allowed && uppercaseOrDigits * 2 >= line.filter(\.isLetter).count
    }

    /// A footnote text line under a separator: "1 See resolution 64/293.", "* Reissued …",
    /// or one opening with a superscript digit.
    static func isFootnote(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡".contains(first) { return true }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.first == " " && !(rest.dropFirst().first?.isLowercase ?? true)
    }
}
