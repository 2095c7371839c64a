import CostsimCore

/// One draw of a risk analysis: a value for each uncertain input, and the whole, consistent scenario
/// it makes.
///
/// The scenario is the validated one with the drawn values put in as a `ScenarioRevision`, which keeps
/// the rules the decoder follows for a file that says so (so the engine computes exactly what `run`
/// would for that file; a test compares the two on random draws): amounts scaled `floor(amount · m)`
/// in whole yen, USD to a millionth, within `Limits.amount`; a population grown again from its new
/// rate (and a band estimate made again from it); a join that slips moves the overlap, the join
/// cost's month and the renewals avoided with it — to or past the member's `leaves`, it never joins.
package struct RiskDraw: Sendable {
    package let inputs: [RiskInput]
    package let values: [ExactDecimal]

    package init(inputs: [RiskInput], values: [ExactDecimal]) {
        self.inputs = inputs
        self.values = values
    }

    /// The value drawn for `input`, if it is uncertain.
    package func value(_ input: RiskInput) -> ExactDecimal? { inputs.firstIndex(of: input).map { values[$0] } }

    /// The draw as a revision of the scenario: its exchange rates replaced, its multipliers, its
    /// growth shift and its members' join delays (whole months).
    package func revision(years: ClosedRange<Int>) -> ScenarioRevision {
        var revision = ScenarioRevision()
        if let rate = value(.exchangeRate(fiscalYear: nil)) {
            revision.exchangeRates = .replaced(FYValue(rate, from: years.lowerBound))
        } else if inputs.contains(where: { if case .exchangeRate = $0 { return true } else { return false } }) {
            revision.exchangeRates = FYValue(entries: years.map { year in (year, value(.exchangeRate(fiscalYear: year)) ?? .one) })
                .map(ScenarioRevision.ExchangeRates.replaced)
        }
        for (input, value) in zip(inputs, values) {
            switch input {
            case .exchangeRate: break
            case .fee(let label): revision.fees[label] = value
            case .governmentCloud: revision.governmentCloud = value
            case .populationGrowth: revision.populationGrowth = value
            case .staffCost: revision.staffCost = value
            case .joinCost: revision.joinCost = value
            case .joinDelay(let id): revision.joinDelays[id] = Int(value.millionths / ExactDecimal.scale)
            }
        }
        return revision
    }

    /// The scenario of this draw.
    package func apply(to scenario: Scenario) throws(ScenarioRevision.Refusal) -> Scenario {
        try scenario.revised(by: revision(years: scenario.fiscalYears))
    }
}
