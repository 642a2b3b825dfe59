/// The layout-free form in which paragraphs are matched exactly: UTF-8 with white space runs
/// folded to one space and trimmed, curly quotes and dashes folded as ``Tokenizer`` folds them,
/// and one final ";", "," or "." dropped. Two texts with the same canonical form have the same
/// tokens (the converse does not always hold: "word ," and "word," differ here but not in
/// tokens).
enum CanonicalText {
    /// The canonical length and ``hash(_:)`` of `bytes` when they are plain — ASCII without
    /// control characters, not starting or ending with a space, no two spaces in a row — so that
    /// the canonical form is the text itself but for the final mark; nil otherwise.
    ///
    /// The parser's paragraphs nearly always are plain: this checks and hashes them in one pass,
    /// a word or two at a time, without copying them.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, hash: UInt64)? {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else {
            return (0, hash(bytes))
        }
        guard first != 0x20, last != 0x20 else { return nil }
        let count = bytes.count
        var n = count
        if isFinalMark(last) {
            n -= 1
            if n > 0, bytes[n - 1] == 0x20 { n -= 1 }
        }
        var h = seed(length: n)
        var i = 0
        // Sixteen bytes a step in vector registers (a few SSE2 instructions) while both of their
        // words lie within the canonical form and the byte after them within the text: the
        // test also reads that byte, for a space pair across the step.
        let raw = UnsafeRawPointer(base)
        while i + 16 <= n, i + 17 <= count {
            if mayHoldNonPlain(raw, i) { return nil }
            h = step(step(h, load(base, i)), load(base, i + 8))
            i += 16
        }
        // 0x80 when the byte before `i` is a space.
        var spaceBefore: UInt64 = i > 0 && bytes[i - 1] == 0x20 ? 0x80 : 0
        // Sixteen bytes at a time while both words lie within the canonical form (so both are
        // hashed); one test per round for every way of not being plain.
        while i + 16 <= n {
            let w0 = load(base, i), w1 = load(base, i + 8)
            let s0 = spaceFlags(w0), s1 = spaceFlags(w1)
            let doubled = (s0 & (s0 >> 8)) | (s1 & (s1 >> 8)) | ((s0 >> 56) & s1) | (spaceBefore & s0)
            if unprintable(w0) | unprintable(w1) | doubled != 0 { return nil }
            spaceBefore = s1 >> 56
            h = step(step(h, w0), w1)
            i += 16
        }
        while i + 8 <= count {
            let w = load(base, i)
            let s = spaceFlags(w)
            if unprintable(w) | (s & (s >> 8)) | (spaceBefore & s) != 0 { return nil }
            spaceBefore = s >> 56
            // Only words wholly inside the canonical form are hashed here; its tail below.
            if i + 8 <= n { h = step(h, w) }
            i += 8
        }
        if i < count {
            if count >= 8 {
                // The last 0–7 bytes as the end of one overlapping word; every pair of
                // neighbours from byte i - 1 on lies within it.
                let w = load(base, count - 8)
                let s = spaceFlags(w)
                if unprintable(w) | (s & (s >> 8)) != 0 { return nil }
            } else {
                var previousSpace = false
                for b in bytes {
                    if b >= 0x80 || b < 0x20 || (b == 0x20 && previousSpace) { return nil }
                    previousSpace = b == 0x20
                }
            }
        }
        // The canonical form's last n % 8 bytes, low byte first, zero-padded.
        let rest = UInt64(n & 7)
        var tail: UInt64 = 0
        if rest > 0 {
            if n >= 8 {
                tail = load(base, n - 8) >> (8 * (8 - rest))
            } else if count >= 8 {
                tail = load(base, 0) & ((1 << (8 * rest)) - 1)
            } else {
                for j in 0..<n { tail |= UInt64(bytes[j]) << (8 * UInt64(j)) }
            }
        }
        return (n, finish(h, tail: tail))
    }

    /// True when one of the sixteen bytes at `offset` is not plain — at or above 0x80 or below
    /// 0x20 (both below 0x20 as signed bytes) — or is a space followed by a space (the byte
    /// after the sixteen is read too).
    @inline(__always)
    private static func mayHoldNonPlain(_ raw: UnsafeRawPointer, _ offset: Int) -> Bool {
        let space = SIMD16<Int8>(repeating: 0x20)
        let bytes = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<Int8>.self)
        let next = raw.loadUnaligned(fromByteOffset: offset &+ 1, as: SIMD16<Int8>.self)
        let hits = (bytes .< space) .| ((bytes .== space) .& (next .== space))
        // The mask's lanes as two words (`any` is not always inlined here, and its call costs
        // more than the test).
        let lanes = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }

    /// The little-endian word of the eight bytes at `base + offset`.
    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// Nonzero when a byte of `w` is not ASCII or is below 0x20 (a control character): then the
    /// subtraction borrows into, or the byte already has, its top bit. Exact as a yes/no answer.
    @inline(__always)
    private static func unprintable(_ w: UInt64) -> UInt64 {
        ((w &- 0x2020_2020_2020_2020) | w) & 0x8080_8080_8080_8080
    }

    /// 0x80 in each byte of `w` that is a space, provided every byte is ASCII (``unprintable(_:)``
    /// is checked with it): a byte XOR 0x20 is zero exactly for a space, and adding 0x7F sets
    /// the top bit of every other byte without carrying into the next.
    @inline(__always)
    private static func spaceFlags(_ w: UInt64) -> UInt64 {
        ~((w ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
    }

    /// The canonical form of UTF-8 `bytes` that are not plain, folded byte by byte and appended
    /// to `out`.
    static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let start = out.count
        var pendingSpace = false
        var i = 0
        func put(_ byte: UInt8) {
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                // ASCII fast path.
                i += 1
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = out.count > start
                } else {
                    put(byte)
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(i + length, bytes.count)
            let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
            i = end
            for scalar in piece.unicodeScalars {
                if Tokenizer.isWhitespace(scalar) {
                    pendingSpace = out.count > start
                    continue
                }
                for unit in String(Tokenizer.fold(scalar)).utf8 { put(unit) }
            }
        }
        if let last = out.last, out.count > start, isFinalMark(last) {
            out.removeLast()
            if out.count > start, out.last == 0x20 { out.removeLast() }
        }
    }

    /// True for ";", "," and ".": the final mark that only says whether a paragraph is last.
    @inline(__always)
    static func isFinalMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
    }

    /// A well-mixed 64-bit hash of canonical bytes, for bucketing; equality is checked on the
    /// bytes. Eight bytes at a time, then a final avalanche (MurmurHash3's `fmix64`), so that
    /// every bit of the result depends on every byte.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed(length: bytes.count)
        let tail = ByteWords.forEach(in: UnsafeRawBufferPointer(bytes)) { h = step(h, $0) }
        return finish(h, tail: tail)
    }

    /// The state ``hash(_:)`` starts from for `length` bytes.
    @inline(__always)
    private static func seed(length: Int) -> UInt64 { 0xCBF2_9CE4_8422_2325 ^ UInt64(length) }

    /// ``hash(_:)``'s state after one more eight-byte word.
    @inline(__always)
    private static func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let x = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }

    /// ``hash(_:)``'s result from its state and the 0–7 bytes left over.
    @inline(__always)
    private static func finish(_ state: UInt64, tail: UInt64) -> UInt64 {
        var h = (state ^ tail) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// True when `a` and `b` hold the same bytes; eight at a time.
    static func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.isEmpty }
        var i = 0
        while i + 8 <= a.count {
            if UnsafeRawPointer(pa + i).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(pb + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < a.count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
