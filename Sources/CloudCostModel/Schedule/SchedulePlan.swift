import CostsimCore

/// The answer of `costsim schedule`: the join months found, each member's figures under them, the
/// group's against the plan as written, what the plan as written breaks, and the variant patch that
/// makes `run` compute the same.
///
/// Its figures come from `CaseComparison` of the scenario with the schedule's join months
/// (`ScenarioRevision.joining`), not from the search's own sums; tests require them to agree with the
/// search and with `run` of the scenario with the variant patch added.
package struct SchedulePlan: Sendable {
    package struct Row: Sendable {
        package let member: Member
        /// Whether `schedule` chose its month (it states a window), or kept its plan's.
        package let moved: Bool
        /// The months it may join in (moved members only; empty for a member kept as planned).
        package let candidates: [Month]
        package let joins: Month?
        package let planJoins: Month?
        package let summary: SavingsSummary
        /// The standalone renewals it no longer pays by joining then (within the period).
        package let avoidedRenewals: [Renewal]

        /// Its first candidate month (moved members only).
        package var earliest: Month? { candidates.first }

        /// Months after its earliest candidate month (0: at the earliest).
        package var monthsAfterEarliest: Int? {
            guard let earliest, let joins else { return nil }
            return joins.serial - earliest.serial
        }
    }

    /// Something the plan as written does that the schedule's rules do not allow.
    package enum Breach: Sendable, Equatable {
        case outsideWindow(member: String, month: Month)
        case notJoining(member: String)
        case closedMonth(member: String, month: Month)
        case monthOverCapacity(month: Month, migrations: Int, limit: Int)
        case yearOverCapacity(fiscalYear: Int, migrations: Int, limit: Int)
    }

    /// A moved member that does not save in the schedule, with the best it could do by moving alone.
    package struct Loser: Sendable {
        package let name: String
        package let npvSavings: Int64
        /// Its best candidate month with the others as scheduled (capacity aside) and its figures there.
        package let bestMonth: Month
        package let bestNPV: Int64
        package let standaloneTotal: Int64
        package let caseTotal: Int64
    }

    package let scenario: Scenario
    /// The scenario with the schedule's join months.
    package let scheduled: Scenario
    package let method: ScheduleSearch.Method
    /// No schedule within the rules has a larger present value of the group's savings (`ScheduleBound`),
    /// or why the bound cannot be computed for this scenario.
    package let bound: Result<Int64, ScheduleBound.Unavailable>
    /// The members that do not save in the schedule attaining the bound (names).
    package let boundLosers: [String]
    /// The bound over the schedules in which every moved member saves; whether none exists (proven).
    package let boundWhenAllSave: Int64?
    package let allSaveImpossible: Bool
    package let capacity: MigrationCapacity
    package let rows: [Row]
    package let group: SavingsSummary
    package let planGroup: SavingsSummary
    package let breaches: [Breach]
    package let losers: [Loser]
    /// Migrations (members joining) by month of the period, in the schedule and in the plan as written.
    package let migrations: [Month: Int]

    package init(_ space: ScheduleSpace, _ outcome: ScheduleSearch.Outcome) throws {
        let scenario = space.scenario
        self.scenario = scenario
        method = outcome.method
        bound = outcome.bound
        boundLosers = outcome.boundLosing.map { scenario.members[space.moved[$0]].name }
        boundWhenAllSave = outcome.boundWhenAllSave
        allSaveImpossible = outcome.allSaveImpossible
        capacity = space.capacity
        let evaluator = try ScheduleEvaluator(space)
        let months = evaluator.months(outcome.best.choices)
        let scheduled = try scenario.revised(by: .joining(months))
        self.scheduled = scheduled
        let standalone = evaluator.standalone
        let computed = try CaseComparison(scheduled, standalone: standalone)
        let (comparison, summaries) = (computed.comparison, computed.members)
        let plan = try CaseComparison(scenario, standalone: standalone).comparison
        group = comparison.group
        planGroup = plan.group
        let (first, last) = (scenario.firstMonth, scenario.lastMonth)
        var rows: [Row] = []
        var migrations: [Month: Int] = [:]
        for (index, member) in scheduled.members.enumerated() {
            let position = space.moved.firstIndex(of: index)
            let joins = member.joins
            if let joins, joins >= first, joins <= last { migrations[joins, default: 0] += 1 }
            let avoided = member.renewalsAvoided(first: first, last: last)
            rows.append(
                Row(
                    member: member, moved: position != nil, candidates: position.map { space.candidates[$0] } ?? [], joins: joins,
                    planJoins: scenario.members[index].joins, summary: summaries[index], avoidedRenewals: avoided))
        }
        self.rows = rows
        self.migrations = migrations
        breaches = Self.breaches(of: scenario, space: space)
        var losers: [Loser] = []
        for position in outcome.best.losing {
            let index = space.moved[position]
            var best = (month: space.candidates[position][outcome.best.choices[position]], npv: summaries[index].npvSavings)
            for (choice, month) in space.candidates[position].enumerated() where choice != outcome.best.choices[position] {
                var trial = outcome.best.choices
                trial[position] = choice
                let npv = try evaluator.evaluate(trial).memberNPVs[position]
                if npv > best.npv { best = (month, npv) }
            }
            let summary = summaries[index]
            losers.append(
                Loser(
                    name: scenario.members[index].name, npvSavings: summary.npvSavings, bestMonth: best.month, bestNPV: best.npv,
                    standaloneTotal: summary.standaloneTotal, caseTotal: summary.caseTotal))
        }
        self.losers = losers
    }

    /// Whether the schedule is known to be the best: every schedule was computed, or it reaches the bound.
    package var isProvenBest: Bool {
        if case .exhaustive = method { return true }
        if case .bound = method { return true }
        if losers.isEmpty, let bound = boundWhenAllSave, group.npvSavings >= bound { return true }
        if case .success(let bound) = bound { return losers.isEmpty && group.npvSavings >= bound }
        return false
    }

    /// What the plan as written does that the rules do not allow: a moved member's month outside its
    /// window or closed, or never joining; months and fiscal years with more migrations than the capacity.
    static func breaches(of scenario: Scenario, space: ScheduleSpace) -> [Breach] {
        var breaches: [Breach] = []
        var byMonth: [Month: Int] = [:]
        var byYear: [Int: Int] = [:]
        for (position, index) in space.moved.enumerated() {
            let member = scenario.members[index]
            guard let joins = member.joins else {
                breaches.append(.notJoining(member: member.name))
                continue
            }
            if !space.candidates[position].contains(joins) {
                breaches.append(
                    space.capacity.isClosed(joins) && member.window.allows(joins)
                        ? .closedMonth(member: member.name, month: joins) : .outsideWindow(member: member.name, month: joins))
            }
        }
        for member in scenario.members {
            guard let joins = member.joins, joins >= scenario.firstMonth, joins <= scenario.lastMonth else { continue }
            byMonth[joins, default: 0] += 1
            byYear[joins.fiscalYear, default: 0] += 1
        }
        if let limit = space.capacity.perMonth {
            for (month, count) in byMonth.sorted(by: { $0.key < $1.key }) where count > limit {
                breaches.append(.monthOverCapacity(month: month, migrations: count, limit: limit))
            }
        }
        if let limit = space.capacity.perFiscalYear {
            for (year, count) in byYear.sorted(by: { $0.key < $1.key }) where count > limit {
                breaches.append(.yearOverCapacity(fiscalYear: year, migrations: count, limit: limit))
            }
        }
        return breaches
    }

    /// The schedule as a variant of the scenario: `{"name": …, "patch": {"members": [{"id", "joins"}, …]}}`,
    /// the moved members' join months, to add as it is to the scenario's `variants`.
    package func variant(name: String) -> JSONValue {
        let items = rows.filter(\.moved).map { row -> JSONValue in
            .object(JSONObject([("id", .string(row.member.id)), ("joins", row.joins.map { .string($0.description) } ?? .null)]))
        }
        return .object(
            JSONObject([
                ("name", .string(name)), ("patch", .object(JSONObject([("members", .array(items))]))),
            ]))
    }
}
