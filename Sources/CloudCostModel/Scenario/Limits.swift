import CostsimCore

/// The bounds costsim accepts; they keep every product within 128 bits and every total within 64.
package enum Limits {
    package static let amount: Int64 = 10_000_000_000_000  // 10^13 yen
    package static let population: Int64 = 1_000_000_000
    package static let usage: Int64 = 1_000_000_000
    package static let exchangeRate: Int64 = 100_000
    package static let staff: Int64 = 1_000_000
    package static let overlapMonths = 600
    package static let fiscalYearSpan = 50
    /// The largest migration capacity a month or a fiscal year may state (more than any group has members).
    package static let migrationsPerPeriod = 100_000
    /// Names and labels are shown in every table; longer text is a mistake, not a name.
    package static let nameLength = 200
}
