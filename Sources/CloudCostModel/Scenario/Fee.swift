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

    public func applies(in month: Month) -> Bool {
        (from.map { $0 <= month } ?? true) && (to.map { month <= $0 } ?? true)
    }
}
