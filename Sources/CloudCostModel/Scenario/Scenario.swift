import CostsimCore

/// A validated scenario (`costsim/1`): what MODEL.md describes, in types.
///
/// `ScenarioDecoder` makes one, after checking every rule, so a `Scenario` is always valid and
/// nothing downstream needs to check it again. Its fields are constants: a what-if change (a join
/// month moved by `timing`, an input scaled by `sensitivity`) is made with `revised(_:)`, which edits
/// the JSON the scenario came from and validates the result exactly as a file is validated.
///
/// Three places still build one from a valid scenario's typed values, where a revision is made
/// thousands of times or the JSON cannot express it: `joining(_:)` (the schedule search's join months,
/// each within the member's window), `RiskDraw.apply(to:)` (a draw's values, refused past the limits
/// the decoder sets) and `ScheduleBound` (one member alone with the fees that charge it by itself).
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
    /// The JSON this scenario was decoded from (a variant's: the base with its patch applied), without
    /// `variants`: what `revised(_:)` edits.
    package let source: JSONValue

    /// The months simulated, April of the first fiscal year to March after the last.
    package var months: [Month] {
        let first = Month.firstOfFiscalYear(fiscalYears.lowerBound).serial
        return (0..<(fiscalYears.count * 12)).map { Month(serial: first + $0) }
    }

    /// The first and last month simulated.
    package var firstMonth: Month { Month.firstOfFiscalYear(fiscalYears.lowerBound) }
    package var lastMonth: Month { Month.firstOfFiscalYear(fiscalYears.upperBound).adding(months: 11) }
}
