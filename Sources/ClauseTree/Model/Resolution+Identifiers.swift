extension Resolution {
    /// Sets section, index and eId of every paragraph of `list` in place (no copy of the
    /// paragraphs when the array is not shared).
    ///
    /// An eId is a prefix (`recs__rec_`, `para_`, or the parent's eId and `__subpara_`) and a
    /// key: the printed number, else the position. A key printed twice in one list gets `_2`,
    /// `_3` … after it. Preambular eIds come from positions and cannot repeat.
    static func identify(_ list: inout [Paragraph], section: Section, parentID: String?) {
        let positional = parentID == nil && section == .preamble
        var counter = KeyCounter(count: positional ? 0 : list.count)
        for offset in list.indices {
            list[offset].section = section
            list[offset].index = offset + 1
            let number = positional ? nil : list[offset].number
            let count = positional ? 1 : counter.count(number, position: offset + 1) {
                // Short lists compare with the keys before this one.
                (0..<offset).reduce(1) { $0 + (Self.sameKey(list[$1].number, $1 + 1, number, offset + 1) ? 1 : 0) }
            }
            let id: String
            if let parentID {
                id = EId.make(parent: parentID, number: number, position: offset + 1, count: count)
            } else {
                id = EId.make(prefix: section == .preamble ? "recs__rec_" : "para_", number: number,
                              position: offset + 1, count: count)
            }
            list[offset].id = id
            if !list[offset].children.isEmpty {
                identify(&list[offset].children, section: section, parentID: id)
            }
        }
    }

    /// True when two paragraphs have the same key (number, else position).
    private static func sameKey(_ a: String?, _ positionA: Int, _ b: String?, _ positionB: Int) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a == b
        case (nil, nil): return positionA == positionB
        case let (a?, nil): return a == String(positionB)
        case let (nil, b?): return String(positionA) == b
        }
    }
}

/// Counts the keys of one list of paragraphs, for the `_2` of a key printed twice. Keys that
/// are canonical decimal numbers (nearly all: positions and printed paragraph numbers) are
/// counted in an array by value; other keys in a dictionary. A canonical number never equals
/// another key string, so the two never count the same key.
private struct KeyCounter {
    /// Lists this short are counted by comparing keys: no storage at all.
    static let shortList = 8

    private var numeric: [Int32] = []
    private var others: [String: Int] = [:]
    private let isShort: Bool

    init(count: Int) {
        isShort = count <= Self.shortList
        if !isShort { numeric = [Int32](repeating: 0, count: 2 * count + 16) }
    }

    /// How many paragraphs so far (this one included) have the key of this paragraph: its
    /// `number`, else its `position`. `short` answers for short lists.
    mutating func count(_ number: String?, position: Int, short: () -> Int) -> Int {
        if isShort { return short() }
        let value = number.map(Self.canonicalValue) ?? position
        if let value, value < numeric.count {
            numeric[value] += 1
            return Int(numeric[value])
        }
        let key = number ?? String(position)
        let count = (others[key] ?? 0) + 1
        others[key] = count
        return count
    }

    /// The value of a canonical decimal number ("0", "12"; not "012", "+1" or "1.5"), or nil.
    private static func canonicalValue(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, utf8.count <= 9, first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
            var value = 0
            for b in utf8 {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return value
        }
    }
}

/// Writes eIds as bytes into one string: no intermediate strings for keys and counts.
private enum EId {
    /// `prefix` + key (+ `_count` when the count is over 1).
    static func make(prefix: StaticString, number: String?, position: Int, count: Int) -> String {
        prefix.withUTF8Buffer { write(head: $0, nil, number: number, position: position, count: count) }
    }

    /// `parent` + `__subpara_` + key (+ `_count` when the count is over 1).
    static func make(parent: String, number: String?, position: Int, count: Int) -> String {
        var parent = parent
        return parent.withUTF8 { head in
            ("__subpara_" as StaticString).withUTF8Buffer { write(head: head, $0, number: number, position: position, count: count) }
        }
    }

    private static func write(head: UnsafeBufferPointer<UInt8>, _ middle: UnsafeBufferPointer<UInt8>?,
                              number: String?, position: Int, count: Int) -> String {
        // The key is the number's bytes, else the position's digits; the count adds "_" and digits.
        let keyLength = number?.utf8.count ?? digitCount(position)
        let capacity = head.count + (middle?.count ?? 0) + keyLength + (count > 1 ? 1 + digitCount(count) : 0)
        // Written straight into the string's storage: inline for small eIds (up to 15 bytes,
        // all top-level ones), else one allocation.
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var at = put(head, into: buffer, at: 0)
            if let middle { at = put(middle, into: buffer, at: at) }
            if let number {
                // The key's few bytes read from the string itself (no copy of a small string).
                for b in number.utf8 {
                    buffer[at] = b
                    at += 1
                }
            } else {
                at = put(position, into: buffer, at: at)
            }
            if count > 1 {
                buffer[at] = UInt8(ascii: "_")
                at = put(count, into: buffer, at: at + 1)
            }
            return at
        }
    }

    /// Copies `bytes` to `buffer` at `at`; returns where the copy ends.
    private static func put(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var k = 0
        while k < bytes.count {
            buffer[at + k] = bytes[k]
            k += 1
        }
        return at + bytes.count
    }

    /// Writes the decimal digits of `value` (≥ 0) to `buffer` at `at`; returns where they end.
    private static func put(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let end = at + digitCount(value)
        guard let base = buffer.baseAddress, end <= buffer.count else { return at }
        DecimalDigits.write(UInt(value), endingBefore: base + end)
        return end
    }

    /// The number of decimal digits of a value ≥ 0.
    private static func digitCount(_ value: Int) -> Int { DecimalDigits.count(UInt(value)) }
}
