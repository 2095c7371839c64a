import CostsimCore

/// A member municipality: its population, when it joins and leaves, and its own costs.
public struct Member: Sendable, Equatable {
    public let id: String
    public let name: String
    /// 全国地方公共団体コード, six digits with a valid check digit.
    /// 全国地方公共団体コード, six digits with a valid check digit (a five-digit code is given its check digit).
    package let code: String?
    package let population: FYValue<Int64>
    package let populationGrowth: ExactDecimal?
    package let usage: FYValue<ExactDecimal>?
    /// First month on the shared system; nil: never joins.
    package let joins: Month?
    /// First month no longer on it.
    package let leaves: Month?
    package let overlapMonths: Int
    package let standalone: StandaloneCosts
    package let personnel: Personnel?
    package let joinCost: Int64
    package let joinSubsidyRate: ExactDecimal
    /// The fraction of what remains of `joinCost` after the subsidy that allocation tax measures cover.
    package let joinAllocationTaxRate: ExactDecimal
    package let leaveCost: Int64
    /// When `costsim schedule` may place its join month (`earliestJoin`, `latestJoin`, `budgetYears`).
    package let window: JoinWindow
    /// The population billed in each fiscal year of the scenario's period (index 0: the first year),
    /// `populationGrowth` applied; every figure is within `Limits.population` (the decoder checks it).
    package let billedPopulations: [Int64]
    /// Its cost in the reduction target's baseline year as written (nil: not written, or 未入力;
    /// then the stand-alone case's figure of that year, when the year is in the period).
    package let baseline: Baseline?

    /// Population (persons) billed in each fiscal year of `years`, applying `populationGrowth`
    /// from the entry in force: `pop(y) = floor(pop(y−1)·(1+r))`. Nil when a year would exceed
    /// `Limits.population`.
    package func populations(for years: ClosedRange<Int>) -> [Int64]? {
        Self.populations(population, growth: populationGrowth, for: years)
    }

    static func populations(_ population: FYValue<Int64>, growth: ExactDecimal?, for years: ClosedRange<Int>) -> [Int64]? {
        var result: [Int64] = []
        result.reserveCapacity(years.count)
        for year in years {
            let (key, base) = population.entry(in: year)
            var value = Int128(base)
            if let growth, year > key {
                for _ in (key + 1)...year {
                    value = Yen.floorTimes(value, .one + growth)
                    if value > Int128(Limits.population) { return nil }
                }
            }
            guard let narrow = Int64(exactly: value) else { return nil }
            result.append(narrow)
        }
        return result
    }
}
