/// What a member pays for its own system while it is not on the shared one.
public struct StandaloneCosts: Sendable, Equatable {
    /// Yen a year for the member's own system.
    public let annualCost: FYValue<Int64>
    /// How `annualCost` was estimated (one value for each fiscal year of the period), or nil when the
    /// scenario gives it.
    public let annualCostEstimate: BandEstimate?
    /// Yen a year for its own Government Cloud environment.
    public let governmentCloud: FYValue<Int64>?
    public let renewals: [Renewal]
}
