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
        /// Why: the scenario's problems, or the figure that overflowed.
        package let error: any Error & Sendable
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
                do {
                    let scenario = try Self.move(scenario, input, up: up, change: change, growthPoints: growthPoints)
                    moved.append(try Self.savings(scenario))
                } catch {
                    refused.append(Refused(input: input, up: up, error: error))
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
        let comparison = try CaseComparison(scenario).comparison
        return (comparison.members.map(\.savings), comparison.group.savings)
    }

    /// The scenario with `input` moved down or up, validated as a file is (`Scenario.revised`).
    /// Amounts are rounded down to whole yen (JPY) or to six decimal places (USD, rates).
    static func move(_ scenario: Scenario, _ input: Input, up: Bool, change: ExactDecimal, growthPoints: ExactDecimal)
        throws(ScenarioError) -> Scenario
    {
        let factor = up ? ExactDecimal.one + change : ExactDecimal(millionths: ExactDecimal.one.millionths - change.millionths)
        let decimal = { (value: ExactDecimal) in value.scaled(by: factor, wholeYen: false) }
        let yen = { (value: ExactDecimal) in value.scaled(by: factor, wholeYen: true) }
        func eachMember(_ edit: (Int, inout JSONValue) -> Void) throws(ScenarioError) -> Scenario {
            try scenario.revised { json in json.update("members") { $0.updateEach(edit) } }
        }
        switch input {
        case .exchangeRate:
            return try scenario.revised { json in json.update("fx") { $0.mapNumbers(decimal) } }
        case .populationGrowth:
            let points = up ? growthPoints.millionths : -growthPoints.millionths
            return try eachMember { index, member in
                let growth = scenario.members[index].populationGrowth ?? .zero
                member["populationGrowth"] = .number(ExactDecimal(millionths: growth.millionths + points).description)
            }
        case .fee(let label):
            guard let fee = scenario.group.fees.first(where: { $0.label == label }) else { return scenario }
            let scale = fee.currency == .usd ? decimal : yen
            return try scenario.revised { json in
                json.update("group") { group in
                    group.update("fees") { fees in
                        fees.updateEach { _, item in
                            guard item["label"] == .string(label) else { return }
                            scaleAmounts(of: &item, kind: fee.charge.kind, scale)
                        }
                    }
                }
            }
        case .staffCost:
            return try eachMember { _, member in member.update("personnel") { $0.update("costPerStaff") { $0.mapNumbers(yen) } } }
        case .joinCost:
            return try eachMember { _, member in member.update("joinCost") { $0.mapNumbers(yen) } }
        case .standaloneCost:
            return try eachMember { _, member in
                member.update("standalone") { standalone in
                    standalone.update("annualCost") { cost in
                        // An estimate moves by its factor (exactly); a figure given, by its amounts.
                        if cost["estimate"] != nil {
                            let factor = cost["factor"].flatMap { value -> ExactDecimal? in
                                if case .number(let text) = value { return ExactDecimal(jsonText: text) }
                                return nil
                            }
                            cost["factor"] = .number(decimal(factor ?? .one).description)
                        } else {
                            cost.mapNumbers(yen)
                        }
                    }
                }
            }
        }
    }

    /// Scales every amount and rate of a fee's JSON, by the kind of its charge: per member, per 10,000
    /// (a rate or each tier's rate, never its bound) and shared (monthly, annual or once).
    static func scaleAmounts(of fee: inout JSONValue, kind: Charge.Kind, _ scale: (ExactDecimal) -> ExactDecimal) {
        fee.update(kind.rawValue) { body in
            switch kind {
            case .perMember:
                body.update("monthly") { $0.mapNumbers(scale) }
            case .perTenThousand:
                body.update("monthly") { monthly in
                    if case .array = monthly {
                        monthly.updateEach { _, tier in tier.update("rate") { $0.mapNumbers(scale) } }
                    } else {
                        monthly.mapNumbers(scale)
                    }
                }
            case .shared:
                for key in ["monthly", "annual", "amount"] { body.update(key) { $0.mapNumbers(scale) } }
            }
        }
    }
}
