import CostsimCore

/// One group fee: what each member paid of it, and the subsidy on that, per fiscal year.
package struct FeeLedger: Sendable {
    package let fee: Fee
    /// `amounts[member][yearIndex]`, yen ≥ 0.
    package let amounts: [[Int64]]
    /// `subsidies[member][yearIndex]`, yen ≤ 0.
    package let subsidies: [[Int64]]
    /// `allocationTaxes[member][yearIndex]`, yen ≤ 0: the allocation tax measures on the amounts.
    package let allocationTaxes: [[Int64]]
    /// For a shared fee, `parts[basis][member][yearIndex]`: what each member paid of it by basis
    /// (均等割, 人口割, 利用量割, in `SplitBasis` order), adding up to `amounts`; empty for other fees.
    package let parts: [[[Int64]]]
}
