/// The two bodies of a resolution: the preambular paragraphs, which give reasons, and the
/// numbered operative paragraphs, which decide.
public enum Section: String, Sendable, Hashable, Codable, CaseIterable {
    /// Preambular paragraphs ("Recalling …", "Noting with concern …").
    case preamble
    /// Operative paragraphs ("1. Call on …", "2. Urge …").
    case operative

    /// The short label drafters use: "PP" for preambular, "OP" for operative paragraphs.
    public var label: String { self == .preamble ? "PP" : "OP" }

    /// The adjective used in formal amendment wording ("preambular", "operative").
    public var adjective: String { self == .preamble ? "preambular" : "operative" }
}
