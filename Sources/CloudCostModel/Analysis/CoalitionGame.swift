/// The cooperative game behind the fairness check: `v(S)` is what a coalition `S` of members would
/// save, against staying alone, on a shared system of its own — its members joining and leaving as in
/// the case, with the same fees. Only the group fees depend on who else is in; each member's own
/// costs (its system while standalone, staff, one-off costs) do not.
///
/// Months with the same active members and fiscal year are folded into one group, so that evaluating
/// a coalition costs a few additions per group; members are added and removed incrementally, which
/// makes enumerating 2^20 coalitions (Gray code) or sampling permutations fast.
///
/// Exact but for one point: the subsidy on a *shared* fee is taken on the coalition's monthly total
/// (`−floor(C · rate)`) rather than summed over each member's floored share. That subsidy is never
/// smaller, so `v(S)` here is never below the engine's figure and at most `roundingBound` above it
/// (less than one yen per member and month of such fees).
struct CoalitionGame {
    struct MonthGroup {
        /// Members active in these months.
        var members: [Int]
        var populationYear: Int
        /// Shared fees, net of subsidy, charged once the coalition has an active member here.
        var shared: Int128
        /// Shared-fee months with a subsidy (for the rounding bound).
        var subsidisedSharedMonths: Int
        /// Per member (indexed like `members`): fees that do not depend on who else is in.
        var linear: [Int128]
        /// Per tiered fee of the scenario (see `tieredFees`): per tier, the cost of each member (indexed
        /// like `members`); zero where the fee does not apply in these months.
        var tiered: [[[Int128]]]
    }

    /// The tier bounds of each tiered per-10,000 fee.
    let tierBounds: [[Int64?]]
    /// Per member, over the period: its stay-alone total and its own costs in the case.
    let standaloneTotals: [Int64]
    let ownCosts: [Int64]
    let groups: [MonthGroup]
    /// Population per member and year index.
    let populations: [[Int64]]

    init(_ scenario: Scenario, standalone: CaseResult, plan: CaseResult) throws(AmountOverflowError) {
        let n = scenario.members.count
        var standaloneTotals: [Int64] = []
        for (member, years) in standalone.figures.enumerated() {
            let total = years.reduce(Int128(0)) { $0 + Int128($1.total) }
            standaloneTotals.append(try Yen.checked(total, "\(scenario.members[member].name): stay-alone total"))
        }
        self.standaloneTotals = standaloneTotals
        // Own costs: the case's total less what the member paid of the group fees (net of their subsidies).
        var own: [Int64] = []
        for member in 0..<n {
            var total: Int128 = 0
            for figures in plan.figures[member] { total += Int128(figures.total) }
            for ledger in plan.fees {
                for year in ledger.amounts[member].indices { total -= Int128(ledger.amounts[member][year]) + Int128(ledger.subsidies[member][year]) }
            }
            own.append(try Yen.checked(total, "\(scenario.members[member].name): own costs"))
        }
        ownCosts = own

        let simulation = Simulation(scenario: scenario, mode: .asWritten)
        let tieredFees: [Int] = scenario.group.fees.indices.filter {
            if case .perTenThousand(.tiers, _) = scenario.group.fees[$0].charge { return true } else { return false }
        }
        tierBounds = tieredFees.map { fee in
            guard case .perTenThousand(.tiers(let tiers), _) = scenario.group.fees[fee].charge else { return [] }
            return tiers.map(\.upTo)
        }
        populations = simulation.populations
        var groups: [MonthGroup] = []
        var index: [[Int]: Int] = [:]  // key: year index then active members
        for offset in 0..<simulation.monthCount {
            let month = Month(serial: simulation.firstMonth + offset)
            let year = offset / 12
            let active = (0..<n).filter { simulation.isActive($0, month.serial) }
            guard !active.isEmpty else { continue }
            let key = [year] + active
            let g: Int
            if let existing = index[key] {
                g = existing
            } else {
                g = groups.count
                index[key] = g
                groups.append(MonthGroup(members: active, populationYear: year, shared: 0, subsidisedSharedMonths: 0,
                                         linear: Array(repeating: 0, count: active.count),
                                         tiered: tierBounds.map { bounds in Array(repeating: Array(repeating: 0, count: active.count), count: bounds.count) }))
            }
            for (feeIndex, fee) in scenario.group.fees.enumerated() where fee.applies(in: month) {
                let net = { (charge: Int128) in charge - Yen.floorTimes(charge, fee.subsidyRate) }
                switch fee.charge {
                case .shared(let shared, _):
                    guard let amount = try simulation.sharedAmount(fee, shared, month: month, year: year) else { continue }
                    groups[g].shared += net(Int128(amount))
                    if fee.subsidyRate != .zero && amount > 0 { groups[g].subsidisedSharedMonths += 1 }
                case .perMember(let monthly):
                    let amount = net(simulation.yen(monthly, fee, year))
                    for position in active.indices { groups[g].linear[position] += amount }
                case .perTenThousand(.flat(let rate), let units):
                    let yenRate = simulation.yen(rate, fee, year)
                    for (position, member) in active.enumerated() {
                        groups[g].linear[position] += net(Simulation.perTenThousand(yenRate, population: populations[member][year], units: units))
                    }
                case .perTenThousand(.tiers(let tiers), let units):
                    let slot = tieredFees.firstIndex(of: feeIndex)!
                    for (t, tier) in tiers.enumerated() {
                        let yenRate = simulation.yen(tier.rate, fee, year)
                        for (position, member) in active.enumerated() {
                            groups[g].tiered[slot][t][position] += net(Simulation.perTenThousand(yenRate, population: populations[member][year], units: units))
                        }
                    }
                }
            }
        }
        self.groups = groups
        // Flat per-member entries, so that adding a member touches only plain arrays.
        let tierCount = tierBounds.reduce(0) { $0 + $1.count }
        var tierOffsets: [Int] = []
        var offset = 0
        for bounds in tierBounds {
            tierOffsets.append(offset)
            offset += bounds.count
        }
        var entries = Array(repeating: [Entry](), count: n)
        var memberTierCosts: [Int128] = []
        for (g, group) in groups.enumerated() {
            for (position, member) in group.members.enumerated() {
                entries[member].append(Entry(group: g, linear: group.linear[position],
                                             population: Int128(populations[member][group.populationYear]), tierStart: memberTierCosts.count))
                for fee in tierBounds.indices {
                    for tier in tierBounds[fee].indices { memberTierCosts.append(group.tiered[fee][tier][position]) }
                }
            }
        }
        self.entries = entries
        self.memberTierCosts = memberTierCosts
        self.tierCount = tierCount
        self.tierOffsets = tierOffsets
        self.groupShared = groups.map(\.shared)
    }

    /// Member `m` in group `group`: its fees that do not depend on others, its population, and where
    /// its cost under each tier of each tiered fee starts in `memberTierCosts`.
    struct Entry {
        var group: Int
        var linear: Int128
        var population: Int128
        var tierStart: Int
    }

    let entries: [[Entry]]
    let memberTierCosts: [Int128]
    let tierCount: Int
    let tierOffsets: [Int]
    let groupShared: [Int128]

    /// The most the shared-fee subsidy rounding can make `v(S)` differ from the engine's figure, in yen:
    /// the sum over the coalition's members of this figure for each.
    func roundingBound(of member: Int) -> Int64 {
        entries[member].reduce(Int64(0)) { $0 + Int64(groups[$1.group].subsidisedSharedMonths) }
    }

    /// A coalition being built up and taken apart one member at a time.
    struct State {
        let game: CoalitionGame
        var count: [Int]
        var population: [Int128]
        var linear: [Int128]
        /// `tierSums[group * tierCount + tierOffsets[fee] + tier]`.
        var tierSums: [Int128]
        var groupCost: [Int128]
        var fees: Int128 = 0
        var standalone: Int128 = 0
        var own: Int128 = 0

        init(_ game: CoalitionGame) {
            self.game = game
            let groups = game.groups.count
            count = Array(repeating: 0, count: groups)
            population = Array(repeating: 0, count: groups)
            linear = Array(repeating: 0, count: groups)
            tierSums = Array(repeating: 0, count: groups * game.tierCount)
            groupCost = Array(repeating: 0, count: groups)
        }

        /// `v(S)`: the coalition's savings.
        var value: Int128 { standalone - own - fees }

        mutating func add(_ member: Int) { change(member, sign: 1) }
        mutating func remove(_ member: Int) { change(member, sign: -1) }

        private mutating func change(_ member: Int, sign: Int128) {
            standalone += sign * Int128(game.standaloneTotals[member])
            own += sign * Int128(game.ownCosts[member])
            let tierCount = game.tierCount
            for entry in game.entries[member] {
                let g = entry.group
                count[g] += Int(sign)
                population[g] += sign * entry.population
                linear[g] += sign * entry.linear
                let base = g * tierCount
                for k in 0..<tierCount { tierSums[base + k] += sign * game.memberTierCosts[entry.tierStart + k] }
                var cost: Int128 = 0
                if count[g] > 0 {
                    cost = game.groupShared[g] + linear[g]
                    for (fee, bounds) in game.tierBounds.enumerated() {
                        let tier = bounds.firstIndex { $0.map { Int128($0) >= population[g] } ?? true }!
                        cost += tierSums[base + game.tierOffsets[fee] + tier]
                    }
                }
                fees += cost - groupCost[g]
                groupCost[g] = cost
            }
        }
    }
}
