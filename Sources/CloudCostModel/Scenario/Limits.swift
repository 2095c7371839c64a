/// The bounds costsim accepts; they keep every product within 128 bits and every total within 64.
public enum Limits {
    public static let amount: Int64 = 10_000_000_000_000  // 10^13 yen
    public static let population: Int64 = 1_000_000_000
    public static let usage: Int64 = 1_000_000_000
    public static let exchangeRate: Int64 = 100_000
    public static let staff: Int64 = 1_000_000
    public static let overlapMonths = 600
    public static let fiscalYearSpan = 50
    /// The largest migration capacity a month or a fiscal year may state (more than any group has members).
    public static let migrationsPerPeriod = 100_000
    /// Names and labels are shown in every table; longer text is a mistake, not a name.
    public static let nameLength = 200
}
