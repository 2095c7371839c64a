import CostsimCore

/// What `schedule` may choose: for each member it moves, the months it may join in; and the room
/// the group's migration capacity leaves in each month and fiscal year once the members kept as
/// planned have taken theirs.
///
/// A member is moved when it states a window (`earliestJoin`, `latestJoin` or `budgetYears`); every
/// other member keeps its plan's join month. A moved member's candidate months are those of the
/// period from its `earliestJoin` to its `latestJoin` (by default the period's first and last
/// month), before it leaves, in one of its `budgetYears`, and not closed (`closedMonths`).
package struct ScheduleSpace: Sendable {
    package let scenario: Scenario
    /// Indices into `scenario.members` of the members moved, in the scenario's order.
    package let moved: [Int]
    /// For each moved member, its candidate months, earliest first (never empty).
    package let candidates: [[Month]]
    package let capacity: MigrationCapacity
    /// How many more members may join in a month (by serial) or a fiscal year; absent: no limit.
    let monthRoom: [Int: Int]
    let yearRoom: [Int: Int]

    package init(_ scenario: Scenario) throws(ScheduleError) {
        self.scenario = scenario
        let capacity = scenario.group.migrationCapacity ?? .unlimited
        self.capacity = capacity
        moved = scenario.members.indices.filter { scenario.members[$0].window.isStated }
        guard !moved.isEmpty else { throw .noMemberToMove }
        let (first, last) = (scenario.firstMonth, scenario.lastMonth)
        var candidates: [[Month]] = []
        for index in moved {
            let member = scenario.members[index]
            let from = max(member.window.earliest ?? first, first)
            var to = min(member.window.latest ?? last, last)
            if let leaves = member.leaves { to = min(to, leaves.adding(months: -1)) }
            let months =
                from <= to
                ? (from.serial...to.serial).map(Month.init(serial:)).filter { member.window.allows($0) && !capacity.isClosed($0) } : []
            guard !months.isEmpty else {
                throw .noMonth(
                    member: member.name, from: (member.window.earliest ?? first).description,
                    to: (member.window.latest ?? last).description)
            }
            candidates.append(months)
        }
        self.candidates = candidates
        // The members kept as planned migrate in their plan's month: that takes room first.
        var monthRoom: [Int: Int] = [:]
        var yearRoom: [Int: Int] = [:]
        for member in scenario.members where !member.window.isStated {
            guard let joins = member.joins, joins >= first, joins <= last else { continue }
            if let limit = capacity.perMonth { monthRoom[joins.serial] = max((monthRoom[joins.serial] ?? limit) - 1, 0) }
            if let limit = capacity.perFiscalYear { yearRoom[joins.fiscalYear] = max((yearRoom[joins.fiscalYear] ?? limit) - 1, 0) }
        }
        self.monthRoom = monthRoom
        self.yearRoom = yearRoom
    }

    /// Room for migrations in `month` before any moved member takes it (nil: no limit).
    func room(month: Month) -> Int? { monthRoom[month.serial] ?? capacity.perMonth }
    func room(fiscalYear: Int) -> Int? { yearRoom[fiscalYear] ?? capacity.perFiscalYear }

    /// All the moved members' candidate months together (a member's each counted once).
    var candidateMonthCount: Int { candidates.reduce(0) { $0 + $1.count } }

    /// Every schedule within the rules, as candidate indices per moved member, in lexicographic order;
    /// nil when there are more than `limit` (the enumeration stops there).
    func all(limit: Int) -> [[Int]]? {
        var counter = CapacityCounter(self)
        var result: [[Int]] = []
        var choices = [Int](repeating: 0, count: moved.count)
        func place(_ position: Int) -> Bool {
            if position == moved.count {
                result.append(choices)
                return result.count <= limit
            }
            for (choice, month) in candidates[position].enumerated() where counter.fits(month) {
                counter.add(month)
                choices[position] = choice
                defer { counter.remove(month) }
                if !place(position + 1) { return false }
            }
            return true
        }
        return place(0) ? result : nil
    }

    /// Whether a schedule (candidate indices per moved member) keeps within the capacity.
    package func fits(_ choices: [Int]) -> Bool {
        var counter = CapacityCounter(self)
        for (position, choice) in choices.enumerated() {
            let month = candidates[position][choice]
            guard counter.fits(month) else { return false }
            counter.add(month)
        }
        return true
    }
}

/// The migrations placed so far in each month and fiscal year, against the room the space leaves.
struct CapacityCounter {
    let space: ScheduleSpace
    var inMonth: [Int: Int] = [:]
    var inYear: [Int: Int] = [:]

    init(_ space: ScheduleSpace) { self.space = space }

    /// The migrations of a schedule (candidate indices per moved member), but for the member `except`.
    init(_ space: ScheduleSpace, choices: [Int], except: Int? = nil) {
        self.space = space
        for (position, choice) in choices.enumerated() where position != except { add(space.candidates[position][choice]) }
    }

    func fits(_ month: Month) -> Bool {
        if let room = space.room(month: month), (inMonth[month.serial] ?? 0) >= room { return false }
        if let room = space.room(fiscalYear: month.fiscalYear), (inYear[month.fiscalYear] ?? 0) >= room { return false }
        return true
    }

    mutating func add(_ month: Month) {
        inMonth[month.serial, default: 0] += 1
        inYear[month.fiscalYear, default: 0] += 1
    }

    mutating func remove(_ month: Month) {
        inMonth[month.serial, default: 0] -= 1
        inYear[month.fiscalYear, default: 0] -= 1
    }
}
