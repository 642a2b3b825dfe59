#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes each distinct byte sequence a string once and hands out that string after: the leading
/// phrases of a draft are a few dozen phrases ("Recalling", "Deeply concerned", "Calls upon")
/// opening thousands of paragraphs, so the paragraphs share them instead of building each.
///
/// Lookups hash the bytes (eight at a time) into an open-addressing table and compare the first
/// sixteen bytes as two integers (the rest, if any, with the bytes kept in one arena): no string
/// is made or compared for a phrase seen before. The table starts with sixteen slots (a parse
/// of a few paragraphs zeroes no more) and doubles to stay at most half full; it stops taking
/// new sequences at ``maximumCount``, and long sequences are never kept; both are then made
/// strings as they come.
struct StringInterner {
    /// Sequences longer than this are made strings without being kept.
    static let maximumLength = 64
    /// Distinct sequences kept at most (half the slots).
    static let maximumCount = 512

    /// One slot of the table: a kept sequence and where its string and bytes are.
    private struct Slot {
        /// 0 for an empty slot, else the index in `strings` plus one.
        var entry: Int32 = 0
        /// The sequence's length in bytes.
        var count: Int32 = 0
        /// Where the sequence's bytes start in `arena`.
        var start: Int32 = 0
        /// The first sixteen bytes, zero-padded (``ByteWords``): for sequences of up to sixteen
        /// bytes, equal words and counts are equal bytes.
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 16)
    private var strings: [String] = []
    /// The bytes of every kept sequence, side by side.
    private var arena: [UInt8] = []

    /// The string of `bytes` (as `String(decoding:as:)` makes it), shared with earlier calls
    /// for the same bytes.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count <= Self.maximumLength, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        let low = ByteWords.load(base, count: min(count, 8))
        let high = count > 8 ? ByteWords.load(base + 8, count: min(count - 8, 8)) : 0
        let hash = Self.hash(bytes, low: low, high: high)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot].entry != 0 {
            let found = slots[slot]
            // Longer sequences compare the bytes past the sixteen too.
            if found.low == low, found.high == high, Int(found.count) == count,
               count <= 16 || isKept(bytes, at: Int(found.start)) {
                return strings[Int(found.entry) - 1]
            }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        // A full table still answers, without keeping what it has no room for.
        guard strings.count < Self.maximumCount else { return string }
        let kept = Slot(entry: Int32(strings.count + 1), count: Int32(count), start: Int32(arena.count), low: low, high: high)
        if 2 * (strings.count + 1) > slots.count {
            grow()
            insert(kept, hash: hash)
        } else {
            slots[slot] = kept
        }
        strings.append(string)
        arena.append(contentsOf: bytes)
        return string
    }

    /// Doubles the table, placing the kept sequences again (their hashes made from the arena).
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: 2 * old.count)
        for slot in old where slot.entry != 0 {
            let hash = arena.withUnsafeBufferPointer { kept in
                Self.hash(UnsafeBufferPointer(rebasing: kept[Int(slot.start)..<Int(slot.start + slot.count)]),
                          low: slot.low, high: slot.high)
            }
            insert(slot, hash: hash)
        }
    }

    /// Puts `slot` in the first free slot from `hash`.
    private mutating func insert(_ slot: Slot, hash: UInt32) {
        let mask = slots.count - 1
        var at = Int(hash) & mask
        while slots[at].entry != 0 { at = (at + 1) & mask }
        slots[at] = slot
    }

    /// True when the arena holds `bytes` at `start` (`start + bytes.count` is within it).
    private func isKept(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        arena.withUnsafeBufferPointer { kept in
            guard let base = kept.baseAddress, let other = bytes.baseAddress else { return bytes.isEmpty }
            return memcmp(base + start, other, bytes.count) == 0
        }
    }

    /// A multiplicative hash of the bytes read eight at a time (``ByteWords``; the last word
    /// zero-padded, the length mixed in), folded to 32 bits. `low` and `high` are the first
    /// sixteen bytes, already read.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, low: UInt64, high: UInt64) -> UInt32 {
        let count = bytes.count
        var h = mix(0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: count) ^ low)
        h = mix(h ^ high)
        if let base = bytes.baseAddress {
            var i = 16
            while i < count {
                h = mix(h ^ ByteWords.load(base + i, count: min(count &- i, 8)))
                i &+= 8
            }
        }
        return UInt32(truncatingIfNeeded: h ^ (h &>> 32))
    }

    /// One step of the hash: multiply, then fold the high bits down.
    @inline(__always)
    private static func mix(_ h: UInt64) -> UInt64 {
        let m = h &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m &>> 29)
    }
}
