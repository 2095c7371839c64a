import CostsimCore

/// How a figure (a member's savings, their present value) spreads over the draws: its mean and
/// percentiles, in exact yen.
///
/// The mean is the sum over the draws divided by their number, rounded to the nearest yen (halves
/// away from zero). A percentile is by nearest rank: `Pp` is the value at rank `⌈p·N/100⌉` of the N
/// values in ascending order, so every percentile is a figure some draw gave exactly.
package struct OutcomeSummary: Sendable, Equatable {
    /// The percentiles reported: P5, P10, P50 (the median), P90, P95.
    package static let levels = [5, 10, 50, 90, 95]

    package let mean: Int64
    /// At `levels`, in order.
    package let percentiles: [Int64]
    package let minimum: Int64
    package let maximum: Int64
    /// The figure of the scenario as written (every uncertain input as planned): what `run` says.
    package let planned: Int64
    /// The draws whose figure is at or below `planned`: out of all draws, the planned figure's
    /// percentile. Near all of them, the plan is more hopeful than most draws; near none, more cautious.
    package let drawsAtOrBelowPlanned: Int

    package init(_ values: [Int64], planned: Int64) {
        self.planned = planned
        let sorted = values.sorted()
        let count = sorted.count
        // The first index past every value ≤ planned, by bisection of the sorted values.
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= planned { low = middle + 1 } else { high = middle }
        }
        drawsAtOrBelowPlanned = low
        guard count > 0 else {
            mean = 0
            percentiles = Self.levels.map { _ in 0 }
            minimum = 0
            maximum = 0
            return
        }
        let sum = sorted.reduce(Int128(0)) { $0 + Int128($1) }
        mean = Int64(Yen.roundedQuotient(sum, Int128(count)))
        percentiles = Self.levels.map { level in sorted[max(0, (level * count + 99) / 100 - 1)] }
        minimum = sorted[0]
        maximum = sorted[count - 1]
    }

    /// The value at percentile `level` (one of `levels`).
    package func percentile(_ level: Int) -> Int64 { percentiles[Self.levels.firstIndex(of: level) ?? 0] }
}
