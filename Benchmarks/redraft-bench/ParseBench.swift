import ClauseTree
import Foundation

/// Parsing (and rendering the tree as JSON) on generated drafts and the real texts.
enum ParseBench {
    static func run(_ options: BenchOptions, into table: inout ResultTable) throws {
        let inputs = options.inputs
        for size in options.sizes {
            let text = try inputs.read(try inputs.draft(size))
            parse(text, label: "generated \(size) ¶", iterations: options.iterations, into: &table)
        }
        guard options.realTexts else { return }
        let appf = try inputs.read(inputs.appfSample)
        parse(appf, label: "APPF sample (PDF text)", iterations: max(options.iterations, 20), into: &table)
        let unga = try inputs.ungaFiles().map { try inputs.read($0) }
        let bytes = unga.reduce(0) { $0 + $1.utf8.count }
        let measurement = Measurement.run(iterations: options.iterations) {
            for text in unga { blackHole(ResolutionParser().parse(text).paragraphs.count) }
        }
        table.add(ResultRow(operation: "parse", input: "unga72 (\(unga.count) files)", bytes: bytes,
                            measurement: measurement))
    }

    static func parse(_ text: String, label: String, iterations: Int, into table: inout ResultTable) {
        let bytes = text.utf8.count
        // Each tree is freed after its timing: freeing a tree is not part of parsing it.
        let (parsing, resolution) = Measurement.producing(iterations: iterations) {
            ResolutionParser().parse(text)
        }
        table.add(ResultRow(operation: "parse", input: label, bytes: bytes, measurement: parsing))
        let json = Measurement.run(iterations: iterations) {
            blackHole(resolution.renderJSON().utf8.count)
        }
        table.add(ResultRow(operation: "parse: JSON output", input: label, bytes: nil,
                            items: (resolution.paragraphs.count, "¶"), measurement: json))
    }
}

/// Keeps a result alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
