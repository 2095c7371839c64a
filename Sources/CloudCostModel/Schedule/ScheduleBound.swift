import CostsimCore

/// A proven upper bound on the present value of the group's savings over every schedule within the
/// rules: no schedule, found or not, saves more. Where the best schedule found reaches it, that
/// schedule is proven the best.
///
/// The group's savings split into what depends on one member's month alone — its own costs (system,
/// Government Cloud, staff, renewals, the migration and its subsidy) and its per-member and
/// per-10,000-resident fees, each computed by the engine for the member on its own — and the shared
/// fees, whose total the group pays in every month in which anyone is on the system, however it is
/// split. Present values are linear before their final rounding (`PresentValue.coefficients`), so
/// for the schedules whose earliest join month is `e`:
///
///     PV ≤ max Σᵢ Wᵢ(mᵢ) over months mᵢ ≥ e within the windows and the capacity − S(e)
///
/// where `Wᵢ(m)` is member i's separable savings joining in m and `S(e)` the least the shared fees
/// can cost from e on (each month's amount less the most its subsidy and allocation tax can cover:
/// `A·(1 − r)·(1 − t)`, rounded up). The maximum over the months is an assignment with capacities,
/// solved exactly as a minimum-cost flow; the bound is the largest over every e, rounded as present
/// values are. It ignores that every member should save, so it bounds that problem too.
///
/// It holds when the month's fees of one member do not depend on the others': no per-10,000 fee in
/// population tiers (the tier counts everyone), no fee of some members only, and no member leaving
/// (after the earliest member left, nobody might be on). Otherwise `unavailable` says which.
package enum ScheduleBound {
    package enum Unavailable: Error, Sendable, Equatable {
        case tieredFee(label: String)
        case feeOfSomeMembers(label: String)
        case memberLeaves(name: String)
        /// The present values' exact fractions do not fit in 128 bits (a discount rate with many digits over many years).
        case tooLarge
    }

    /// The bound, with the schedule that attains the relaxed maximum (a good start for the search:
    /// where its members all save, the engine computes it at the bound itself).
    package struct Found: Sendable {
        package let value: Int64
        package let choices: [Int]
        /// The bound over the schedules in which every moved member saves, and its schedule: tighter,
        /// as the months in which a member cannot save whoever else is on are left out. Nil when some
        /// member has no such month: then no schedule lets every member save (proven).
        package let whenAllSave: (value: Int64, choices: [Int])?
    }

    package static func compute(_ space: ScheduleSpace) throws -> Result<Found, Unavailable> {
        let scenario = space.scenario
        for fee in scenario.group.fees {
            if fee.members != nil { return .failure(.feeOfSomeMembers(label: fee.label)) }
            switch fee.charge {
            case .perTenThousand(.tiers(_, fixedBy: nil), _): return .failure(.tieredFee(label: fee.label))
            case .perTenThousand(.flat, _), .perTenThousand(.tiers(_, fixedBy: .some), _), .perMember, .shared: break
            }
        }
        if let leaving = scenario.members.first(where: { $0.leaves != nil }) { return .failure(.memberLeaves(name: leaving.name)) }
        guard let (coefficients, denominator) = PresentValue.coefficients(years: scenario.fiscalYears.count, rate: scenario.discountRate)
        else { return .failure(.tooLarge) }
        func presentValue(_ yearly: [Int128]) -> Int128? {
            var sum: Int128 = 0
            for (amount, coefficient) in zip(yearly, coefficients) {
                let (term, overflow) = amount.multipliedReportingOverflow(by: coefficient)
                let (next, overflowSum) = sum.addingReportingOverflow(term)
                if overflow || overflowSum { return nil }
                sum = next
            }
            return sum
        }
        // Separable savings: a member alone, with the fees that do not depend on the others (a flat
        // per-10,000 rate and a per-member fee charge each member by itself; a shared amount is split).
        let separableFees = scenario.group.fees.indices.filter { index in
            switch scenario.group.fees[index].charge {
            case .perTenThousand, .perMember: return true
            case .shared: return false
            }
        }
        /// Member `index` alone (joining in `month`, or as planned) with the separable fees.
        func separableSavings(_ index: Int, joining month: Month? = nil) throws -> Int128? {
            var revision = ScenarioRevision()
            if let month { revision.joins = [index: month] }
            revision.only = (members: [index], fees: separableFees)
            let alone = try scenario.revised(by: revision)
            let computed = try CaseComparison(alone)
            return presentValue(zip(computed.standalone.figures[0], computed.result.figures[0]).map { Int128($0.total) - Int128($1.total) })
        }
        var weights: [[Int128]] = []
        for (position, index) in space.moved.enumerated() {
            var row: [Int128] = []
            for month in space.candidates[position] {
                guard let value = try separableSavings(index, joining: month) else { return .failure(.tooLarge) }
                row.append(value)
            }
            weights.append(row)
        }
        var kept: Int128 = 0
        var keptFirst: Month?
        for (index, member) in scenario.members.enumerated() where !member.window.isStated {
            guard let value = try separableSavings(index) else { return .failure(.tooLarge) }
            kept += value
            if let joins = member.joins { keptFirst = min(keptFirst ?? joins, joins) }
        }
        // The least the shared fees cost from each month on, by fiscal year, then as present values. The
        // subsidies are taken on each year's sum, so the months are added up unrounded (in millionths
        // squared) and each year's least is rounded up once.
        let months = scenario.months
        let schedule = FeeSchedule(scenario)
        var leastShared = [Int128](repeating: 0, count: months.count)
        for (offset, month) in months.enumerated() {
            for (fee, description) in scenario.group.fees.enumerated() where description.applies(in: month) {
                guard let amount = try schedule.sharedAmount(fee, month: month, year: offset / 12) else { continue }
                leastShared[offset] += Int128(amount) * keptMillionths(of: description)
            }
        }
        func sharedFrom(_ first: Month) -> Int128? {
            presentValue(
                yearly(leastShared, from: first, months: months, years: scenario.fiscalYears.count).map {
                    -Yen.floorDivide(-$0, keptScale)
                })
        }
        func bound(allowed: [[Bool]]?) -> Result<(value: Int64, choices: [Int])?, Unavailable> {
            var best: (value: Int128, choices: [Int])?
            for start in Set(space.candidates.flatMap { $0 }).sorted() {
                guard let assigned = MinCostAssignment.maximum(space, weights: weights, notBefore: start, allowed: allowed) else {
                    continue
                }
                guard let shared = sharedFrom(min(start, keptFirst ?? start)) else { return .failure(.tooLarge) }
                let value = assigned.total + kept - shared
                if best.map({ value > $0.value }) ?? true { best = (value, assigned.choices) }
            }
            guard let best else { return .success(nil) }
            guard let rounded = Int64(exactly: Yen.roundedQuotient(best.value, denominator)) else { return .failure(.tooLarge) }
            return .success((rounded, best.choices))
        }
        // The space fits, so without the months left out some start has an assignment.
        guard case .success(let plain?) = bound(allowed: nil) else { return .failure(.tooLarge) }
        guard let allowed = try monthsToSave(space, weights: weights, denominator: denominator, presentValue: presentValue) else {
            return .failure(.tooLarge)
        }
        var whenAllSave: (value: Int64, choices: [Int])?
        if allowed.allSatisfy({ $0.contains(true) }) {
            guard case .success(let found) = bound(allowed: allowed) else { return .failure(.tooLarge) }
            whenAllSave = found
        }
        return .success(Found(value: plain.value, choices: plain.choices, whenAllSave: whenAllSave))
    }

    /// At most what a payer is left with of `amount` of a shared fee once the most its subsidy and
    /// allocation tax could cover is taken: `amount · (1 − subsidyRate) · (1 − allocationTaxRate)`, rounded
    /// down (the subsidy and measure on a year's share are rounded down, so they never cover more; and
    /// the months' floors add up to no more than the year's).
    static func leastNet(_ amount: Int128, of fee: Fee) -> Int128 {
        Yen.floorDivide(amount * keptMillionths(of: fee), keptScale)
    }

    /// The denominator of `keptMillionths`: a millionth of a millionth.
    static let keptScale = Int128(ExactDecimal.scale * ExactDecimal.scale)

    /// `(1 − subsidyRate) · (1 − allocationTaxRate)` in millionths of millionths.
    static func keptMillionths(of fee: Fee) -> Int128 {
        Int128((ExactDecimal.scale - fee.subsidyRate.millionths) * (ExactDecimal.scale - fee.allocationTaxRate.millionths))
    }

    /// Monthly amounts of the period (`months`, in order) added up by fiscal year, leaving out the
    /// months before `first`.
    static func yearly(_ monthly: [Int128], from first: Month, months: [Month], years: Int) -> [Int128] {
        var yearly = [Int128](repeating: 0, count: years)
        for (offset, month) in months.enumerated() where month >= first { yearly[offset / 12] += monthly[offset] }
        return yearly
    }

    /// For each moved member and candidate month, whether it could save joining then, whoever else is
    /// on: its separable savings less the least it can pay of the shared fees from that month on. A
    /// member's share of a month's shared fee only shrinks as members are added, so the least is its
    /// share when every member that could be on is on (those whose first candidate month, or kept join
    /// month, has come), less a yen per member of that set for each basis (the remainders it might not
    /// get), and less the most its subsidy and allocation tax could cover. It saves only if the present
    /// value rounds to at least 1 yen: `2 · (W − S) ≥ denominator`.
    static func monthsToSave(
        _ space: ScheduleSpace, weights: [[Int128]], denominator: Int128, presentValue: ([Int128]) -> Int128?
    ) throws -> [[Bool]]? {
        let scenario = space.scenario
        let months = scenario.months
        let schedule = FeeSchedule(scenario)
        var firstPossible = [Month?](repeating: nil, count: scenario.members.count)
        for (position, index) in space.moved.enumerated() { firstPossible[index] = space.candidates[position][0] }
        for (index, member) in scenario.members.enumerated() where !member.window.isStated { firstPossible[index] = member.joins }
        var least = [[Int128]](repeating: [Int128](repeating: 0, count: months.count), count: scenario.members.count)
        for (offset, month) in months.enumerated() {
            let on = scenario.members.indices.filter { firstPossible[$0].map { $0 <= month } ?? false }
            guard !on.isEmpty else { continue }
            for (fee, description) in scenario.group.fees.enumerated() where description.applies(in: month) {
                guard let amount = try schedule.sharedAmount(fee, month: month, year: offset / 12) else { continue }
                let parts = schedule.sharedParts(of: fee, year: offset / 12, active: on, amount: amount)
                for (position, member) in on.enumerated() {
                    let share = parts.reduce(Int128(0)) { $0 + max(0, Int128($1[position]) - Int128(on.count)) }
                    least[member][offset] += leastNet(share, of: description)
                }
            }
        }
        var allowed: [[Bool]] = []
        for (position, index) in space.moved.enumerated() {
            var row: [Bool] = []
            for (choice, month) in space.candidates[position].enumerated() {
                let from = yearly(least[index], from: month, months: months, years: scenario.fiscalYears.count)
                guard let shared = presentValue(from) else { return nil }
                row.append(2 * (weights[position][choice] - shared) >= denominator)
            }
            allowed.append(row)
        }
        return allowed
    }
}

/// The largest total weight of an assignment of every moved member to one of its candidate months
/// (not before `notBefore`) within the capacity: a minimum-cost flow on the `MigrationNetwork`, by
/// successive shortest paths (Bellman–Ford on the residual graph, which has negative costs).
enum MinCostAssignment {
    /// The total and, for each moved member, the index of its month among its candidates.
    /// `allowed`, when given, leaves out the candidate months it marks false.
    static func maximum(_ space: ScheduleSpace, weights: [[Int128]], notBefore: Month, allowed: [[Bool]]? = nil)
        -> (total: Int128, choices: [Int])?
    {
        let choices = space.candidates.enumerated().map { member, months in
            months.indices.filter { months[$0] >= notBefore && allowed?[member][$0] ?? true }.map { ($0, -weights[member][$0]) }
        }
        var network = MigrationNetwork(space, choices: choices)
        let sink = network.sink
        var total: Int128 = 0
        for _ in 0..<space.moved.count {
            // Cheapest path from the source to the sink in the residual graph.
            var distance = [Int128?](repeating: nil, count: sink + 1)
            var via = [(node: Int, edge: Int)?](repeating: nil, count: sink + 1)
            distance[MigrationNetwork.source] = 0
            var queue = [MigrationNetwork.source]
            var queued = [Bool](repeating: false, count: sink + 1)
            queued[MigrationNetwork.source] = true
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                queued[node] = false
                for (index, edge) in network.edges[node].enumerated() where edge.capacity > 0 {
                    let candidate = distance[node]! + edge.cost
                    if distance[edge.to].map({ candidate < $0 }) ?? true {
                        distance[edge.to] = candidate
                        via[edge.to] = (node, index)
                        if !queued[edge.to] {
                            queued[edge.to] = true
                            queue.append(edge.to)
                        }
                    }
                }
            }
            guard let cost = distance[sink] else { return nil }  // not every member fits from this month on
            var node = sink
            while let (from, index) = via[node] {
                network.push(from: from, edge: index)
                node = from
            }
            total -= cost
        }
        return (total, network.placements.map { $0! })  // every member was placed
    }
}
