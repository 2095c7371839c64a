/// Which uncertain inputs move the savings most? Each input is moved down and up, one at a time,
/// and the change in every member's and the group's savings is measured (a tornado table).
public struct Sensitivity: Sendable {
    /// An input and how it is moved.
    public enum Input: Sendable, Equatable {
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

    public struct Effect: Sendable {
        public var input: Input
        /// Change in each member's savings (in member order) and the group's, with the input moved down…
        public var lowMembers: [Int64]
        public var lowGroup: Int64
        /// …and up.
        public var highMembers: [Int64]
        public var highGroup: Int64
        /// `|highGroup − lowGroup|`, the width of the bar (at most `Int64.max`).
        public var swing: Int64 {
            let (difference, overflow) = highGroup.subtractingReportingOverflow(lowGroup)
            return overflow ? .max : Int64(clamping: difference.magnitude)
        }
    }

    public var caseName: String
    public var members: [Member]
    public var baseMemberSavings: [Int64]
    public var baseGroupSavings: Int64
    /// The relative change (0.1 = ±10 %) and the change of growth rates (0.005 = ±0.5 points).
    public var change: ExactDecimal
    public var growthPoints: ExactDecimal
    /// Sorted by swing, largest first.
    public var effects: [Effect]

    /// - Parameter scenario: the scenario of the case (the plan, or a variant's).
    public init(_ scenario: Scenario, caseName: String, change: ExactDecimal, growthPoints: ExactDecimal) throws(AmountOverflowError) {
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
        for input in inputs {
            let low = try Self.savings(Self.move(scenario, input, up: false, change: change, growthPoints: growthPoints))
            let high = try Self.savings(Self.move(scenario, input, up: true, change: change, growthPoints: growthPoints))
            func delta(_ moved: Int64, _ from: Int64) throws(AmountOverflowError) -> Int64 {
                let (difference, overflow) = moved.subtractingReportingOverflow(from)
                if overflow { throw AmountOverflowError(context: "the change in savings") }
                return difference
            }
            var lowMembers: [Int64] = [], highMembers: [Int64] = []
            for member in base.members.indices {
                lowMembers.append(try delta(low.members[member], base.members[member]))
                highMembers.append(try delta(high.members[member], base.members[member]))
            }
            effects.append(Effect(input: input, lowMembers: lowMembers, lowGroup: try delta(low.group, base.group),
                                  highMembers: highMembers, highGroup: try delta(high.group, base.group)))
        }
        self.effects = effects.enumerated().sorted { a, b in
            a.element.swing != b.element.swing ? a.element.swing > b.element.swing : a.offset < b.offset
        }.map(\.element)
    }

    static func savings(_ scenario: Scenario) throws(AmountOverflowError) -> (members: [Int64], group: Int64) {
        let comparison = try Comparison(standalone: try Engine.run(scenario, mode: .standalone, name: "standalone"),
                                        case: try Engine.run(scenario, mode: .asWritten, name: "case"), discountRate: scenario.discountRate)
        return (comparison.members.map(\.savings), comparison.group.savings)
    }

    /// The scenario with `input` moved down or up. Amounts are rounded down to whole yen (JPY) or
    /// to six decimal places (USD, rates).
    static func move(_ scenario: Scenario, _ input: Input, up: Bool, change: ExactDecimal, growthPoints: ExactDecimal) -> Scenario {
        let factor = up ? ExactDecimal.one + change : ExactDecimal(millionths: ExactDecimal.one.millionths - change.millionths)
        func yen(_ amount: Int64) -> Int64 { Int64(clamping: Yen.floorTimes(Int128(amount), factor)) }
        func decimal(_ value: ExactDecimal) -> ExactDecimal { ExactDecimal(millionths: Yen.floorTimes(value.millionths, factor)) }
        func wholeDecimal(_ value: ExactDecimal) -> ExactDecimal { ExactDecimal(millionths: Yen.floorTimes(value.millionths / ExactDecimal.scale, factor) * ExactDecimal.scale) }
        var moved = scenario
        switch input {
        case .exchangeRate:
            moved.fx = scenario.fx?.map(decimal)
        case .populationGrowth:
            for index in moved.members.indices {
                let growth = moved.members[index].populationGrowth ?? .zero
                let next = ExactDecimal(millionths: growth.millionths + (up ? growthPoints.millionths : -growthPoints.millionths))
                moved.members[index].populationGrowth = ExactDecimal(millionths: min(max(next.millionths, -999_999), 999_999))
            }
        case .fee(let label):
            for index in moved.group.fees.indices where moved.group.fees[index].label == label {
                let scale = moved.group.fees[index].currency == .usd ? decimal : wholeDecimal
                moved.group.fees[index].charge = scaled(moved.group.fees[index].charge, scale)
            }
        case .staffCost:
            for index in moved.members.indices {
                if let cost = moved.members[index].personnel?.costPerStaff { moved.members[index].personnel?.costPerStaff = cost.map(yen) }
            }
        case .joinCost:
            for index in moved.members.indices { moved.members[index].joinCost = yen(moved.members[index].joinCost) }
        case .standaloneCost:
            for index in moved.members.indices {
                moved.members[index].standalone.annualCost = moved.members[index].standalone.annualCost.map(yen)
            }
        }
        return moved
    }

    static func scaled(_ charge: Charge, _ scale: (ExactDecimal) -> ExactDecimal) -> Charge {
        switch charge {
        case .perMember(let monthly): return .perMember(monthly: scale(monthly))
        case .perTenThousand(.flat(let rate), let units): return .perTenThousand(.flat(scale(rate)), units: units)
        case .perTenThousand(.tiers(let tiers), let units):
            return .perTenThousand(.tiers(tiers.map { .init(upTo: $0.upTo, rate: scale($0.rate)) }), units: units)
        case .shared(.monthly(let amount), let split): return .shared(.monthly(scale(amount)), split: split)
        case .shared(.annual(let amounts), let split): return .shared(.annual(amounts.map(scale)), split: split)
        case .shared(.once(let month, let amount), let split): return .shared(.once(month, scale(amount)), split: split)
        }
    }
}
