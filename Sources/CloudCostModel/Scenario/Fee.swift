import CostsimCore

/// A group fee: what the shared system charges its active members, and how.
package struct Fee: Sendable, Equatable {
    package let label: String
    package let category: FeeCategory
    package let from: Month?
    package let to: Month?
    package let currency: Currency
    package let subsidyRate: ExactDecimal
    /// The fraction of what remains of each member's year share after the subsidy that allocation tax measures cover.
    package let allocationTaxRate: ExactDecimal
    package let charge: Charge
    /// The ids of the members the fee applies to (only they are charged, its split is among them,
    /// its tiers count only their population); nil: every member.
    package let members: [String]?

    /// Whether a subsidy or allocation tax is taken on it: then what a member pays is not its share but
    /// `FeeSchedule.net` of its share summed over the fiscal year.
    package var isSubsidised: Bool { subsidyRate != .zero || allocationTaxRate != .zero }

    package func applies(in month: Month) -> Bool {
        (from.map { $0 <= month } ?? true) && (to.map { month <= $0 } ?? true)
    }
}
