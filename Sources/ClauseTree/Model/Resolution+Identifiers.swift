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

/// Section, index and eId of the top-level paragraphs of one section, handed out in order as
/// the paragraphs are made: what ``Resolution/identify(_:section:parentID:)`` sets on the whole
/// list, without a second pass over it (the parser names its paragraphs as it makes them).
struct SectionIdentifier {
    /// The section the paragraphs are in.
    let section: Section
    /// The keys of the paragraphs so far (operative paragraphs only).
    private var counter: KeyCounter
    /// How many paragraphs have been named.
    private(set) var count = 0

    /// Names the paragraphs of `section`; `capacity` is about how many there will be.
    init(section: Section, capacity: Int) {
        self.section = section
        counter = KeyCounter(counting: section == .preamble ? 0 : capacity)
    }

    /// The index and eId of the next paragraph of the section, printed with `number`, whose
    /// UTF-8 bytes are `printed` (read in place: no string is read for the key). Its children
    /// are named after it by ``Resolution/identify(_:section:parentID:)`` under the eId.
    mutating func next(number: String?, printed: UnsafeBufferPointer<UInt8>?) -> (index: Int, id: String) {
        count += 1
        if section == .preamble {
            // Preambular eIds come from positions (the number is not read) and cannot repeat.
            return (count, EId.make(prefix: "recs__rec_", printed: nil, position: count, count: 1))
        }
        let value = if let printed { KeyCounter.canonicalValue(printed) } else { count }
        let repeats = counter.count(number, value: value, position: count)
        return (count, EId.make(prefix: "para_", printed: printed, position: count, count: repeats))
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

    /// A counter for a list whose length is not known yet: keys are always counted (never
    /// compared), with room by value for about `capacity` paragraphs. Counting by comparing
    /// and counting by key agree, so the counts are those of ``init(count:)``.
    init(counting capacity: Int) {
        isShort = false
        numeric = [Int32](repeating: 0, count: 2 * max(0, capacity) + 16)
    }

    /// How many paragraphs so far (this one included) have the key of this paragraph: its
    /// `number`, else its `position`. `short` answers for short lists.
    mutating func count(_ number: String?, position: Int, short: () -> Int) -> Int {
        if isShort { return short() }
        return count(number, value: number.map(Self.canonicalValue) ?? position, position: position)
    }

    /// ``count(_:position:short:)`` for a counting counter, given `value`: the canonical value
    /// of `number` (nil when it is not canonical), else `position`.
    mutating func count(_ number: String?, value: Int?, position: Int) -> Int {
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
        return text.withUTF8(canonicalValue)
    }

    /// ``canonicalValue(_:)-(String)`` of the number's UTF-8 bytes.
    static func canonicalValue(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = utf8.first, utf8.count <= 9, first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value = 0
        for b in utf8 {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
}

/// Writes eIds as bytes into one string: no intermediate strings for keys and counts.
private enum EId {
    /// `prefix` + key (+ `_count` when the count is over 1).
    static func make(prefix: StaticString, number: String?, position: Int, count: Int) -> String {
        prefix.withUTF8Buffer { write(head: $0, nil, number: number, position: position, count: count) }
    }

    /// `prefix` + key (+ `_count` when the count is over 1), the key being the bytes of the
    /// printed number when there is one, else the position.
    static func make(prefix: StaticString, printed: UnsafeBufferPointer<UInt8>?, position: Int, count: Int) -> String {
        prefix.withUTF8Buffer { write(head: $0, nil, key: printed, position: position, count: count) }
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
        // The key is the number's bytes (read in place: a small string's bytes on the stack).
        guard var number else { return write(head: head, middle, key: nil, position: position, count: count) }
        return number.withUTF8 { write(head: head, middle, key: $0, position: position, count: count) }
    }

    /// `head` + `middle` + the key (`key`'s bytes, else the digits of `position`) + `_count`
    /// when the count is over 1.
    private static func write(head: UnsafeBufferPointer<UInt8>, _ middle: UnsafeBufferPointer<UInt8>?,
                              key: UnsafeBufferPointer<UInt8>?, position: Int, count: Int) -> String {
        let keyLength = key?.count ?? digitCount(position)
        let countLength = count > 1 ? 1 + digitCount(count) : 0
        let capacity = head.count + (middle?.count ?? 0) + keyLength + countLength
        // Written straight into the string's storage: inline for small eIds (up to 15 bytes,
        // all top-level ones), else one allocation.
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var at = put(head, at: base)
            if let middle { at = put(middle, at: at) }
            if let key {
                at = put(key, at: at)
            } else {
                at += keyLength
                DecimalDigits.write(UInt(position), endingBefore: at)
            }
            if count > 1 {
                at.pointee = UInt8(ascii: "_")
                at += countLength
                DecimalDigits.write(UInt(count), endingBefore: at)
            }
            return base.distance(to: at)
        }
    }

    /// Copies `bytes` to `at` (room for them is known); returns where the copy ends.
    @inline(__always)
    private static func put(_ bytes: UnsafeBufferPointer<UInt8>, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        guard let source = bytes.baseAddress else { return at }
        let n = bytes.count
        // A few bytes each: eight-byte moves (the last one overlapping) or a plain loop beat a
        // call to memcpy.
        if n >= 8 {
            var k = 0
            while k &+ 8 <= n { move8(source + k, to: at + k); k &+= 8 }
            if k < n { move8(source + (n &- 8), to: at + (n &- 8)) }
        } else {
            for k in 0..<n { at[k] = source[k] }
        }
        return at + n
    }

    /// Copies the eight bytes at `source` to `target` (unaligned).
    @inline(__always)
    private static func move8(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(target).storeBytes(of: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self), as: UInt64.self)
    }

    /// The number of decimal digits of a value ≥ 0.
    private static func digitCount(_ value: Int) -> Int { DecimalDigits.count(UInt(value)) }
}
