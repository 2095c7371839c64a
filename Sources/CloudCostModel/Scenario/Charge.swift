/// How a fee is charged. Amounts are in the fee's currency (whole numbers for JPY).
public enum Charge: Sendable, Equatable {
    case perTenThousand(PerTenThousandRate, units: PopulationUnits)
    case perMember(monthly: ExactDecimal)
    case shared(SharedAmount, split: Split)
}

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

/// How population is counted in units of 10,000.
public enum PopulationUnits: String, Sendable, Equatable, CaseIterable {
    case exact, ceil, floor
}

public enum SharedAmount: Sendable, Equatable {
    case monthly(ExactDecimal)
    case annual(FYValue<ExactDecimal>)
    case once(Month, ExactDecimal)
}
