import CostsimCore

/// One schedule computed by the engine: the figures `run` prints for the scenario with these join
/// months, and how the search ranks it.
///
/// The ranking (`isBetter(than:)`): first, fewer moved members that do not save (present value of
/// their savings ≤ 0; every member that joins should save); then, among schedules with as many,
/// the smaller total shortfall of those members; then the larger present value of the group's
/// savings; and of equals, the earlier join months (compared member by member, in the scenario's
/// order), so the answer never depends on the order the schedules were computed in.
package struct ScheduleEvaluation: Sendable {
    /// For each moved member, the index of its join month among its candidate months.
    package let choices: [Int]
    /// The present value of the group's savings.
    package let groupNPV: Int64
    /// The present value of each moved member's savings (by position in `ScheduleSpace.moved`).
    package let memberNPVs: [Int64]
    /// Moved members (positions in `ScheduleSpace.moved`) whose present value of savings is ≤ 0.
    package let losing: [Int]
    /// `Σ (1 − npv)` over `losing`: how far they are from saving a yen.
    package let shortfall: Int128

    /// Only the figures the ranking needs are kept: a search keeps thousands of these.
    init(choices: [Int], groupNPV: Int64, memberNPVs: [Int64]) {
        self.choices = choices
        self.groupNPV = groupNPV
        self.memberNPVs = memberNPVs
        var losing: [Int] = []
        var shortfall: Int128 = 0
        for (position, npv) in memberNPVs.enumerated() where npv <= 0 {
            losing.append(position)
            shortfall += 1 - Int128(npv)
        }
        self.losing = losing
        self.shortfall = shortfall
    }

    package func isBetter(than other: ScheduleEvaluation) -> Bool {
        if losing.count != other.losing.count { return losing.count < other.losing.count }
        if shortfall != other.shortfall { return shortfall < other.shortfall }
        if groupNPV != other.groupNPV { return groupNPV > other.groupNPV }
        return choices.lexicographicallyPrecedes(other.choices)
    }
}

/// Computes schedules of one space with the engine, against the stay-alone case computed once.
///
/// Each schedule is simulated by the engine (`Engine.simulate`, what `Engine.run` does before it
/// gathers the fee ledgers), and its present values are worked out as `Comparison` works them out —
/// each member's and the group's yearly savings, stay-alone total less the case's, then
/// `PresentValue.npv` — with the same checks for figures too large; a test requires the two to agree.
struct ScheduleEvaluator: Sendable {
    let space: ScheduleSpace
    let standalone: CaseResult
    /// The stay-alone totals of each member and of the group, by fiscal year.
    let standaloneTotals: [[Int64]]
    let standaloneGroup: [Int64]

    init(_ space: ScheduleSpace) throws(AmountOverflowError) {
        self.space = space
        standalone = try Engine.run(space.scenario, mode: .standalone, name: .standalone)
        standaloneTotals = standalone.figures.map { $0.map(\.total) }
        standaloneGroup = try standalone.groupFigures().map(\.total)
    }

    /// The join month of each moved member under `choices`, by member index.
    func months(_ choices: [Int]) -> [Int: Month] {
        var months: [Int: Month] = [:]
        for (position, choice) in choices.enumerated() { months[space.moved[position]] = space.candidates[position][choice] }
        return months
    }

    func evaluate(_ choices: [Int]) throws -> ScheduleEvaluation {
        // The candidates are months before each member leaves (`ScheduleSpace`): a join revision takes them.
        let scenario = try space.scenario.revised(by: .joining(months(choices)))
        let simulation = try Engine.simulate(scenario, mode: .asWritten)
        let years = scenario.fiscalYears
        let rate = scenario.discountRate
        // The group's figures are the members' added category by category, as `CaseResult.groupFigures` adds them.
        var group = [CategoryFigures](repeating: CategoryFigures(), count: years.count)
        for member in scenario.members.indices {
            for year in 0..<years.count {
                group[year] = try CategoryFigures.sum(
                    group[year], simulation.figures[member * years.count + year], [.group, .fiscalYear(years.lowerBound + year)])
            }
        }
        func npv(_ standalone: [Int64], _ total: (Int) -> Int64, what: String) throws(AmountOverflowError) -> Int64 {
            var yearly: [Int64] = []
            yearly.reserveCapacity(years.count)
            for year in 0..<years.count {
                yearly.append(try Comparison.saving(standalone[year], total(year), fiscalYear: years.lowerBound + year, what: what))
            }
            return try PresentValue.npv(yearly, rate: rate)
        }
        let memberNPVs = try space.moved.map { (index: Int) throws(AmountOverflowError) -> Int64 in
            try npv(standaloneTotals[index], { simulation.figures[index * years.count + $0].total }, what: scenario.members[index].name)
        }
        let groupNPV = try npv(standaloneGroup, { group[$0].total }, what: "the group")
        return ScheduleEvaluation(choices: choices, groupNPV: groupNPV, memberNPVs: memberNPVs)
    }
}
