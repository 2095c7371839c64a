import CostsimCore

/// 按分: splitting an amount among the active members so that the shares add up to it exactly.
package enum Apportionment {
    /// One basis of a split: its coefficient and each member's weight (1 each for `equal`,
    /// population or usage otherwise), in member order.
    package struct Basis: Sendable {
        package var coefficient: ExactDecimal
        package var weights: [Int64]

        package init(coefficient: ExactDecimal, weights: [Int64]) {
            self.coefficient = coefficient
            self.weights = weights
        }
    }

    /// Splits `amount` (≥ 0) by `bases` (coefficients summing to 1, in the order equal,
    /// population, usage) among `memberCount` members listed in file order.
    ///
    /// Each basis gets a part `floor(amount · coefficient)`, the last basis the rest. A part `a` gives
    /// member `i` `floor(a · b_i / B)`; the yen left over go one each to the members with the
    /// largest `(a · b_i) mod B` (ties: larger `b_i`, then listed first), or all to
    /// `representative` (a position in the member list) when one is given.
    package static func apportion(_ amount: Int64, bases: [Basis], memberCount: Int, representative: Int? = nil) -> [Int64] {
        shares(
            fromParts: apportionByBasis(amount, bases: bases, memberCount: memberCount, representative: representative),
            memberCount: memberCount)
    }

    /// Each member's share: the sum of its parts by basis.
    package static func shares(fromParts parts: [[Int64]], memberCount: Int) -> [Int64] {
        var shares = [Int64](repeating: 0, count: max(memberCount, 0))
        for part in parts {
            for index in shares.indices { shares[index] += part[index] }
        }
        return shares
    }

    /// The same split, basis by basis (均等割・人口割・利用量割): for each basis of `bases`, in their
    /// order, what each member gets of that basis's part (zeros for a basis with coefficient 0). A
    /// member's share is the sum of its parts.
    package static func apportionByBasis(_ amount: Int64, bases: [Basis], memberCount: Int, representative: Int? = nil) -> [[Int64]] {
        var parts = Array(repeating: [Int64](repeating: 0, count: max(memberCount, 0)), count: bases.count)
        guard amount > 0, memberCount > 0 else { return parts }  // amounts are validated ≥ 0
        let used = bases.indices.filter { bases[$0].coefficient != .zero }
        var allocated: Int64 = 0
        for (position, basis) in used.enumerated() {
            let part: Int64 =
                position == used.count - 1
                ? amount - allocated
                : Int64(Yen.floorTimes(Int128(amount), bases[basis].coefficient))
            allocated += part
            divide(part, weights: bases[basis].weights, into: &parts[basis], representative: representative)
        }
        return parts
    }

    /// Adds to `shares` member `i`'s part of `part` by `weights`, remainders as described above.
    static func divide(_ part: Int64, weights: [Int64], into shares: inout [Int64], representative: Int?) {
        // In 64 bits when every product `part · weight` and the total fit (the usual case), else in 128.
        var total: Int64 = 0
        var largest: Int64 = 1
        var fits = true
        for weight in weights {
            let (sum, overflow) = total.addingReportingOverflow(weight)
            total = sum
            fits = fits && !overflow
            largest = max(largest, weight)
        }
        if fits && !part.multipliedReportingOverflow(by: max(largest, Int64(shares.count))).overflow {
            divide(part, weights: weights, total: total, into: &shares, representative: representative, as: Int64.self)
        } else {
            divide(
                part, weights: weights, total: weights.reduce(Int128(0)) { $0 + Int128($1) }, into: &shares,
                representative: representative, as: Int128.self)
        }
    }

    @inline(__always)
    static func divide<Wide: FixedWidthInteger & SignedInteger>(
        _ part: Int64, weights: [Int64], total: Wide, into shares: inout [Int64],
        representative: Int?, as: Wide.Type
    ) {
        let count = shares.count
        let equal = total == 0  // a basis that is zero for everyone divides equally
        let divisor = equal ? Wide(count) : total
        let a = Wide(part)
        var remainders = [Wide](repeating: 0, count: count)
        var given: Wide = 0
        for i in 0..<count {
            let product = a * (equal ? 1 : Wide(weights[i]))
            let share = product / divisor  // a, weights ≥ 0: truncation is floor
            remainders[i] = product - share * divisor
            shares[i] += Int64(share)
            given += share
        }
        let left = Int(a - given)  // < count, since each member lost less than one yen
        guard left > 0 else { return }
        if let representative {
            shares[representative] += Int64(left)
            return
        }
        // Choose the `left` best members: largest remainder, then larger weight, then listed first.
        func isBetter(_ x: Int, _ y: Int) -> Bool {
            if remainders[x] != remainders[y] { return remainders[x] > remainders[y] }
            let wx = equal ? 1 : weights[x]
            let wy = equal ? 1 : weights[y]
            if wx != wy { return wx > wy }
            return x < y
        }
        var order = Array(0..<count)
        selectBest(left, in: &order, isBetter: isBetter)
        for i in order[0..<left] { shares[i] += 1 }
    }

    /// Reorders `items` so that its first `k` elements are the `k` best by `isBetter` (a strict
    /// total order), in expected linear time (quickselect); the order within each side is unspecified.
    static func selectBest(_ k: Int, in items: inout [Int], isBetter: (Int, Int) -> Bool) {
        var low = 0
        var high = items.count - 1
        while low < high {
            // Median of three as the pivot, moved to `high`.
            let mid = low + (high - low) / 2
            if isBetter(items[mid], items[low]) { items.swapAt(mid, low) }
            if isBetter(items[high], items[low]) { items.swapAt(high, low) }
            if isBetter(items[mid], items[high]) { items.swapAt(mid, high) }
            let pivot = items[high]
            var store = low
            for i in low..<high where isBetter(items[i], pivot) {
                items.swapAt(i, store)
                store += 1
            }
            items.swapAt(store, high)
            // items[low..<store] are better than the pivot, now at `store`.
            if store == k || store == k - 1 { return }
            if store > k { high = store - 1 } else { low = store + 1 }
        }
    }
}
