/// Interns token keys as small integers so that paragraphs compare as arrays of numbers.
///
/// Keys are looked up by their UTF-8 bytes in an open-addressing table, so that a token seen
/// before costs a hash and a byte comparison, no string. Ids follow `String` equality (Unicode
/// canonical equivalence, as a `[String: Int32]` would): a byte sequence not seen before is
/// looked up once as a string, so a key spelt with other code points that reads the same (a
/// decomposed "é", the Kelvin sign for "K") gets the id of the key it equals. Each distinct
/// key's lowercased form and whether it is punctuation or a function word are computed on
/// first sight and kept by id.
struct Vocabulary {
    /// Ids by key, as strings: consulted once per distinct byte sequence. Room for a small
    /// vocabulary is made at once (a history walk makes one per step, and growing the table
    /// from empty cost more than the lookups).
    private var ids = [String: Int32](minimumCapacity: 128)
    /// The byte sequences seen, back to back; sequence e is
    /// `spelling[spellingStarts[e] ..< spellingStarts[e + 1]]`.
    private var spelling: [UInt8] = []
    private var spellingStarts: [Int] = [0]
    /// The hash of each byte sequence and the id of its key, for filling the table.
    private var spellingHashes: [UInt64] = []
    private var spellingIDs: [Int32] = []

    /// A slot of the table: a byte sequence's first eight bytes packed (see ``head(of:)``), its
    /// length (-1 for an empty slot), the id of its key and the sequence's index. Most keys are
    /// eight bytes or shorter: for them head and length are the whole spelling, so a lookup
    /// reads one slot and nothing else.
    private struct Slot {
        var head: UInt64 = 0
        var length: Int32 = -1
        var id: Int32 = -1
        var spelling = -1
    }

    /// Open-addressing table of byte sequences; a power of two.
    private var slots = Array(repeating: Slot(), count: 1024)

    /// For each key id, the id of its lowercased word form (itself when already lowercase).
    private(set) var lowered: [Int32] = []
    /// For each key id, true when the key is one punctuation mark.
    private(set) var isPunctuation: [Bool] = []
    /// For each key id, true for short function words ("the", "of", "and").
    private(set) var isStopWord: [Bool] = []

    /// The id of `key`, assigning a new one on first sight.
    mutating func id(for key: String, punctuation: Bool) -> Int32 {
        var copy = key
        return copy.withUTF8 { id(for: $0, punctuation: punctuation) }
    }

    /// The id of the key spelt by the UTF-8 bytes `key`, assigning a new one on first sight.
    mutating func id(for key: UnsafeBufferPointer<UInt8>, punctuation: Bool) -> Int32 {
        id(for: key, head: Self.head(of: key), punctuation: punctuation)
    }

    /// ``id(for:punctuation:)`` given `key`'s ``head(of:)``.
    private mutating func id(for key: UnsafeBufferPointer<UInt8>, head: UInt64, punctuation: Bool) -> Int32 {
        let hash = Self.hash(key, head: head)
        if let index = slotIndex(of: key, head: head, hash: hash) { return slots[index].id }
        // A spelling not seen before: its key may still be known under another spelling.
        let text = String(decoding: key, as: UTF8.self)
        let id = ids[text] ?? newID(for: text, punctuation: punctuation)
        // Added after `newID`, which may have added the lowercase spelling and grown the table.
        addSpelling(key, hash: hash, id: id)
        return id
    }

    /// The slot of the byte sequence `key` (with its ``head(of:)`` and table hash), or nil when
    /// it was not seen.
    @inline(__always)
    private func slotIndex(of key: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt64) -> Int? {
        let length = key.count
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while case let slot = slots[index], slot.length >= 0 {
            if slot.head == head, Int(slot.length) == length,
               length <= 8 || spelling.withUnsafeBufferPointer({ all in
                   let e = slot.spelling
                   return CanonicalText.bytesEqual(UnsafeBufferPointer(rebasing: all[spellingStarts[e]..<spellingStarts[e + 1]]), key)
               }) {
                return index
            }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Records the byte sequence `key`, not seen before, as a spelling of key `id`.
    private mutating func addSpelling(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, id: Int32) {
        spelling.append(contentsOf: key)
        spellingStarts.append(spelling.count)
        spellingHashes.append(hash)
        spellingIDs.append(id)
        if 2 * spellingHashes.count > slots.count {
            rehash()
        } else {
            place(spellingHashes.count - 1)
        }
    }

    /// The first eight bytes of `key` packed little-endian, zero-padded.
    private static func head(of key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for (k, byte) in key.prefix(8).enumerated() { head |= UInt64(byte) << (8 * UInt64(k)) }
        return head
    }

    /// The table's hash of `key`: its ``head(of:)`` and length mixed when that is the whole key.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        guard key.count <= 8 else { return CanonicalText.hash(key) }
        var h = head ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }

    /// Assigns the next id to `key`, which has none yet.
    private mutating func newID(for key: String, punctuation: Bool) -> Int32 {
        let id = Int32(lowered.count)
        ids[key] = id
        lowered.append(id)
        isPunctuation.append(punctuation)
        let lower = key.lowercased()
        // Function words are five letters at most: longer keys are not looked up.
        isStopWord.append(lower.utf8.count <= Self.longestStopWord && Self.stopWords.contains(lower))
        if lower != key {
            let lowerID = self.id(for: lower, punctuation: punctuation)
            lowered[Int(id)] = lowerID
        }
        return id
    }

    /// Puts byte sequence `e` in the first free slot from its hash's.
    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: spellingHashes[e]) & mask
        while slots[index].length >= 0 { index = (index + 1) & mask }
        let (start, end) = (spellingStarts[e], spellingStarts[e + 1])
        let head = spelling.withUnsafeBufferPointer { Self.head(of: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        slots[index] = Slot(head: head, length: Int32(clamping: end - start), id: spellingIDs[e], spelling: e)
    }

    /// Doubles the table.
    private mutating func rehash() {
        slots = Array(repeating: Slot(), count: slots.count * 2)
        for e in spellingHashes.indices { place(e) }
    }

    /// Adds the keys of `other` that are not known here, numbered in the order `other` numbered
    /// them, and returns, for each id of `other`, the id of the same key here.
    ///
    /// Two drafts interned into two vocabularies at the same time, one per core, and then the
    /// second absorbed into the first, end with exactly the ids that interning the first draft
    /// and then the second into one vocabulary gives: both number keys in order of first sight
    /// (a key's lowercase form right after it), and a key of `other` already known keeps its id.
    /// Both vocabularies must start from ``seeded()``.
    mutating func absorb(_ other: Vocabulary) -> [Int32] {
        var keyOfID = [String](repeating: "", count: other.lowered.count)
        for (key, id) in other.ids { keyOfID[Int(id)] = key }
        var map = [Int32](repeating: -1, count: keyOfID.count)
        var added: [Int] = []
        for id in keyOfID.indices {
            if let known = ids[keyOfID[id]] {
                map[id] = known
                continue
            }
            let newID = Int32(lowered.count)
            ids[keyOfID[id]] = newID
            lowered.append(newID)
            isPunctuation.append(other.isPunctuation[id])
            isStopWord.append(other.isStopWord[id])
            map[id] = newID
            added.append(id)
        }
        // A lowercase form may be numbered after its key: mapped once every id is.
        for id in added { lowered[Int(map[id])] = map[Int(other.lowered[id])] }
        // The spellings not seen here, so that later lookups of them stay a table probe.
        other.spelling.withUnsafeBufferPointer { all in
            for e in other.spellingIDs.indices {
                let key = UnsafeBufferPointer(rebasing: all[other.spellingStarts[e]..<other.spellingStarts[e + 1]])
                guard slotIndex(of: key, head: Self.head(of: key), hash: other.spellingHashes[e]) == nil else { continue }
                addSpelling(key, hash: other.spellingHashes[e], id: map[Int(other.spellingIDs[e])])
            }
        }
        return map
    }

    /// The key id of `token`, a span of `bytes`.
    mutating func id(of token: TokenSpan, in bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let text = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        guard !token.folds else { return id(for: Tokenizer.foldedKey(text), punctuation: token.isPunctuation) }
        // Fast path: one load of eight bytes, masked to the token, when the buffer has them.
        guard token.start + 8 <= bytes.count, let base = bytes.baseAddress else {
            return id(for: text, punctuation: token.isPunctuation)
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + token.start).loadUnaligned(as: UInt64.self))
        let length = text.count
        let head = length >= 8 ? word : word & ((1 << (8 * UInt64(length))) - 1)
        return id(for: text, head: head, punctuation: token.isPunctuation)
    }

    /// The UTF-8 length of the longest of ``stopWords``.
    static let longestStopWord = 5

    /// Function words that may be absorbed into a neighbouring change by the word-diff cleanup.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at", "as",
        "from", "that", "its", "their", "is", "are", "be", "this", "these", "which", "into",
    ]
}

extension Vocabulary {
    /// True for the ids of ";", "," and ".", interned first by ``seeded()``: the final mark that
    /// only says whether a paragraph is last, and so is left out when paragraphs are matched.
    static func isFinalMark(_ id: Int32) -> Bool { id >= 0 && id <= 2 }

    /// A vocabulary whose first ids are the final marks ";", "," and ".".
    static func seeded() -> Vocabulary {
        var vocabulary = Vocabulary()
        _ = vocabulary.id(for: ";", punctuation: true)
        _ = vocabulary.id(for: ",", punctuation: true)
        _ = vocabulary.id(for: ".", punctuation: true)
        return vocabulary
    }
}
