import CostsimCore

/// A validated scenario (`costsim/1`): what MODEL.md describes, in types.
///
/// `ScenarioDecoder` makes one, after checking every rule, so a `Scenario` is always valid and
/// nothing downstream needs to check it again. Its fields are constants. A what-if change — an input
/// moved by `sensitivity`, a join month by `timing` or `schedule`, a `risk` draw, the schedule bound's
/// member alone — is a `ScenarioRevision`, made by `revised(by:)`: the only other place that makes a
/// `Scenario`, which checks each changed value against the decoder's own limit for it.
public struct Scenario: Sendable, Equatable {
    public let name: String
    public let fiscalYears: ClosedRange<Int>
    package let discountRate: ExactDecimal
    /// Yen per USD; present whenever a fee is in USD.
    package let fx: FYValue<ExactDecimal>?
    public let members: [Member]
    package let group: Group
    /// The uncertain inputs `costsim risk` draws (nil: none given).
    package let uncertainty: Uncertainty?
    /// The reduction target (3割削減) the members are held to (nil: none stated).
    package let target: ReductionTarget?

    /// The months simulated, April of the first fiscal year to March after the last.
    package var months: [Month] {
        let first = Month.firstOfFiscalYear(fiscalYears.lowerBound).serial
        return (0..<(fiscalYears.count * 12)).map { Month(serial: first + $0) }
    }

    /// The first and last month simulated.
    package var firstMonth: Month { Month.firstOfFiscalYear(fiscalYears.lowerBound) }
    package var lastMonth: Month { Month.firstOfFiscalYear(fiscalYears.upperBound).adding(months: 11) }
}
