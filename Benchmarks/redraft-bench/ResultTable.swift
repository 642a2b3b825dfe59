import Foundation

/// One line of the results: an operation on one input.
struct ResultRow {
    var operation: String
    var input: String
    /// Bytes of input processed per iteration (for MB/s), if meaningful.
    var bytes: Int?
    /// Items per iteration and their unit ("paragraphs", "changes", "files"), if meaningful.
    var items: (count: Int, unit: String)?
    var measurement: Measurement

    var throughput: String {
        let median = measurement.median
        guard median > 0 else { return "" }
        if let bytes { return String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / median) }
        if let items { return String(format: "%.0f %@/s", Double(items.count) / median, items.unit) }
        return ""
    }
}

/// Prints rows as they come (so a long run shows progress) and, at the end, as a Markdown table.
struct ResultTable {
    private(set) var rows: [ResultRow] = []

    mutating func add(_ row: ResultRow) {
        rows.append(row)
        let line = [pad(row.operation, 22), pad(row.input, 26),
                    pad(Self.time(row.measurement.median), 10, right: true),
                    pad(Self.time(row.measurement.minimum), 10, right: true),
                    pad(row.throughput, 18, right: true),
                    pad(String(format: "%.1f MiB", Double(row.measurement.peakKiB) / 1024), 12, right: true)]
            .joined(separator: " ")
        emit(line)
    }

    static var header: String {
        [pad("operation", 22), pad("input", 26), pad("median", 10, right: true), pad("min", 10, right: true),
         pad("throughput", 18, right: true), pad("peak RSS", 12, right: true)].joined(separator: " ")
    }

    func markdown() -> String {
        var out = "| operation | input | median | min | throughput | peak RSS | iterations |\n"
        out += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
        for row in rows {
            out += "| \(row.operation) | \(row.input) | \(Self.time(row.measurement.median)) | "
                + "\(Self.time(row.measurement.minimum)) | \(row.throughput) | "
                + String(format: "%.1f MiB", Double(row.measurement.peakKiB) / 1024)
                + " | \(row.measurement.seconds.count) |\n"
        }
        return out
    }

    /// "12.3 ms", "1.234 s", "45 µs".
    static func time(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.3f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.0f µs", seconds * 1_000_000)
    }
}

private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    guard count < width else { return text }
    let fill = String(repeating: " ", count: width - count)
    return right ? fill + text : text + fill
}

/// Writes a line to standard output at once (unbuffered), so progress shows during long runs.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
