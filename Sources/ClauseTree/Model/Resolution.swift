/// A parsed resolution: its header, preamble, operative part and closing, as an immutable tree.
///
/// Parsing never fails on odd layout: what could not be placed is kept in ``noise`` with its
/// line number, and repairs are reported in ``diagnostics``.
///
/// ```swift
/// let resolution = ResolutionParser().parse(text)
/// print(resolution.title ?? "untitled", resolution.operative.count)
/// ```
public struct Resolution: Sendable, Hashable {
    /// The title ("Resolution on Combating Human Trafficking").
    public var title: String?
    /// The meeting ("23rd Annual Meeting of the Asia-Pacific Parliamentary Forum").
    public var meeting: String?
    /// The date as printed ("14 January 2015").
    public var date: String?
    /// Sponsor names in the order printed (["Japan", "Korea"]).
    public var sponsors: [String]
    /// The sponsor line exactly as printed ("(Sponsored by Canada)"), kept for re-rendering.
    public var sponsorLine: String?
    /// The opening formula ("The 25th Annual Meeting of the Asia-Pacific Parliamentary Forum,").
    public var formula: String?
    /// Preambular paragraphs in order.
    public var preamble: [Paragraph]
    /// The operative lead-in ("Resolves to:"), if printed.
    public var leadIn: String?
    /// Operative paragraphs in order.
    public var operative: [Paragraph]
    /// Lines after the operative part: an adoption line, a place and date.
    public var closing: [ClosingLine]
    /// Lines kept out of every paragraph, with their line numbers.
    public var noise: [NoiseLine]
    /// What the parser repaired or could not place.
    public var diagnostics: [Diagnostic]

    /// Creates a resolution. Identifiers are assigned from positions.
    public init(title: String? = nil, meeting: String? = nil, date: String? = nil,
                sponsors: [String] = [], sponsorLine: String? = nil, formula: String? = nil,
                preamble: [Paragraph] = [], leadIn: String? = nil, operative: [Paragraph] = [],
                closing: [ClosingLine] = [], noise: [NoiseLine] = [], diagnostics: [Diagnostic] = []) {
        self.init(title: title, meeting: meeting, date: date, sponsors: sponsors, sponsorLine: sponsorLine,
                  formula: formula, identifiedPreamble: preamble, leadIn: leadIn, identifiedOperative: operative,
                  closing: closing, noise: noise, diagnostics: diagnostics)
        Self.identify(&self.preamble, section: .preamble, parentID: nil)
        Self.identify(&self.operative, section: .operative, parentID: nil)
    }

    /// Creates a resolution whose paragraphs already carry the sections, indices and eIds that
    /// ``assigningIdentifiers()`` gives them (the parser names paragraphs as it makes them): no
    /// second pass over the paragraphs.
    init(title: String?, meeting: String?, date: String?, sponsors: [String], sponsorLine: String?, formula: String?,
         identifiedPreamble preamble: consuming [Paragraph], leadIn: String?, identifiedOperative operative: consuming [Paragraph],
         closing: [ClosingLine], noise: [NoiseLine], diagnostics: [Diagnostic]) {
        self.title = title
        self.meeting = meeting
        self.date = date
        self.sponsors = sponsors
        self.sponsorLine = sponsorLine
        self.formula = formula
        self.preamble = preamble
        self.leadIn = leadIn
        self.operative = operative
        self.closing = closing
        self.noise = noise
        self.diagnostics = diagnostics
    }

    /// All top-level paragraphs, preamble first.
    public var paragraphs: [Paragraph] { preamble + operative }

    /// The paragraphs of one section.
    public func paragraphs(in section: Section) -> [Paragraph] {
        section == .preamble ? preamble : operative
    }

    /// True when the resolution has no paragraph at all.
    public var isEmpty: Bool { preamble.isEmpty && operative.isEmpty }

    /// The paragraph (at any depth) with the given Akoma Ntoso eId, if any.
    public func paragraph(withID id: String) -> Paragraph? {
        func search(_ list: [Paragraph]) -> Paragraph? {
            for p in list {
                if p.id == id { return p }
                if id.hasPrefix(p.id + "__"), let found = search(p.children) { return found }
            }
            return nil
        }
        return search(paragraphs)
    }

    /// A copy whose paragraphs carry indices and eIds that match their positions:
    /// `recs__rec_N` for preambular paragraphs, `para_N` (N the printed number, else the index)
    /// for operative ones, `PARENT__subpara_X` below them.
    public func assigningIdentifiers() -> Resolution {
        var copy = self
        Self.identify(&copy.preamble, section: .preamble, parentID: nil)
        Self.identify(&copy.operative, section: .operative, parentID: nil)
        return copy
    }
}
