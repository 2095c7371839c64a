import CostsimCore

/// A per-10,000 fee's monthly rate: one rate, or tiers chosen by the active members' total population.
package enum PerTenThousandRate: Sendable, Equatable {
    case flat(ExactDecimal)
    /// Ordered by `upTo`; the last tier has no bound.
    case tiers([Tier])

    package struct Tier: Sendable, Equatable {
        /// Total population of the active members up to which this tier applies; nil: no bound.
        package let upTo: Int64?
        package let rate: ExactDecimal
    }
}
