/// Writes JSON straight into a byte buffer, in exactly the layout of
/// ``JSONValue/serialized(pretty:terminator:)``, without building the whole tree first: for large
/// reports, where a tree of every value and a copy of the text would double the memory.
///
/// Containers are opened and closed explicitly; small values in them are written from
/// ``JSONValue``s.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.key("changes")
/// writer.beginArray()
/// for change in changes { writer.value(.string(change)) }
/// writer.endArray()
/// writer.endObject()
/// let text = writer.finish(terminator: "\n")   // same as JSONValue.object([...]).serialized() + "\n"
/// ```
public struct JSONWriter: ~Copyable {
    private var out: ByteBuffer
    private let pretty: Bool
    /// For each open container: true for an object, and how many entries it has so far.
    private var open: [(isObject: Bool, count: Int)] = []

    /// A writer; `pretty` indents nested values by two spaces, as ``JSONValue`` does.
    public init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        out = ByteBuffer(capacity: capacity)
    }

    private var indent: Int? { pretty ? open.count : nil }

    /// Starts an entry of the innermost array (a separator and a new line); in an object the
    /// preceding ``key(_:)`` did that.
    private mutating func startValue() {
        guard let last = open.last, !last.isObject else { return }
        if last.count > 0 { out.append(UInt8(ascii: ",")) }
        open[open.count - 1].count += 1
        JSONValue.newline(&out, indent)
    }

    /// Writes the key of the next entry of the innermost object.
    public mutating func key(_ key: String) {
        if let last = open.last, last.count > 0 { out.append(UInt8(ascii: ",")) }
        if !open.isEmpty { open[open.count - 1].count += 1 }
        JSONValue.newline(&out, indent)
        JSONValue.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
    }

    /// Writes a whole value: an entry of the innermost array, the value of the last key, or
    /// the document.
    public mutating func value(_ value: JSONValue) {
        startValue()
        value.write(into: &out, indent: indent)
    }

    /// Opens an object.
    public mutating func beginObject() { begin(object: true) }

    /// Writes an entry of the innermost array (or the value of the last key) whose bytes
    /// `body` appends itself, already laid out for the current depth: for hot loops that write
    /// many values of one fixed shape (see ``JSONValue/writeString(_:into:)`` and its siblings).
    public mutating func rawValue(_ body: (inout ByteBuffer) -> Void) {
        startValue()
        body(&out)
    }

    /// Opens an array.
    public mutating func beginArray() { begin(object: false) }

    /// Closes the innermost object.
    public mutating func endObject() { end(UInt8(ascii: "}")) }

    /// Closes the innermost array.
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(object: Bool) {
        startValue()
        out.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        open.append((object, 0))
    }

    private mutating func end(_ mark: UInt8) {
        guard let last = open.popLast() else { return }
        if last.count > 0 { JSONValue.newline(&out, indent) }
        out.append(mark)
    }

    /// The text written, followed by `terminator`.
    public consuming func finish(terminator: String = "") -> String {
        out.append(terminator)
        return out.string
    }

    /// The number of bytes written and not yet handed to ``drain(_:)``.
    public var pendingByteCount: Int { out.count }

    /// Hands the bytes written so far to `sink` and empties the buffer, keeping its capacity:
    /// a large document can go out in pieces instead of being held whole.
    public mutating func drain(_ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        out.withBytes(sink)
        out.removeAll()
    }

    /// Appends `terminator` and hands what is left to `sink`: the end of a document written
    /// in pieces with ``drain(_:)``.
    public consuming func finish(terminator: String = "", into sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        out.append(terminator)
        out.withBytes(sink)
    }
}
