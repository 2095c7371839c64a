import CostsimCore

/// The national survey of municipal IT costs by population band, shipped as costsim's benchmark for
/// a first estimate of a municipality's own system cost.
///
/// Source: 総務省「市区町村における情報システム経費の調査結果」, 平成29年度当初予算 (FY2017 initial
/// budgets), all 1,741 municipalities, 基幹系 and 内部管理系 systems, 整備 (build) and 運用 (running)
/// costs together. All bodies: ¥4,786億 in all, ¥3,742 a resident.
package enum ITCostSurvey2017 {
    /// One population band of the survey.
    package struct Band: Sendable, Equatable {
        /// Population from `lower` (included) to `upper` (excluded; nil: no bound).
        package let lower: Int64
        package let upper: Int64?
        /// The survey's cost per resident, yen a year.
        package let perResident: Int64
        /// The survey's average cost per body (団体当たり), yen a year.
        package let perBody: Int64

        package func contains(_ population: Int64) -> Bool { population >= lower && upper.map { population < $0 } ?? true }
    }

    package static let bands: [Band] = [
        Band(lower: 0, upper: 20_000, perResident: 11_724, perBody: 60_000_000),
        Band(lower: 20_000, upper: 50_000, perResident: 4_071, perBody: 130_000_000),
        Band(lower: 50_000, upper: 100_000, perResident: 3_675, perBody: 250_000_000),
        Band(lower: 100_000, upper: 200_000, perResident: 3_096, perBody: 440_000_000),
        Band(lower: 200_000, upper: 300_000, perResident: 3_583, perBody: 890_000_000),
        Band(lower: 300_000, upper: nil, perResident: 3_601, perBody: 2_380_000_000),
    ]

    /// All bodies together: the total (¥4,786億) and the cost per resident.
    package static let total: Int64 = 478_600_000_000
    package static let perResident: Int64 = 3_742
    package static let bodies = 1_741

    /// How outputs name the source of an estimate.
    package static func citation(_ language: Language) -> String {
        switch language {
        case .ja: return "総務省「市区町村における情報システム経費の調査結果」（平成29年度当初予算）"
        case .en: return "MIC, survey of municipal IT costs (FY2017 initial budgets)"
        }
    }
}
