/// A per-10,000 fee's monthly rate: one rate, or tiers chosen by the active members' total population.
public enum PerTenThousandRate: Sendable, Equatable {
    case flat(ExactDecimal)
    /// Ordered by `upTo`; the last tier has no bound.
    case tiers([Tier])

    public struct Tier: Sendable, Equatable {
        /// Total population of the active members up to which this tier applies; nil: no bound.
        public let upTo: Int64?
        public let rate: ExactDecimal
    }
}
