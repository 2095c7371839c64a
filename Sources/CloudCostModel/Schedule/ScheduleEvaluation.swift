/// One schedule computed by the engine: the figures `run` prints for the scenario with these join
/// months, and how the search ranks it.
///
/// The ranking (`isBetter(than:)`): first, fewer moved members that do not save (present value of
/// their savings ≤ 0; every member that joins should save); then, among schedules with as many,
/// the smaller total shortfall of those members; then the larger present value of the group's
/// savings; and of equals, the earlier join months (compared member by member, in the scenario's
/// order), so the answer never depends on the order the schedules were computed in.
public struct ScheduleEvaluation: Sendable {
    /// For each moved member, the index of its join month among its candidate months.
    public let choices: [Int]
    /// The present value of the group's savings.
    public let groupNPV: Int64
    /// The present value of each moved member's savings (by position in `ScheduleSpace.moved`).
    public let memberNPVs: [Int64]
    /// Moved members (positions in `ScheduleSpace.moved`) whose present value of savings is ≤ 0.
    public let losing: [Int]
    /// `Σ (1 − npv)` over `losing`: how far they are from saving a yen.
    public let shortfall: Int128

    /// Only the figures the ranking needs are kept: a search keeps thousands of these.
    init(choices: [Int], comparison: Comparison, moved: [Int]) {
        self.choices = choices
        groupNPV = comparison.group.npvSavings
        memberNPVs = moved.map { comparison.members[$0].npvSavings }
        var losing: [Int] = []
        var shortfall: Int128 = 0
        for (position, npv) in memberNPVs.enumerated() where npv <= 0 {
            losing.append(position)
            shortfall += 1 - Int128(npv)
        }
        self.losing = losing
        self.shortfall = shortfall
    }

    public func isBetter(than other: ScheduleEvaluation) -> Bool {
        if losing.count != other.losing.count { return losing.count < other.losing.count }
        if shortfall != other.shortfall { return shortfall < other.shortfall }
        if groupNPV != other.groupNPV { return groupNPV > other.groupNPV }
        return choices.lexicographicallyPrecedes(other.choices)
    }
}

/// Computes schedules of one space with the engine, against the stay-alone case computed once.
struct ScheduleEvaluator: Sendable {
    let space: ScheduleSpace
    let standalone: CaseResult

    init(_ space: ScheduleSpace) throws(AmountOverflowError) {
        self.space = space
        standalone = try Engine.run(space.scenario, mode: .standalone, name: CaseName.standalone.text)
    }

    /// The join month of each moved member under `choices`, by member index.
    func months(_ choices: [Int]) -> [Int: Month] {
        var months: [Int: Month] = [:]
        for (position, choice) in choices.enumerated() { months[space.moved[position]] = space.candidates[position][choice] }
        return months
    }

    func evaluate(_ choices: [Int]) throws(AmountOverflowError) -> ScheduleEvaluation {
        let scenario = space.scenario.joining(months(choices))
        let result = try Engine.run(scenario, mode: .asWritten, name: CaseName.plan.text)
        let comparison = try Comparison(standalone: standalone, case: result, discountRate: scenario.discountRate)
        return ScheduleEvaluation(choices: choices, comparison: comparison, moved: space.moved)
    }
}
