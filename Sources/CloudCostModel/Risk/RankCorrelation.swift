import CostsimCore

/// Spearman's rank correlation between an input's drawn values and the group's savings: the
/// correlation of their ranks (tied values share their mean rank). It says which inputs drive the
/// spread of the savings most: near −1 or 1, the savings move with the input; near 0, not.
///
/// The rank sums are exact integers (ranks doubled, so that mean ranks stay whole); only the final
/// ratio `Σ(rx − r̄)(ry − r̄) / √(Σ(rx − r̄)² · Σ(ry − r̄)²)` is a floating-point number, shown to two
/// decimals. It is a measure of association, not a figure in yen.
package enum RankCorrelation {
    /// Nil when either side does not vary (every draw the same).
    package static func spearman(_ x: [Int128], _ y: [Int128]) -> Double? {
        let n = x.count
        guard n == y.count, n > 1 else { return nil }
        let rx = doubledRanks(x)
        let ry = doubledRanks(y)
        // Mean of doubled ranks is n + 1; work with n·r − Σr to stay in integers.
        let total = Int128(n) * Int128(n + 1)
        var sxy: Int128 = 0
        var sxx: Int128 = 0
        var syy: Int128 = 0
        for index in 0..<n {
            let dx = Int128(n) * rx[index] - total
            let dy = Int128(n) * ry[index] - total
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return Double(sxy) / (Double(sxx).squareRoot() * Double(syy).squareRoot())
    }

    /// Twice each value's rank (1-based), ties given twice their mean rank.
    static func doubledRanks(_ values: [Int128]) -> [Int128] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Int128](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let doubledMean = Int128(start + 1 + end + 1)  // 2 · mean of ranks start+1 … end+1
            for position in start...end { ranks[order[position]] = doubledMean }
            start = end + 1
        }
        return ranks
    }
}
