import CostsimCore

/// A case set against the standalone case of the same scenario — or, with `run --against`, against
/// another case of the file.
public struct Comparison: Sendable {
    public let caseName: CaseName
    /// Indexed like the case's members. Against the case's own standalone case every member is
    /// there; against another case (`run --against`), a member that case does not have is nil: it is
    /// not compared, and the tables list it as only in this case.
    public let members: [SavingsSummary?]
    /// The two groups as they are: every member of each case, whether or not the other has it.
    public let group: SavingsSummary
    /// Against another case: its members this case does not have (in its order).
    public let onlyInBaseline: [Member]

    /// The case against its own standalone case: every member compared.
    package init(standalone: CaseResult, case result: CaseResult, discountRate: ExactDecimal) throws(AmountOverflowError) {
        let summaries = try Self.memberSummaries(standalone: standalone, case: result, discountRate: discountRate)
        try self.init(standalone: standalone, case: result, members: summaries, discountRate: discountRate)
    }

    /// The case against its own standalone case, its members' summaries (`memberSummaries`) already made.
    package init(
        standalone: CaseResult, case result: CaseResult, members summaries: [SavingsSummary], discountRate: ExactDecimal
    ) throws(AmountOverflowError) {
        try self.init(result, members: summaries, baseline: standalone, onlyInBaseline: [], discountRate: discountRate)
    }

    /// The case against another case (`run --against`): members matched by id; the period must be the same.
    package init(against baseline: CaseResult, case result: CaseResult, discountRate: ExactDecimal) throws(AmountOverflowError) {
        let positions = Dictionary(baseline.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var summaries: [SavingsSummary?] = []
        for (index, member) in result.members.enumerated() {
            guard let position = positions[member.id] else {
                summaries.append(nil)
                continue
            }
            summaries.append(
                try Self.summary(
                    standalone: baseline.figures[position], case: result.figures[index], years: result.fiscalYears, joins: member.joins,
                    discountRate: discountRate, what: member.name))
        }
        let ids = Set(result.members.map(\.id))
        try self.init(
            result, members: summaries, baseline: baseline, onlyInBaseline: baseline.members.filter { !ids.contains($0.id) },
            discountRate: discountRate)
    }

    private init(
        _ result: CaseResult, members: [SavingsSummary?], baseline: CaseResult, onlyInBaseline: [Member], discountRate: ExactDecimal
    ) throws(AmountOverflowError) {
        caseName = result.name
        self.members = members
        self.onlyInBaseline = onlyInBaseline
        group = try Self.summary(
            standalone: try baseline.groupFigures(), case: try result.groupFigures(), years: result.fiscalYears,
            joins: result.members.compactMap(\.joins).min(), discountRate: discountRate, what: "the group")
    }

    /// Each member of `result` against its own figures in `standalone` (the same members, in order).
    package static func memberSummaries(
        standalone: CaseResult, case result: CaseResult, discountRate: ExactDecimal
    ) throws(AmountOverflowError) -> [SavingsSummary] {
        var summaries: [SavingsSummary] = []
        for (index, member) in result.members.enumerated() {
            summaries.append(
                try Self.summary(
                    standalone: standalone.figures[index], case: result.figures[index], years: result.fiscalYears, joins: member.joins,
                    discountRate: discountRate, what: member.name))
        }
        return summaries
    }

    /// Whether every member of the case is compared (always, against its own standalone case).
    public var comparesEveryMember: Bool { !members.contains { $0 == nil } && onlyInBaseline.isEmpty }

    /// - Parameter joins: the member's join month (for the group: its first member's); nil when it never joins.
    static func summary(
        standalone: [CategoryFigures], case figures: [CategoryFigures], years: ClosedRange<Int>, joins: Month?,
        discountRate: ExactDecimal, what: String
    ) throws(AmountOverflowError) -> SavingsSummary {
        var standaloneTotal: Int64 = 0
        var caseTotal: Int64 = 0
        var yearly: [Int64] = []
        var yearlyByCategory: [CategoryFigures] = []
        var byCategory = CategoryFigures()
        for (year, (base, value)) in zip(years, zip(standalone, figures)) {
            standaloneTotal = try Yen.add(standaloneTotal, base.total, [.name(what), .figure(.standaloneTotal)])
            caseTotal = try Yen.add(caseTotal, value.total, [.name(what), .figure(.total)])
            yearly.append(try saving(base.total, value.total, fiscalYear: year, what: what))
            let saved = try CategoryFigures.difference(base, value, [.name(what), .fiscalYear(year), .figure(.savings)])
            yearlyByCategory.append(saved)
            byCategory = try CategoryFigures.sum(byCategory, saved, [.name(what), .figure(.savings)])
        }
        let (savings, overflow) = standaloneTotal.subtractingReportingOverflow(caseTotal)
        if overflow { throw AmountOverflowError(context: [.name(what), .figure(.savings)]) }
        return SavingsSummary(
            standaloneTotal: standaloneTotal, caseTotal: caseTotal, savings: savings, yearlySavings: yearly,
            paybackFiscalYear: try paybackYear(yearly, years: years, joins: joins),
            npvSavings: try PresentValue.npv(yearly, rate: discountRate), byCategory: byCategory, yearlyByCategory: yearlyByCategory)
    }

    /// A year's savings, the stay-alone total less the case's; too large a difference names whose and
    /// which year.
    static func saving(_ standalone: Int64, _ total: Int64, fiscalYear: Int, what: String) throws(AmountOverflowError) -> Int64 {
        let (saving, overflow) = standalone.subtractingReportingOverflow(total)
        if overflow { throw AmountOverflowError(context: [.name(what), .fiscalYear(fiscalYear), .figure(.savings)]) }
        return saving
    }

    /// MODEL.md's payback year: the first fiscal year, not before the one in which the member joins,
    /// from whose end cumulative savings are ≥ 0 in every remaining year; nil when it never joins
    /// within the period or the last year's cumulative savings are negative.
    static func paybackYear(_ yearly: [Int64], years: ClosedRange<Int>, joins: Month?) throws(AmountOverflowError) -> Int? {
        guard let joins, joins.fiscalYear <= years.upperBound else { return nil }
        let earliest = max(joins.fiscalYear - years.lowerBound, 0)
        return try paybackIndex(yearly, notBefore: earliest).map { years.lowerBound + $0 }
    }

    /// The index of the first year, not before `notBefore`, from whose end cumulative savings stay ≥ 0
    /// in every remaining year; nil when the last year's cumulative savings are negative.
    static func paybackIndex(_ yearly: [Int64], notBefore: Int = 0) throws(AmountOverflowError) -> Int? {
        var cumulative: [Int64] = []
        var sum: Int64 = 0
        for saving in yearly {
            sum = try Yen.add(sum, saving, [.figure(.cumulativeSavings)])
            cumulative.append(sum)
        }
        guard let last = cumulative.last, last >= 0, notBefore < cumulative.count else { return nil }
        var index = cumulative.count - 1
        while index > notBefore && cumulative[index - 1] >= 0 { index -= 1 }
        return index
    }

    /// The comparison without the savings of each year (what the JSON's comparisons print), for
    /// keeping many of them while a run streams its cases.
    package func withoutYearlySavings() -> Comparison {
        Comparison(
            caseName: caseName, members: members.map { $0?.withoutYearlySavings() }, group: group.withoutYearlySavings(),
            onlyInBaseline: onlyInBaseline)
    }

    init(caseName: CaseName, members: [SavingsSummary?], group: SavingsSummary, onlyInBaseline: [Member]) {
        self.caseName = caseName
        self.members = members
        self.group = group
        self.onlyInBaseline = onlyInBaseline
    }
}
