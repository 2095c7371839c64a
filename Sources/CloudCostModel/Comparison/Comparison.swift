/// How one case compares with staying alone, for a member or the whole group.
public struct SavingsSummary: Equatable, Sendable {
    public var standaloneTotal: Int64
    public var caseTotal: Int64
    /// `standaloneTotal − caseTotal`; negative when the case costs more.
    public var savings: Int64
    /// Savings per fiscal year.
    public var yearlySavings: [Int64]
    public var paybackFiscalYear: Int?
    public var npvSavings: Int64

    /// `savings / standaloneTotal` as an exact fraction (0 where `standaloneTotal` is 0).
    public var savingsRate: (numerator: Int64, denominator: Int64) {
        standaloneTotal == 0 ? (0, 1) : (savings, standaloneTotal)
    }

    /// The savings rate rounded to `places` (0…6) decimal places, halves away from zero.
    public func savingsRate(places: Int = 6) -> ExactDecimal {
        precondition((0...6).contains(places))
        let (numerator, denominator) = savingsRate
        var power: Int128 = 1
        for _ in 0..<places { power *= 10 }
        let rounded = Yen.roundedQuotient(Int128(numerator) * power, Int128(denominator))
        return ExactDecimal(millionths: rounded * (ExactDecimal.scale / power))
    }
}

/// A case set against the standalone case of the same scenario.
public struct Comparison: Sendable {
    public var caseName: String
    public var members: [SavingsSummary]
    public var group: SavingsSummary

    public init(standalone: CaseResult, case result: CaseResult, discountRate: ExactDecimal) throws(AmountOverflowError) {
        caseName = result.name
        var memberSummaries: [SavingsSummary] = []
        for index in result.members.indices {
            let base = standalone.figures[index].map(\.total)
            let figures = result.figures[index].map(\.total)
            memberSummaries.append(try Self.summary(standalone: base, case: figures, firstYear: result.fiscalYears.lowerBound,
                                                    discountRate: discountRate, what: result.members[index].name))
        }
        members = memberSummaries
        group = try Self.summary(standalone: try standalone.groupFigures().map(\.total),
                                 case: try result.groupFigures().map(\.total), firstYear: result.fiscalYears.lowerBound,
                                 discountRate: discountRate, what: "the group")
    }

    static func summary(standalone: [Int64], case figures: [Int64], firstYear: Int, discountRate: ExactDecimal, what: String) throws(AmountOverflowError) -> SavingsSummary {
        var standaloneTotal: Int64 = 0, caseTotal: Int64 = 0
        var yearly: [Int64] = []
        for (base, value) in zip(standalone, figures) {
            standaloneTotal = try Yen.add(standaloneTotal, base, "\(what): stay-alone total")
            caseTotal = try Yen.add(caseTotal, value, "\(what): total")
            let (saving, overflow) = base.subtractingReportingOverflow(value)
            if overflow { throw AmountOverflowError(context: "\(what): savings") }
            yearly.append(saving)
        }
        let (savings, overflow) = standaloneTotal.subtractingReportingOverflow(caseTotal)
        if overflow { throw AmountOverflowError(context: "\(what): savings") }
        return SavingsSummary(standaloneTotal: standaloneTotal, caseTotal: caseTotal, savings: savings, yearlySavings: yearly,
                              paybackFiscalYear: try paybackIndex(yearly).map { firstYear + $0 }, npvSavings: try PresentValue.npv(yearly, rate: discountRate))
    }

    /// The index of the first year from whose end cumulative savings stay ≥ 0 in every remaining
    /// year; nil when the last year's cumulative savings are negative.
    static func paybackIndex(_ yearly: [Int64]) throws(AmountOverflowError) -> Int? {
        var cumulative: [Int64] = []
        var sum: Int64 = 0
        for saving in yearly {
            sum = try Yen.add(sum, saving, "cumulative savings")
            cumulative.append(sum)
        }
        guard let last = cumulative.last, last >= 0 else { return nil }
        var index = cumulative.count - 1
        while index > 0 && cumulative[index - 1] >= 0 { index -= 1 }
        return index
    }
}
