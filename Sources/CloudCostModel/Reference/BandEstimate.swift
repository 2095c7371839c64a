import CostsimCore

/// A first estimate of a municipality's stand-alone system cost (`standalone.annualCost`) from its
/// population, for a town that has no budget figure at hand yet: `{"estimate": "band", "factor": F}`.
///
/// **Method.** The national survey (`ITCostSurvey2017`) gives, for each population band, the
/// average cost per body. Each band's average is placed at the band's average population (the
/// 2020 census means of its municipalities, rounded to a person): six anchor points
/// `(mᵢ, Cᵢ)` = (8,103, ¥60,000,000), (33,275, ¥130,000,000), (69,948, ¥250,000,000),
/// (139,315, ¥440,000,000), (247,035, ¥890,000,000), (663,206, ¥2,380,000,000). Between two anchors
/// the cost is on the straight line through them; below the first and above the last, on the
/// first and last lines continued:
///
///     E(p) = floor((Cᵢ·(mᵢ₊₁ − mᵢ) + (Cᵢ₊₁ − Cᵢ)·(p − mᵢ)) / (mᵢ₊₁ − mᵢ)),   then floor(E(p) · F).
///
/// So the estimate rises smoothly with population — 19,999 and 20,000 people cost ¥93,081,201 and
/// ¥93,083,982 — where the survey's per-resident averages by band would jump by ×2.9 at 20,000
/// (¥11,724 against ¥4,071 a resident). It keeps a fixed part for the smallest towns (¥37,466,629
/// at 0 people), as the survey's high per-resident cost of small towns shows.
///
/// **Limits.** A national average of FY2017 budgets, 基幹系 and 内部管理系 together, 整備 and 運用
/// together; a town's own budget line is always better. `factor` scales it (e.g. 0.6 for the share
/// of 基幹系 in the town's own accounts). Every output that shows it says 推計 and cites the survey.
package struct BandEstimate: Sendable, Equatable {
    /// The multiplier, ≥ 0 (default 1).
    package let factor: ExactDecimal

    package init(factor: ExactDecimal = .one) { self.factor = factor }

    /// The anchor points `(population, yen a year)`: band means of the 2020 census (checked against
    /// the shipped census by a test) and the survey's cost per body.
    package static let anchors: [(population: Int64, cost: Int64)] = [
        (8_103, 60_000_000), (33_275, 130_000_000), (69_948, 250_000_000),
        (139_315, 440_000_000), (247_035, 890_000_000), (663_206, 2_380_000_000),
    ]

    /// `E(p)`, before the factor.
    package static func nationalAverage(population: Int64) -> Int64 {
        // The segment: the last anchor at or below p, but never the last anchor itself (the line continues).
        var index = 0
        while index + 2 < anchors.count && population >= anchors[index + 1].population { index += 1 }
        let (low, high) = (anchors[index], anchors[index + 1])
        let span = Int128(high.population - low.population)
        let numerator = Int128(low.cost) * span + Int128(high.cost - low.cost) * (Int128(population) - Int128(low.population))
        return Int64(clamping: Yen.floorDivide(numerator, span))
    }

    /// The estimate for a population: `floor(E(p) · factor)`.
    package func annualCost(population: Int64) -> Int64 {
        Int64(clamping: Yen.floorTimes(Int128(Self.nationalAverage(population: population)), factor))
    }
}
