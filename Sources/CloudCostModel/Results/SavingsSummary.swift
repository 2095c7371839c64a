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

    /// `savings / standaloneTotal` as an exact fraction (0 where `standaloneTotal` is 0).
    public var savingsRate: (numerator: Int64, denominator: Int64) {
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
            paybackFiscalYear: paybackFiscalYear, npvSavings: npvSavings)
    }
}
