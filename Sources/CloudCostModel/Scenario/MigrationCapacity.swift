import CostsimCore

/// How many members can migrate when (`group.migrationCapacity`): what one vendor team can do, and the
/// months in which nobody migrates (1–3月, the busy season of 住民異動; an election month). Only
/// `costsim schedule` reads it; a month's migrations are the members whose join month it is.
package struct MigrationCapacity: Sendable, Equatable {
    /// At most this many members join in any one month (nil: no limit).
    package let perMonth: Int?
    /// At most this many members join in any one fiscal year (nil: no limit).
    package let perFiscalYear: Int?
    /// Calendar months (1…12) closed in every year.
    package let closedEveryYear: [Int]
    /// Particular months closed (`"2027-07"`).
    package let closedMonths: [Month]

    package static let unlimited = MigrationCapacity(perMonth: nil, perFiscalYear: nil, closedEveryYear: [], closedMonths: [])

    package init(perMonth: Int?, perFiscalYear: Int?, closedEveryYear: [Int], closedMonths: [Month]) {
        self.perMonth = perMonth
        self.perFiscalYear = perFiscalYear
        self.closedEveryYear = closedEveryYear
        self.closedMonths = closedMonths
    }

    /// Whether nobody may migrate in `month`.
    package func isClosed(_ month: Month) -> Bool {
        closedEveryYear.contains(month.month) || closedMonths.contains(month)
    }
}
