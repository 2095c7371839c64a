/// One group fee: what each member paid of it, and the subsidy on that, per fiscal year.
public struct FeeLedger: Sendable {
    public let fee: Fee
    /// `amounts[member][yearIndex]`, yen ≥ 0.
    public let amounts: [[Int64]]
    /// `subsidies[member][yearIndex]`, yen ≤ 0.
    public let subsidies: [[Int64]]
    /// `allocationTaxes[member][yearIndex]`, yen ≤ 0: the allocation tax measures on the amounts.
    public let allocationTaxes: [[Int64]]
}
