import CostsimCore

/// A column of a members spreadsheet: its heading in Japanese and in English, and the member field
/// of `costsim/1` it fills. Every figure means exactly what the same JSON field means.
package enum MemberColumn: String, CaseIterable, Sendable {
    case id, code, name, population, populationGrowth, usage, joins, leaves, overlapMonths
    case annualCost, governmentCloud, staff, staffShared, costPerStaff
    case joinCost, joinSubsidyRate, joinAllocationTaxRate, leaveCost
    /// The join window of `costsim schedule`.
    case earliestJoin, latestJoin, budgetYears
    /// The cost in the reduction target's baseline year (its 決算, or 推計).
    case baseline

    /// The heading Japanese Excel files use.
    package var japanese: String {
        switch self {
        case .id: return "団体ID"
        case .code: return "団体コード"
        case .name: return "団体名"
        case .population: return "人口"
        case .populationGrowth: return "人口増減率"
        case .usage: return "利用量"
        case .joins: return "参加月"
        case .leaves: return "脱退月"
        case .overlapMonths: return "並行稼働月数"
        case .annualCost: return "単独運用経費"
        case .governmentCloud: return "ガバメントクラウド経費"
        case .staff: return "職員数"
        case .staffShared: return "参加後職員数"
        case .costPerStaff: return "人件費単価"
        case .joinCost: return "移行経費"
        case .joinSubsidyRate: return "移行経費補助率"
        case .joinAllocationTaxRate: return "移行経費交付税措置率"
        case .leaveCost: return "脱退経費"
        case .earliestJoin: return "参加可能月"
        case .latestJoin: return "参加期限"
        case .budgetYears: return "予算化年度"
        case .baseline: return "基準年度経費"
        }
    }

    /// Other headings a town's own sheet may use for the column: the baseline year named as the
    /// national target names it.
    package var aliases: [String] {
        switch self {
        case .baseline: return ["平成30年度経費", "H30経費", "2018年度経費"]
        default: return []
        }
    }

    /// The English heading: the JSON field's own name.
    package var english: String { rawValue }

    /// Where the value goes in a member's JSON.
    package var path: [String] {
        switch self {
        case .annualCost, .governmentCloud: return ["standalone", rawValue]
        case .staff, .staffShared, .costPerStaff: return ["personnel", rawValue]
        default: return [rawValue]
        }
    }

    /// What a blank cell means. A figure every member has a value for — its staff, their cost, its
    /// migration cost — is owed when blank: 未入力, with the warning and the table notes the JSON
    /// placeholder has, never a silent 0. A field that only some members have (a month of leaving, a
    /// leaving cost, a subsidy rate, a growth rate, a join window) is left out when blank, and means what
    /// the JSON member without it means (never leaves, none, 0 %, no limit); a required field left out is
    /// an error of the decoder's.
    package enum Blank: Sendable { case leftOut, pending }

    package var blank: Blank {
        switch self {
        case .staff, .staffShared, .costPerStaff, .joinCost: return .pending
        case .id, .code, .name, .population, .populationGrowth, .usage, .joins, .leaves, .overlapMonths, .annualCost,
            .governmentCloud, .joinSubsidyRate, .joinAllocationTaxRate, .leaveCost, .earliestJoin, .latestJoin, .budgetYears, .baseline:
            return .leftOut
        }
    }

    /// How a cell is read.
    package enum Kind: Sendable { case text, number, rate, month, years }

    package var kind: Kind {
        switch self {
        case .id, .code, .name: return .text
        case .joins, .leaves, .earliestJoin, .latestJoin: return .month
        case .budgetYears: return .years
        case .populationGrowth, .joinSubsidyRate, .joinAllocationTaxRate: return .rate
        default: return .number
        }
    }

    /// The column a heading names: its Japanese or English heading, ignoring spaces around it, the
    /// case of English letters, and a unit in brackets after it (`人口（人）`, `annualCost (yen)`).
    package init?(heading: String) {
        let key = Self.normalized(heading)
        guard
            let column = Self.allCases.first(where: {
                $0.japanese == key || $0.english.lowercased() == key.lowercased() || $0.aliases.contains(key)
            })
        else {
            return nil
        }
        self = column
    }

    /// The heading without surrounding spaces (full-width too) or a bracketed unit after it.
    static func normalized(_ heading: String) -> String {
        var text = Substring(heading).trimming(while: Self.isSpace)
        for (open, close) in [("（", "）"), ("(", ")"), ("［", "］"), ("[", "]")] where text.hasSuffix(close) {
            if let start = text.lastIndex(of: Character(open)) { text = text[..<start].trimming(while: Self.isSpace) }
        }
        return String(text)
    }

    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\u{3000}" || character == "\t" }
}

extension Substring {
    /// Without the characters at both ends that satisfy `predicate`.
    func trimming(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let first = text.first, predicate(first) { text = text.dropFirst() }
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }
}
