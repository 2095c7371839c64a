/// A group fee: what the shared system charges its active members, and how.
public struct Fee: Sendable, Equatable {
    public let label: String
    public let category: FeeCategory
    public let from: Month?
    public let to: Month?
    public let currency: Currency
    public let subsidyRate: ExactDecimal
    /// The fraction of what remains of each share after the subsidy that allocation tax measures cover.
    public let allocationTaxRate: ExactDecimal
    public let charge: Charge
    /// The ids of the members the fee applies to (only they are charged, its split is among them,
    /// its tiers count only their population); nil: every member.
    public let members: [String]?

    public func applies(in month: Month) -> Bool {
        (from.map { $0 <= month } ?? true) && (to.map { month <= $0 } ?? true)
    }
}
