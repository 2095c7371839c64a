import CostsimCore

/// Is the split fair? Does every member gain by joining; would any group of members do better on a
/// shared system of its own; and how does each member's actual savings compare with its Shapley value
/// (its average marginal contribution to the group's savings)?
package struct Fairness: Sendable {
    package struct MemberRow: Sendable {
        package var id: String
        package var name: String
        /// Its savings in the case (stay-alone total minus case total).
        package var savings: Int64
        /// Its Shapley value of the coalition game, rounded to the yen.
        package var shapley: Int64
        /// With sampling: the half-width of the 95 % confidence interval of `shapley`.
        package var shapleyMargin: Int64?
        package var gainsByJoining: Bool { savings > 0 }
    }

    /// A group of members that would save more on its own than it saves in the case.
    package struct Coalition: Sendable {
        package var members: [Int]
        /// Its savings alone minus its members' savings in the case (> 0).
        package var gain: Int64
    }

    package enum Method: Sendable, Equatable {
        /// Every coalition enumerated (up to 20 members).
        case exact(coalitions: Int)
        /// Random orders of the members (more than 20 members, or as many as asked), with a fixed seed.
        case sampled(permutations: Int, seed: UInt64)
    }

    package static let exactLimit = 20
    /// The orders sampled when more than `exactLimit` members leave no choice and none are asked for.
    package static let defaultPermutations = 1_000
    /// The most work (`CoalitionGame.exactWork`, `workPerOrder`: entries updated, members apportioned
    /// among weighted by what that costs) either method may take: 45 s or so on a 2-core Xeon.
    /// Beyond it the analysis is refused with the number of orders that would fit.
    package static let workLimit: Int64 = 3_000_000_000

    /// Whether every coalition is enumerated: up to `exactLimit` members, unless orders are asked for.
    package static func isExact(memberCount: Int, permutations: Int?) -> Bool {
        permutations == nil && memberCount <= exactLimit
    }

    package let caseName: CaseName
    package let members: [MemberRow]
    /// The savings of all members together in the coalition game: the group's savings in the case, to
    /// the yen, and the sum of the Shapley values.
    package let grandCoalitionSavings: Int64
    package let method: Method
    /// Blocking coalitions, largest gain first (at most `listLimit`), and how many there are.
    package let blocking: [Coalition]
    package let blockingCount: Int
    /// How many coalitions were checked for blocking.
    package let coalitionsChecked: Int
    package static let listLimit = 10

    /// - Parameters:
    ///   - scenario: the scenario of the case (the plan or a variant's).
    ///   - permutations: how many random orders to sample; nil: every coalition up to 20 members,
    ///     `defaultPermutations` orders beyond.
    ///   - progress: called now and then, with the coalitions (exact) or orders (sampled) done and
    ///     their number in all; `isExact` says which.
    package init(
        _ scenario: Scenario, caseName: CaseName, permutations: Int? = nil, seed: UInt64 = 1,
        progress: ((Int, Int) -> Void)? = nil
    ) throws {
        self.caseName = caseName
        let computed = try CaseComparison(scenario, name: caseName)
        let (standalone, result) = (computed.standalone, computed.result)
        let savings = computed.members.map(\.savings)
        let game = try CoalitionGame(scenario, standalone: standalone, plan: result)
        let n = scenario.members.count

        var shapley: [Int64] = []
        var margins: [Int64?] = Array(repeating: nil, count: n)
        var blocking: [Coalition] = []
        var blockingCount = 0
        var checked = 0

        /// Records a coalition whose gain (its savings alone less its members' savings in the case) is positive.
        func consider(_ members: [Int], gain: Int128) throws(AmountOverflowError) {
            guard gain > 0 else { return }
            blockingCount += 1
            blocking.append(Coalition(members: members, gain: try Yen.checked(gain, [.figure(.coalitionGain)])))
            if blocking.count > 4 * Self.listLimit {
                blocking.sort(by: Self.largerGainFirst)
                blocking.removeLast(blocking.count - Self.listLimit)
            }
        }
        func consider(_ members: [Int], value: Int128) throws(AmountOverflowError) {
            checked += 1
            try consider(members, gain: members.reduce(value) { $0 - Int128(savings[$1]) })
        }

        var state = CoalitionGame.State(game)
        if Self.isExact(memberCount: n, permutations: permutations) {
            guard game.exactWork <= Self.workLimit else {
                throw AnalysisError.tooManyCoalitions(
                    members: n, fiscalYears: scenario.fiscalYears.count, fees: scenario.group.fees.count,
                    fitting: Int(Self.workLimit / max(game.workPerOrder, 1)))
            }
            // Every coalition, in Gray-code order: one member in or out at each step.
            let count = 1 << n
            var values = [Int64](repeating: 0, count: count)
            var mask = 0
            var savingsSum: Int128 = 0
            for step in 1..<count {
                if step & 0xFFF == 0 { progress?(step, count - 1) }
                let member = step.trailingZeroBitCount
                mask ^= 1 << member
                let sign: Int128 = mask & (1 << member) != 0 ? 1 : -1
                if sign > 0 { try state.add(member) } else { try state.remove(member) }
                savingsSum += sign * Int128(savings[member])
                values[mask] = try Yen.checked(state.value, [.figure(.coalitionSavings)])
                guard mask != count - 1 else { continue }
                checked += 1
                let gain = state.value - savingsSum
                if gain > 0 { try consider((0..<n).filter { mask & (1 << $0) != 0 }, gain: gain) }
            }
            progress?(count - 1, count - 1)
            grandCoalitionSavings = values[count - 1]
            shapley = try Self.exactShapley(values, memberCount: n)
            method = .exact(coalitions: count - 1)
        } else {
            let permutations = permutations ?? Self.defaultPermutations
            let perOrder = game.workPerOrder
            if Int64(permutations) * perOrder > Self.workLimit {
                let fitting = Self.workLimit / max(perOrder, 1)
                throw AnalysisError.tooManyOrders(orders: permutations, members: n, fitting: Int(fitting))
            }
            var random = SplitMix64(seed: seed)
            var sums = [Int128](repeating: 0, count: n)
            var squares = [Int128](repeating: 0, count: n)
            for done in 0..<permutations {
                if done % 10 == 0 { progress?(done, permutations) }
                var order = Array(0..<n)
                order.shuffle(using: &random)
                state = CoalitionGame.State(game)
                var previous: Int128 = 0
                for member in order {
                    try state.add(member)
                    let contribution = state.value - previous
                    previous = state.value
                    sums[member] += contribution
                    let (square, overflow) = contribution.multipliedReportingOverflow(by: contribution)
                    let (sum, overflow2) = squares[member].addingReportingOverflow(square)
                    squares[member] = overflow || overflow2 ? .max : sum  // .max: no bound can be given
                }
            }
            progress?(permutations, permutations)
            // Each order's contributions add up to v(N), so the sums add up to k · v(N) exactly, and
            // the means, rounded by largest remainder, to v(N).
            let k = Int128(permutations)
            grandCoalitionSavings = try Yen.checked(state.value, [.figure(.groupSavings)])
            var floors: [Int64] = []
            var remainders: [Int128] = []
            for member in 0..<n {
                let floor = Yen.floorDivide(sums[member], k)
                floors.append(try Yen.checked(floor, [.figure(.shapleyValue)]))
                remainders.append(sums[member] - floor * k)
                if permutations > 1 && squares[member] != .max {
                    let variance = (squares[member] - sums[member] * sums[member] / k) / (k - 1)
                    // 95 %: 1.96 standard errors, rounded up.
                    let standardError = Self.squareRoot(max(0, variance) / k)
                    margins[member] = Int64(clamping: (standardError * 196 + 99) / 100 + 1)
                }
            }
            shapley = try Self.largestRemainder(floors, remainders, total: grandCoalitionSavings)
            // Coalitions checked: each member alone, and all but one member.
            for member in 0..<n {
                try state.remove(member)
                try consider((0..<n).filter { $0 != member }, value: state.value)
                try state.add(member)
            }
            for member in 0..<n {
                var alone = CoalitionGame.State(game)
                try alone.add(member)
                try consider([member], value: alone.value)
            }
            method = .sampled(permutations: permutations, seed: seed)
        }
        blocking.sort(by: Self.largerGainFirst)
        self.blocking = Array(blocking.prefix(Self.listLimit))
        self.blockingCount = blockingCount
        coalitionsChecked = checked
        members = scenario.members.indices.map { index in
            MemberRow(
                id: scenario.members[index].id, name: scenario.members[index].name, savings: savings[index],
                shapley: shapley[index], shapleyMargin: margins[index])
        }
    }

    static func largerGainFirst(_ a: Coalition, _ b: Coalition) -> Bool {
        a.gain != b.gain ? a.gain > b.gain : a.members.lexicographicallyPrecedes(b.members)
    }

    /// `φ_i = Σ_S |S|!(n−|S|−1)!/n! · (v(S∪i) − v(S))`, exactly, then rounded to the yen by largest
    /// remainder: the exact values add up to `v(N)`, and so do the rounded ones.
    static func exactShapley(_ values: [Int64], memberCount n: Int) throws(AmountOverflowError) -> [Int64] {
        var factorials: [UInt128] = [1]
        for k in 1...max(n, 1) { factorials.append((factorials.last ?? 1) * UInt128(k)) }
        let denominator = BigUInt(factorials[n])
        var floors: [Int64] = []
        var remainders: [BigUInt] = []
        for member in 0..<n {
            let bit = 1 << member
            // Sum the marginal contributions by coalition size first.
            var bySize = [Int128](repeating: 0, count: n)
            for mask in 0..<(1 << n) where mask & bit == 0 {
                bySize[mask.nonzeroBitCount] += Int128(values[mask | bit]) - Int128(values[mask])
            }
            var positive = BigUInt(0)
            var negative = BigUInt(0)
            for (size, sum) in bySize.enumerated() where sum != 0 {
                let term = BigUInt(sum.magnitude) * BigUInt(factorials[size] * factorials[n - 1 - size])
                if sum > 0 { positive = positive + term } else { negative = negative + term }
            }
            // φ = numerator / n!, floored: for a negative numerator −m, floor is −ceil(m / n!).
            let isNegative = negative > positive
            let magnitude = isNegative ? negative - positive : positive - negative
            guard let (quotient, rest) = magnitude.dividedWithRemainder(by: denominator), let whole = Int64(exactly: quotient) else {
                throw AmountOverflowError(context: [.figure(.shapleyValue)])
            }
            if !isNegative {
                floors.append(whole)
                remainders.append(rest)
            } else if rest.isZero {
                floors.append(-whole)
                remainders.append(rest)
            } else {
                floors.append(-whole - 1)
                remainders.append(denominator - rest)
            }
        }
        return try largestRemainder(floors, remainders, total: values[(1 << n) - 1])
    }

    /// Rounds values given as `floor + remainder/denominator` (one denominator for all) so that they
    /// add up to `total`, their exact sum: each is its floor, and the yen left over go one each to the
    /// largest remainders (ties to the member listed first).
    static func largestRemainder<Remainder: Comparable>(_ floors: [Int64], _ remainders: [Remainder], total: Int64)
        throws(AmountOverflowError) -> [Int64]
    {
        var rounded = floors
        let floorSum = floors.reduce(Int128(0)) { $0 + Int128($1) }
        let left = Int(clamping: Int128(total) - floorSum)  // 0 ≤ left < count, as the remainders are fractions
        guard left > 0 else { return rounded }
        let order = floors.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(left) { rounded[index] += 1 }
        return rounded
    }

    /// The integer square root, rounded down.
    static func squareRoot(_ value: Int128) -> Int128 {
        guard value > 1 else { return max(value, 0) }
        var x = value
        var y = (x + 1) / 2
        while y < x {
            x = y
            y = (x + value / x) / 2
        }
        return x
    }
}
