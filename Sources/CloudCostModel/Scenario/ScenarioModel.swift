/// A validated scenario (`costsim/1`): what MODEL.md describes, in types.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var fiscalYears: ClosedRange<Int>
    public var discountRate: ExactDecimal
    /// Yen per USD; present whenever a fee is in USD.
    public var fx: FYValue<ExactDecimal>?
    public var members: [Member]
    public var group: Group

    /// The months simulated, April of the first fiscal year to March after the last.
    public var months: [Month] {
        let first = Month.firstOfFiscalYear(fiscalYears.lowerBound).serial
        return (0..<(fiscalYears.count * 12)).map { Month(serial: first + $0) }
    }
}

/// A scenario file: the plan and its variants, each a complete scenario.
public struct ScenarioDocument: Sendable, Equatable {
    public var scenario: Scenario
    public var variants: [Variant]

    public struct Variant: Sendable, Equatable {
        public var name: String
        public var scenario: Scenario
    }
}

public struct Member: Sendable, Equatable {
    public var id: String
    public var name: String
    /// 全国地方公共団体コード, six digits with a valid check digit.
    public var code: String?
    public var population: FYValue<Int64>
    public var populationGrowth: ExactDecimal?
    public var usage: FYValue<ExactDecimal>?
    /// First month on the shared system; nil: never joins.
    public var joins: Month?
    /// First month no longer on it.
    public var leaves: Month?
    public var overlapMonths: Int
    public var standalone: StandaloneCosts
    public var personnel: Personnel?
    public var joinCost: Int64
    public var joinSubsidyRate: ExactDecimal
    public var leaveCost: Int64

    /// Population (persons) billed in each fiscal year of `years`, applying `populationGrowth`
    /// from the entry in force: `pop(y) = floor(pop(y−1)·(1+r))`. Nil when a year would exceed
    /// `Limits.population`.
    public func populations(for years: ClosedRange<Int>) -> [Int64]? {
        var result: [Int64] = []
        result.reserveCapacity(years.count)
        for year in years {
            let (key, base) = population.entry(in: year)
            var value = Int128(base)
            if let growth = populationGrowth, year > key {
                for _ in (key + 1)...year {
                    value = Yen.floorTimes(value, .one + growth)
                    if value > Int128(Limits.population) { return nil }
                }
            }
            result.append(Int64(value))
        }
        return result
    }
}

public struct StandaloneCosts: Sendable, Equatable {
    /// Yen a year for the member's own system.
    public var annualCost: FYValue<Int64>
    /// Yen a year for its own Government Cloud environment.
    public var governmentCloud: FYValue<Int64>?
    public var renewals: [Renewal]
}

/// A lump sum (re-procurement, hardware refresh) paid only while standalone in that month.
public struct Renewal: Sendable, Equatable {
    public var month: Month
    public var amount: Int64
    public var label: String
}

public struct Personnel: Sendable, Equatable {
    public var staff: ExactDecimal
    public var staffShared: ExactDecimal
    public var costPerStaff: FYValue<Int64>
}

public struct Group: Sendable, Equatable {
    public var name: String?
    /// Member id of the 代表団体.
    public var representative: String?
    public var remainder: RemainderRule
    public var fees: [Fee]
}

/// Where the yen left over by flooring go.
public enum RemainderRule: String, Sendable, Equatable, CaseIterable {
    case largest
    case representative
}

public enum FeeCategory: String, Sendable, Equatable, CaseIterable {
    case system
    case governmentCloud
}

public enum Currency: String, Sendable, Equatable, CaseIterable {
    case jpy = "JPY"
    case usd = "USD"
}

public struct Fee: Sendable, Equatable {
    public var label: String
    public var category: FeeCategory
    public var from: Month?
    public var to: Month?
    public var currency: Currency
    public var subsidyRate: ExactDecimal
    public var charge: Charge

    public func applies(in month: Month) -> Bool {
        (from.map { $0 <= month } ?? true) && (to.map { month <= $0 } ?? true)
    }
}

/// How a fee is charged. Amounts are in the fee's currency (whole numbers for JPY).
public enum Charge: Sendable, Equatable {
    case perTenThousand(PerTenThousandRate, units: PopulationUnits)
    case perMember(monthly: ExactDecimal)
    case shared(SharedAmount, split: Split)
}

public enum PerTenThousandRate: Sendable, Equatable {
    case flat(ExactDecimal)
    /// Ordered by `upTo`; the last tier has no bound.
    case tiers([Tier])

    public struct Tier: Sendable, Equatable {
        /// Total population of the active members up to which this tier applies; nil: no bound.
        public var upTo: Int64?
        public var rate: ExactDecimal
    }
}

/// How population is counted in units of 10,000.
public enum PopulationUnits: String, Sendable, Equatable, CaseIterable {
    case exact, ceil, floor
}

public enum SharedAmount: Sendable, Equatable {
    case monthly(ExactDecimal)
    case annual(FYValue<ExactDecimal>)
    case once(Month, ExactDecimal)
}

/// Coefficients of the apportionment bases; they sum to exactly 1.
public struct Split: Sendable, Equatable {
    public var equal: ExactDecimal
    public var population: ExactDecimal
    public var usage: ExactDecimal

    public init(equal: ExactDecimal = .zero, population: ExactDecimal = .zero, usage: ExactDecimal = .zero) {
        self.equal = equal
        self.population = population
        self.usage = usage
    }
}

/// The bounds costsim accepts; they keep every product within 128 bits and every total within 64.
public enum Limits {
    public static let amount: Int64 = 10_000_000_000_000  // 10^13 yen
    public static let population: Int64 = 1_000_000_000
    public static let usage: Int64 = 1_000_000_000
    public static let exchangeRate: Int64 = 100_000
    public static let staff: Int64 = 1_000_000
    public static let overlapMonths = 600
    public static let fiscalYearSpan = 50
}
