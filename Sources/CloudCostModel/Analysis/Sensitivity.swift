import CostsimCore

/// Which uncertain inputs move the savings most? Each input is moved down and up, one at a time,
/// and the change in every member's and the group's savings is measured (a tornado table).
package struct Sensitivity: Sendable {
    /// An input and how it is moved.
    package enum Input: Sendable, Equatable {
        /// Every exchange rate (yen per USD), by the relative change.
        case exchangeRate
        /// Every member's `populationGrowth`, by `growthPoints` up and down (absolute).
        case populationGrowth
        /// All amounts and rates of one fee, by the relative change.
        case fee(label: String)
        /// Every member's `costPerStaff`.
        case staffCost
        /// Every member's `joinCost`.
        case joinCost
        /// Every member's `standalone.annualCost`.
        case standaloneCost
    }

    package struct Effect: Sendable {
        package let input: Input
        /// Change in each member's savings (in member order) and the group's, with the input moved down…
        package var lowMembers: [Int64]
        package var lowGroup: Int64
        /// …and up.
        package var highMembers: [Int64]
        package var highGroup: Int64
        /// `|highGroup − lowGroup|`, the width of the bar (at most `Int64.max`).
        package var swing: Int64 {
            let (difference, overflow) = highGroup.subtractingReportingOverflow(lowGroup)
            return overflow ? .max : Int64(clamping: difference.magnitude)
        }
    }

    /// A move the scenario could not take: it made the scenario invalid, or a figure too large, so
    /// that input has no bar.
    package struct Refused: Sendable {
        package let input: Input
        /// The input moved up (true) or down.
        package let up: Bool
        /// Why: a value the move takes past the decoder's limit, or a figure that overflowed.
        package let reason: Reason

        package enum Reason: Sendable {
            case limit(ScenarioRevision.Refusal)
            case overflow(AmountOverflowError)
        }
    }

    package let caseName: CaseName
    package let members: [Member]
    package let baseMemberSavings: [Int64]
    package let baseGroupSavings: Int64
    /// The relative change (0.1 = ±10 %) and the change of growth rates (0.005 = ±0.5 points).
    package let change: ExactDecimal
    package let growthPoints: ExactDecimal
    /// Sorted by swing, largest first.
    package let effects: [Effect]
    /// Inputs whose move made the scenario invalid, in the order they were tried.
    package let refused: [Refused]

    /// - Parameter scenario: the scenario of the case (the plan, or a variant's).
    package init(_ scenario: Scenario, caseName: CaseName, change: ExactDecimal, growthPoints: ExactDecimal) throws(AmountOverflowError) {
        self.caseName = caseName
        members = scenario.members
        self.change = change
        self.growthPoints = growthPoints
        let base = try Self.savings(scenario)
        baseMemberSavings = base.members
        baseGroupSavings = base.group
        var inputs: [Input] = []
        if scenario.fx != nil && scenario.group.fees.contains(where: { $0.currency == .usd }) { inputs.append(.exchangeRate) }
        inputs.append(.populationGrowth)
        inputs += scenario.group.fees.map { .fee(label: $0.label) }
        if scenario.members.contains(where: { $0.personnel != nil }) { inputs.append(.staffCost) }
        if scenario.members.contains(where: { $0.joinCost > 0 }) { inputs.append(.joinCost) }
        inputs.append(.standaloneCost)
        var effects: [Effect] = []
        var refused: [Refused] = []
        for input in inputs {
            var moved: [(members: [Int64], group: Int64)] = []
            for up in [false, true] {
                let revised: Scenario
                do { revised = try Self.move(scenario, input, up: up, change: change, growthPoints: growthPoints) } catch {
                    refused.append(Refused(input: input, up: up, reason: .limit(error)))
                    continue
                }
                do { moved.append(try Self.savings(revised)) } catch {
                    refused.append(Refused(input: input, up: up, reason: .overflow(error)))
                }
            }
            guard moved.count == 2 else { continue }
            let (low, high) = (moved[0], moved[1])
            func delta(_ moved: Int64, _ from: Int64) throws(AmountOverflowError) -> Int64 {
                let (difference, overflow) = moved.subtractingReportingOverflow(from)
                if overflow { throw AmountOverflowError(context: [.figure(.changeInSavings)]) }
                return difference
            }
            var lowMembers: [Int64] = []
            var highMembers: [Int64] = []
            for member in base.members.indices {
                lowMembers.append(try delta(low.members[member], base.members[member]))
                highMembers.append(try delta(high.members[member], base.members[member]))
            }
            effects.append(
                Effect(
                    input: input, lowMembers: lowMembers, lowGroup: try delta(low.group, base.group),
                    highMembers: highMembers, highGroup: try delta(high.group, base.group)))
        }
        self.effects = effects.enumerated().sorted { a, b in
            a.element.swing != b.element.swing ? a.element.swing > b.element.swing : a.offset < b.offset
        }.map(\.element)
        self.refused = refused
    }

    static func savings(_ scenario: Scenario) throws(AmountOverflowError) -> (members: [Int64], group: Int64) {
        let computed = try CaseComparison(scenario)
        return (computed.members.map(\.savings), computed.comparison.group.savings)
    }

    /// The scenario with `input` moved down or up (see `ScenarioRevision`): amounts floored to whole
    /// yen (JPY) or to six decimal places (USD, rates); refused where a value would pass the decoder's limit.
    static func move(_ scenario: Scenario, _ input: Input, up: Bool, change: ExactDecimal, growthPoints: ExactDecimal)
        throws(ScenarioRevision.Refusal) -> Scenario
    {
        let factor = up ? ExactDecimal.one + change : ExactDecimal(millionths: ExactDecimal.one.millionths - change.millionths)
        var revision = ScenarioRevision()
        switch input {
        case .exchangeRate: revision.exchangeRates = .scaled(by: factor)
        case .populationGrowth:
            revision.populationGrowth = ExactDecimal(millionths: up ? growthPoints.millionths : -growthPoints.millionths)
        case .fee(let label): revision.fees[label] = factor
        case .staffCost: revision.staffCost = factor
        case .joinCost: revision.joinCost = factor
        case .standaloneCost: revision.standaloneCost = factor
        }
        return try scenario.revised(by: revision)
    }
}
