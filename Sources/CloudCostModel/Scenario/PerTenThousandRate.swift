import CostsimCore

/// A per-10,000 fee's monthly rate: one rate, or tiers chosen by the active members' total population.
package enum PerTenThousandRate: Sendable, Equatable {
    case flat(ExactDecimal)
    /// Ordered by `upTo`; the last tier has no bound. `fixedBy`: the population the contract states
    /// (`tierPopulation`, by fiscal year), which alone chooses the tier whoever is active — a member
    /// joining an existing contract later does not lower everyone's rate; nil: the active members'.
    case tiers([Tier], fixedBy: FYValue<Int64>?)

    package struct Tier: Sendable, Equatable {
        /// Total population of the active members up to which this tier applies; nil: no bound.
        package let upTo: Int64?
        package let rate: ExactDecimal
    }
}
