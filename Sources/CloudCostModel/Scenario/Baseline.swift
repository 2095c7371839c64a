import CostsimCore

/// A member's cost in the target's baseline year, as written (`baseline`): its settled figure
/// (決算), or an estimate from the national survey of municipal IT costs (推計). Absent, the figure
/// comes from the stand-alone case of that year, when the year lies within the period.
package enum Baseline: Sendable, Equatable {
    /// The member's 決算: an integer in yen.
    case settled(Int64)
    /// `{"estimate": "band", "factor": F}`: the survey's estimate for the member's population (the
    /// survey's figures are FY2017 budgets, the year before 平成30年度: an estimate, marked 推計).
    case estimated(Int64, BandEstimate)

    /// The yen of the baseline.
    package var amount: Int64 {
        switch self {
        case .settled(let amount), .estimated(let amount, _): return amount
        }
    }
}
