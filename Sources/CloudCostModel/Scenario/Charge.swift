/// How a fee is charged. Amounts are in the fee's currency (whole numbers for JPY).
public enum Charge: Sendable, Equatable {
    case perTenThousand(PerTenThousandRate, units: PopulationUnits)
    case perMember(monthly: ExactDecimal)
    case shared(SharedAmount, split: Split)
}
