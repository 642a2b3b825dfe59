import ClauseTree

/// Hand-written APPF-style paragraphs and helpers that build resolutions from them.
enum Fixtures {
    /// Twenty-four operative texts, each distinct in its words.
    static let operative: [String] = [
        "Call on APPF Member States to strengthen regional cooperation on maritime security;",
        "Urge APPF Member States to ratify and implement the Convention against Transnational Organized Crime;",
        "Encourage parliaments of APPF Member States to hold annual hearings on disaster preparedness;",
        "Request APPF Member States to share early warning data with neighbouring island States;",
        "Invite the international community to support small island developing States in adapting to rising seas;",
        "Recommend that APPF Member States adopt budgets that account for the needs of persons with disabilities;",
        "Call upon national parliaments to review fisheries legislation against illegal, unreported and unregulated fishing;",
        "Strongly urge APPF Member States to criminalize trafficking in persons in all its forms;",
        "Encourage APPF Member States to expand vocational training for young women in rural areas;",
        "Resolve to establish a working group on parliamentary oversight of public health emergencies;",
        "Further urge APPF Member States to protect critical infrastructure against cyberattacks;",
        "Invite APPF Member States to exchange best practices on anti-corruption commissions;",
        "Call on APPF Member States to reduce single-use plastics entering the Pacific Ocean;",
        "Urge APPF Member States to guarantee universal access to clean drinking water by 2030;",
        "Encourage national parliaments to ratify the Paris Agreement and report on emission targets;",
        "Request the APPF secretariat to compile a register of regional trade barriers;",
        "Call upon APPF Member States to facilitate the mobility of students between universities;",
        "Recommend that parliaments create committees dedicated to indigenous rights;",
        "Urge APPF Member States to fund tsunami shelters along vulnerable coastlines;",
        "Encourage APPF Member States to digitize land registries to prevent fraud;",
        "Invite development banks to lend on concessional terms for renewable energy grids;",
        "Call on APPF Member States to protect migrant workers from abusive recruitment fees;",
        "Strongly encourage APPF Member States to ban the trade in endangered coral species;",
        "Resolve to review the implementation of this resolution at the next Annual Meeting.",
    ]

    /// Six preambular texts.
    static let preamble: [String] = [
        "Recalling the Charter of the United Nations and the principles of sovereign equality;",
        "Recognizing that climate change threatens the very existence of low-lying island nations;",
        "Deeply concerned about the growing number of people displaced by natural disasters;",
        "Welcoming the outcomes of the 22nd Annual Meeting of the Asia-Pacific Parliamentary Forum;",
        "Noting with concern that transnational crime exploits gaps between national jurisdictions;",
        "Bearing in mind the 2030 Agenda for Sustainable Development;",
    ]

    /// An operative paragraph numbered `number` (index assigned by the resolution).
    static func op(_ number: Int, _ text: String, children: [Paragraph] = []) -> Paragraph {
        Paragraph(section: .operative, index: number, number: String(number), lead: lead(of: text),
                  text: text, lines: SourceRange(line: number), children: children)
    }

    /// A preambular paragraph.
    static func pp(_ text: String) -> Paragraph {
        Paragraph(section: .preamble, index: 1, number: nil, lead: lead(of: text), text: text,
                  lines: SourceRange(line: 1))
    }

    /// A resolution from preambular and operative texts, operative ones numbered from 1.
    static func resolution(preamble: [String] = [], operative: [String]) -> Resolution {
        Resolution(preamble: preamble.map(pp),
                   operative: operative.enumerated().map { op($0.offset + 1, $0.element) })
    }

    /// The opening words up to the verb complement: the first two words, or three for
    /// "Call on"/"Call upon"-style openings; good enough for tests.
    static func lead(of text: String) -> String {
        let words = text.split(separator: " ")
        let count = ["Call", "Strongly", "Further", "Deeply", "Noting", "Bearing"].contains(String(words.first ?? "")) ? 2 : 1
        return words.prefix(count).joined(separator: " ")
    }

}
