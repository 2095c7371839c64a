import CostsimCore

/// How a fee is charged. Amounts are in the fee's currency (whole numbers for JPY).
package enum Charge: Sendable, Equatable {
    case perTenThousand(PerTenThousandRate, units: PopulationUnits)
    case perMember(monthly: ExactDecimal)
    case shared(SharedAmount, split: Split)
}

extension Charge {
    /// The kinds of charge, by the key a fee writes it under (`"perTenThousand": {…}`).
    package enum Kind: String, CaseIterable, Sendable {
        case perTenThousand, perMember, shared
    }

    package var kind: Kind {
        switch self {
        case .perTenThousand: return .perTenThousand
        case .perMember: return .perMember
        case .shared: return .shared
        }
    }
}
