import CostsimCore

/// How one case compares with staying alone, for a member or the whole group.
public struct SavingsSummary: Equatable, Sendable {
    public let standaloneTotal: Int64
    public let caseTotal: Int64
    /// `standaloneTotal − caseTotal`; negative when the case costs more.
    public let savings: Int64
    /// Savings per fiscal year.
    public let yearlySavings: [Int64]
    public let paybackFiscalYear: Int?
    public let npvSavings: Int64
    /// Savings by category over the period (stay-alone minus case, category by category); its total
    /// is `savings`. A subsidy received shows as a positive saving.
    public let byCategory: CategoryFigures
    /// Savings by category for each fiscal year (empty in a comparison kept only for its totals).
    public let yearlyByCategory: [CategoryFigures]

    package init(
        standaloneTotal: Int64, caseTotal: Int64, savings: Int64, yearlySavings: [Int64], paybackFiscalYear: Int?,
        npvSavings: Int64, byCategory: CategoryFigures = CategoryFigures(), yearlyByCategory: [CategoryFigures] = []
    ) {
        self.standaloneTotal = standaloneTotal
        self.caseTotal = caseTotal
        self.savings = savings
        self.yearlySavings = yearlySavings
        self.paybackFiscalYear = paybackFiscalYear
        self.npvSavings = npvSavings
        self.byCategory = byCategory
        self.yearlyByCategory = yearlyByCategory
    }

    /// `savings / standaloneTotal` as an exact fraction (0 where `standaloneTotal` is 0).
    package var savingsRate: (numerator: Int64, denominator: Int64) {
        standaloneTotal == 0 ? (0, 1) : (savings, standaloneTotal)
    }

    /// The savings rate rounded to `places` (0…6) decimal places, halves away from zero.
    public func savingsRate(places: Int = 6) -> ExactDecimal {
        let places = min(max(places, 0), 6)
        let (numerator, denominator) = savingsRate
        var power: Int128 = 1
        for _ in 0..<places { power *= 10 }
        let rounded = Yen.roundedQuotient(Int128(numerator) * power, Int128(denominator))
        return ExactDecimal(millionths: rounded * (ExactDecimal.scale / power))
    }

    func withoutYearlySavings() -> SavingsSummary {
        SavingsSummary(
            standaloneTotal: standaloneTotal, caseTotal: caseTotal, savings: savings, yearlySavings: [],
            paybackFiscalYear: paybackFiscalYear, npvSavings: npvSavings, byCategory: byCategory)
    }
}
