import CostsimCore

/// The national reduction target (3割削減, 平成30年度比) a scenario may state: a member's running
/// cost in `fiscalYear` is to be at most its cost in `baselineFiscalYear` less `reduction` of it,
/// counting the cost `categories` (MODEL.md, "The reduction target").
package struct ReductionTarget: Sendable, Equatable {
    /// The year whose cost is the baseline (default 2018: 平成30年度).
    package let baselineFiscalYear: Int
    /// The year checked, within the period.
    package let fiscalYear: Int
    /// The fraction of the baseline to be saved, 0 to 1 (default 0.3).
    package let reduction: ExactDecimal
    /// The categories counted, without repeats, in the order written (default: system and
    /// Government Cloud — the running cost of the systems, before subsidies).
    package let categories: [CostCategory]

    package static let defaultBaselineFiscalYear = 2018
    package static let defaultReduction = ExactDecimal(millionths: 300_000)
    package static let defaultCategories: [CostCategory] = [.system, .governmentCloud]

    package init(
        baselineFiscalYear: Int = Self.defaultBaselineFiscalYear, fiscalYear: Int, reduction: ExactDecimal = Self.defaultReduction,
        categories: [CostCategory] = Self.defaultCategories
    ) {
        self.baselineFiscalYear = baselineFiscalYear
        self.fiscalYear = fiscalYear
        self.reduction = reduction
        self.categories = categories
    }

    /// `baseline − floor(baseline · reduction)`: the most a member may spend and meet the target.
    /// Rounding the reduction down keeps the target on the side of the yen the member spends.
    package func targetCost(baseline: Int64) -> Int64 {
        baseline - Int64(Yen.floorTimes(Int128(baseline), reduction))
    }

    /// The sum of the counted categories of `figures`, in 128 bits (the caller checks it fits).
    package func counted(_ figures: CategoryFigures) -> Int128 {
        categories.reduce(Int128(0)) { $0 + Int128(figures[$1]) }
    }

    /// Whether `category` is counted.
    package func counts(_ category: CostCategory) -> Bool { categories.contains(category) }
}
