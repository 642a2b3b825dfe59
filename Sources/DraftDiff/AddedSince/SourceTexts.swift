import ClauseTree

/// The texts of earlier paragraphs, read back from their files on demand (the index keeps only
/// words), each file parsed at most once.
struct SourceTexts {
    let corpus: PriorCorpus
    private var parsed: [[Int]: Resolution?] = [:]

    init(corpus: PriorCorpus) { self.corpus = corpus }

    /// The full text of paragraph `paragraph` of part `part`, nil when its file can no longer
    /// be read or no longer holds it.
    mutating func text(of ref: (part: Int, paragraph: Int)) -> String? {
        let index = corpus.parts[ref.part].index
        let file = Int(index.paragraphFile[ref.paragraph])
        let key = [ref.part, file]
        if parsed[key] == nil { parsed[key] = .some(corpus.resolution(part: ref.part, file: file)) }
        guard let resolution = parsed[key] ?? nil else { return nil }
        let location = index.location(of: ref.paragraph, file: "")
        let list = resolution.paragraphs(in: location.section)
        guard location.index >= 1, location.index <= list.count, list[location.index - 1].id == location.id else { return nil }
        return list[location.index - 1].fullText
    }
}
