import CostsimCore

/// When a member can migrate to the shared system, as `costsim schedule` must respect it: not before
/// its contract ends (`earliest`), on by `latest`, and only in a fiscal year in which it can budget
/// for the migration (`budgetYears`). `run` ignores it: the plan's `joins` is what it computes.
package struct JoinWindow: Sendable, Equatable {
    /// `earliestJoin`: the first month it may join (its current contract ends the month before).
    package let earliest: Month?
    /// `latestJoin`: the last month it may join (it must be on by then).
    package let latest: Month?
    /// `budgetYears`: the fiscal years in which its join month may fall (ascending); nil: any.
    package let budgetYears: [Int]?

    package static let none = JoinWindow(earliest: nil, latest: nil, budgetYears: nil)

    package init(earliest: Month?, latest: Month?, budgetYears: [Int]?) {
        self.earliest = earliest
        self.latest = latest
        self.budgetYears = budgetYears
    }

    /// Whether the scenario states any of it: only such members are moved by `schedule`.
    package var isStated: Bool { earliest != nil || latest != nil || budgetYears != nil }

    /// Whether `month` is within the window (the group's closed months aside).
    package func allows(_ month: Month) -> Bool {
        if let earliest, month < earliest { return false }
        if let latest, month > latest { return false }
        if let budgetYears, !budgetYears.contains(month.fiscalYear) { return false }
        return true
    }
}
