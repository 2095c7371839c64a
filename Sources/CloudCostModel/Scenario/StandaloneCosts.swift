import CostsimCore

/// What a member pays for its own system while it is not on the shared one.
package struct StandaloneCosts: Sendable, Equatable {
    /// Yen a year for the member's own system.
    package let annualCost: FYValue<Int64>
    /// How `annualCost` was estimated (one value for each fiscal year of the period), or nil when the
    /// scenario gives it.
    package let annualCostEstimate: BandEstimate?
    /// Yen a year for its own Government Cloud environment.
    package let governmentCloud: FYValue<Int64>?
    package let renewals: [Renewal]
}
