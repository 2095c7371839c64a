import CostsimCore

/// The cooperative game behind the fairness check: `v(S)` is what a coalition `S` of members would
/// save, against staying alone, on a shared system of its own — its members joining and leaving as in
/// the case, with the same fees, and every other member never joining. That is exactly what the engine
/// computes for the scenario in which the members outside `S` never join, summed over `S`: the fees
/// are charged by the engine's own `FeeSchedule`, so `v(S)` is the engine's figure to the yen.
///
/// Only the group fees depend on who else is in; each member's own costs (its system while
/// standalone, staff, one-off costs) do not. Months of one fiscal year with the same active members
/// are folded into one group, and in each group the fees fall into three kinds:
/// - a member's charge that does not depend on the others (per member, a flat per-10,000 rate): added
///   and removed with the member;
/// - a tiered per-10,000 fee: each member's charge under every tier is known in advance; the tier is
///   picked from the coalition's active population;
/// - a shared fee: without a subsidy or allocation tax its shares always add up to the bill, so a group
///   costs the bill once anyone is active; with one, `−floor(S · rate)` on each member's share summed over
///   the fiscal year depends on how the bill is split, so the bill is apportioned among the coalition's
///   active members each time the coalition changes, and each member's year sum kept up to date
///   (this is the price of being exact: a few apportionments per step).
/// - a subsidised fee that is a member's own charge (per member, a flat per-10,000 rate, a tier fixed
///   by the contract): its year sums do not depend on the others, so its net is a constant of the member.
/// - a fee that names its `members` (a shared fee, or a tiered one, whose bill or tier depends on which
///   of its members are in) is charged again, like a subsidised shared fee, each time the coalition
///   changes; a per-member or flat per-10,000 one is a member's own charge, 0 for the others.
///
/// Members are added and removed incrementally, which makes enumerating 2^20 coalitions (Gray code)
/// or sampling permutations fast.
struct CoalitionGame {
    /// A fee charged again whenever the coalition changes (a shared fee with a subsidy, or a fee
    /// that names its members), billed `amount` (a shared fee; nil for a tiered one) in `months` months of a group.
    struct SubsidisedBill {
        let fee: Int
        /// One of the months (for messages; the shares depend only on the amount and the members).
        let month: Month
        let amount: Int64?
        var months: Int64
    }

    /// Months of one fiscal year with the same active members.
    struct MonthGroup {
        /// Members active in these months, in file order.
        let members: [Int]
        let year: Int
        /// Shared fees without a subsidy: charged in full once the coalition has an active member here.
        var fixed: Int128 = 0
        var subsidised: [SubsidisedBill] = []
        /// Per member (indexed like `members`): charges, net of subsidy, that do not depend on others.
        var linear: [Int128]
        /// Per tiered fee (see `tiers`), per tier: each member's charge net of subsidy (indexed like `members`).
        var tiered: [[[Int128]]]
    }

    /// Member `m` in group `group`: its charges that do not depend on others, its population, and
    /// where its charge under each tier of each tiered fee starts in `memberTierCosts`.
    struct Entry {
        let group: Int
        let linear: Int128
        let population: Int128
        let tierStart: Int
    }

    let schedule: FeeSchedule
    /// The tiers of each tiered per-10,000 fee.
    let tiers: [[PerTenThousandRate.Tier]]
    let tierCount: Int
    let tierOffsets: [Int]
    /// Per member, over the period: its stay-alone total and its own costs in the case (with, for a
    /// subsidised fee that is its own charge, what it pays net of the subsidies taken on each year's sum).
    let standaloneTotals: [Int64]
    let ownCosts: [Int128]
    let feeCount: Int
    let yearCount: Int
    let groups: [MonthGroup]
    let entries: [[Entry]]
    let memberTierCosts: [Int128]

    init(_ scenario: Scenario, standalone: CaseResult, plan: CaseResult) throws(AmountOverflowError) {
        let n = scenario.members.count
        var standaloneTotals: [Int64] = []
        for (member, years) in standalone.figures.enumerated() {
            let total = years.reduce(Int128(0)) { $0 + Int128($1.total) }
            standaloneTotals.append(try Yen.checked(total, [.name(scenario.members[member].name), .figure(.standaloneTotal)]))
        }
        self.standaloneTotals = standaloneTotals
        // Own costs: the case's total less what the member paid of the group fees (net of their subsidies).
        var own: [Int128] = []
        for member in 0..<n {
            var total: Int128 = 0
            for figures in plan.figures[member] { total += Int128(figures.total) }
            for ledger in plan.fees {
                for year in ledger.amounts[member].indices {
                    total -=
                        Int128(ledger.amounts[member][year]) + Int128(ledger.subsidies[member][year])
                        + Int128(ledger.allocationTaxes[member][year])
                }
            }
            own.append(Int128(try Yen.checked(total, [.name(scenario.members[member].name), .figure(.ownCosts)])))
        }
        feeCount = scenario.group.fees.count
        yearCount = scenario.fiscalYears.count
        // A subsidised fee that is a member's own charge: its gross share by member, year and fee.
        var ownGross = [Int64](repeating: 0, count: n * scenario.fiscalYears.count * scenario.group.fees.count)

        let schedule = FeeSchedule(scenario)
        self.schedule = schedule
        let fees = scenario.group.fees
        var tieredFees: [Int] = []
        var tiers: [[PerTenThousandRate.Tier]] = []
        for (index, fee) in fees.enumerated() {
            // A tier fixed by the contract's population does not depend on the coalition: a member's own charge.
            if case .perTenThousand(.tiers(let list, fixedBy: nil), _) = fee.charge {
                tieredFees.append(index)
                tiers.append(list)
            }
        }
        self.tiers = tiers
        let simulation = Simulation(scenario: scenario, mode: .asWritten)
        var groups: [MonthGroup] = []
        var index: [[Int]: Int] = [:]  // key: year index then active members
        var billIndex: [Int: [[Int64?]: Int]] = [:]  // group → [fee, amount] → position in `subsidised`
        /// Fee `fee` in a month of group `g`, charged again whenever the coalition changes.
        func recharge(_ fee: Int, _ month: Month, _ amount: Int64?, in g: Int) {
            if let position = billIndex[g]?[[Int64(fee), amount]] {
                groups[g].subsidised[position].months += 1
            } else {
                billIndex[g, default: [:]][[Int64(fee), amount]] = groups[g].subsidised.count
                groups[g].subsidised.append(SubsidisedBill(fee: fee, month: month, amount: amount, months: 1))
            }
        }
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
                groups.append(
                    MonthGroup(
                        members: active, year: year, linear: Array(repeating: 0, count: active.count),
                        tiered: tiers.map { Array(repeating: Array(repeating: 0, count: active.count), count: $0.count) }))
            }
            for (fee, description) in fees.enumerated() where description.applies(in: month) {
                let netted = description.isSubsidised
                switch description.charge {
                case .shared where schedule.isRestricted(fee), .perTenThousand(.tiers(_, fixedBy: nil), _) where schedule.isRestricted(fee):
                    let amount = try schedule.sharedAmount(fee, month: month, year: year)
                    if case .shared = description.charge, amount == nil { continue }
                    recharge(fee, month, amount, in: g)
                case .shared:
                    guard let amount = try schedule.sharedAmount(fee, month: month, year: year) else { continue }
                    if netted { recharge(fee, month, amount, in: g) } else { groups[g].fixed += Int128(amount) }
                case .perMember, .perTenThousand(.flat, _), .perTenThousand(.tiers(_, fixedBy: .some), _):
                    let shares = try schedule.shares(of: fee, month: month, year: year, active: active)
                    if netted {
                        for (position, member) in active.enumerated() {
                            let key = Self.yearKey(member: member, year: year, fee: fee, years: yearCount, fees: feeCount)
                            ownGross[key] = try Yen.add(ownGross[key], shares[position], [.name(description.label), .month(month)])
                        }
                    } else {
                        for position in active.indices { groups[g].linear[position] += Int128(shares[position]) }
                    }
                case .perTenThousand(.tiers, _) where netted:
                    recharge(fee, month, nil, in: g)
                case .perTenThousand(.tiers(let list, fixedBy: nil), _):
                    guard let slot = tieredFees.firstIndex(of: fee) else { continue }
                    for tier in list.indices {
                        let shares = try schedule.shares(of: fee, month: month, year: year, active: active, tier: tier)
                        for position in active.indices { groups[g].tiered[slot][tier][position] += Int128(shares[position]) }
                    }
                }
            }
        }
        self.groups = groups
        // Own subsidised charges: net of the subsidies on each year's sum, a constant of the member.
        for (key, gross) in ownGross.enumerated() where gross != 0 {
            let member = key / (yearCount * feeCount)
            own[member] += FeeSchedule.net(gross, of: fees[key % feeCount])
        }
        ownCosts = own
        // Flat per-member entries, so that adding a member touches only plain arrays.
        tierCount = tiers.reduce(0) { $0 + $1.count }
        var tierOffsets: [Int] = []
        var offset = 0
        for list in tiers {
            tierOffsets.append(offset)
            offset += list.count
        }
        self.tierOffsets = tierOffsets
        var entries = Array(repeating: [Entry](), count: n)
        var memberTierCosts: [Int128] = []
        for (g, group) in groups.enumerated() {
            for (position, member) in group.members.enumerated() {
                entries[member].append(
                    Entry(
                        group: g, linear: group.linear[position],
                        population: Int128(schedule.populations[member][group.year]),
                        tierStart: memberTierCosts.count))
                for fee in tiers.indices {
                    for tier in tiers[fee].indices { memberTierCosts.append(group.tiered[fee][tier][position]) }
                }
            }
        }
        self.entries = entries
        self.memberTierCosts = memberTierCosts
    }

    /// What apportioning a bill costs per member it is split among, in units of one entry updated
    /// (measured: about 15 ns an entry, 150 ns a member apportioned, on a 2-core Xeon).
    static let apportionmentWeight: Int64 = 10

    /// The work of adding every member once (one sampled order): each member's entries, and the
    /// members apportioned among (1, 2, …, the group's size) each time a group with subsidised
    /// bills changes, weighted by `apportionmentWeight`.
    var workPerOrder: Int64 {
        groups.reduce(Int64(0)) { total, group in
            let size = Int64(group.members.count)
            return total + size + Self.apportionmentWeight * Int64(group.subsidised.count) * size * (size + 1) / 2
        }
    }

    /// The work of enumerating every coalition in Gray-code order, in the units of `workPerOrder`:
    /// member `m` (0-based) goes in or out at 2^(n−1−m) of the 2^n − 1 steps, and each time it
    /// touches each of its entries (one unit, and one per tier of a tiered fee) and apportions each
    /// subsidised bill of the entry's group among the coalition's active members there — on average
    /// half of the others and itself, (size + 1) / 2. So the work doubles with each member and grows
    /// with the fiscal years (entries) and the fees (bills, tiers). Saturates at `Int64.max`.
    var exactWork: Int64 {
        let n = entries.count
        var total: Int64 = 0
        for member in 0..<n {
            var perChange: Int64 = 0
            for entry in entries[member] {
                let group = groups[entry.group]
                let apportioned = Int64(group.subsidised.count) * (Int64(group.members.count) + 1) / 2
                perChange += 1 + Int64(tierCount) + Self.apportionmentWeight * apportioned
            }
            guard n - 1 - member < 62 else { return .max }
            let (work, overflow) = perChange.multipliedReportingOverflow(by: Int64(1) << (n - 1 - member))
            let (sum, overflow2) = total.addingReportingOverflow(work)
            if overflow || overflow2 { return .max }
            total = sum
        }
        return total
    }

    /// Where member `member`'s share of fee `fee` summed over year index `year` is kept: in the game's
    /// own-charge sums and in a coalition's `yearShares`.
    func yearKey(member: Int, year: Int, fee: Int) -> Int {
        Self.yearKey(member: member, year: year, fee: fee, years: yearCount, fees: feeCount)
    }

    static func yearKey(member: Int, year: Int, fee: Int, years: Int, fees: Int) -> Int { (member * years + year) * fees + fee }

    /// The shares of group `g`'s bill `bill` among the coalition's active members there: the engine's
    /// apportionment among exactly those members, by position in the group (0 for the others).
    func billShares(_ g: Int, _ bill: Int, coalition: [Bool]) throws(AmountOverflowError) -> [Int64] {
        let group = groups[g]
        let charged = group.subsidised[bill]
        let active = group.members.filter { coalition[$0] }
        var byPosition = [Int64](repeating: 0, count: group.members.count)
        guard !active.isEmpty else { return byPosition }
        let shares = try schedule.shares(
            of: charged.fee, month: charged.month, year: group.year, active: active, amount: charged.amount)
        var next = 0
        for (position, member) in group.members.enumerated() where coalition[member] {
            byPosition[position] = shares[next]
            next += 1
        }
        return byPosition
    }

    /// A coalition being built up and taken apart one member at a time.
    struct State {
        let game: CoalitionGame
        var inCoalition: [Bool]
        var count: [Int]
        var population: [Int128]
        var linear: [Int128]
        /// `tierSums[group * tierCount + tierOffsets[fee] + tier]`.
        var tierSums: [Int128]
        var groupCost: [Int128]
        /// Per group and recharged bill: each member's share (by position in the group) as last charged.
        var billShares: [[[Int64]]]
        /// Per member, fiscal year and fee: its share of the recharged bills summed over the year, on
        /// which its subsidy and allocation tax are taken (`(member · years + year) · fees + fee`).
        var yearShares: [Int128]
        var fees: Int128 = 0
        var standalone: Int128 = 0
        var own: Int128 = 0

        init(_ game: CoalitionGame) {
            self.game = game
            let groups = game.groups.count
            inCoalition = Array(repeating: false, count: game.standaloneTotals.count)
            count = Array(repeating: 0, count: groups)
            population = Array(repeating: 0, count: groups)
            linear = Array(repeating: 0, count: groups)
            tierSums = Array(repeating: 0, count: groups * game.tierCount)
            groupCost = Array(repeating: 0, count: groups)
            billShares = game.groups.map { group in group.subsidised.map { _ in Array(repeating: 0, count: group.members.count) } }
            yearShares = Array(repeating: 0, count: game.standaloneTotals.count * game.yearCount * game.feeCount)
        }

        /// `v(S)`: the coalition's savings.
        var value: Int128 { standalone - own - fees }

        mutating func add(_ member: Int) throws(AmountOverflowError) { try change(member, sign: 1) }
        mutating func remove(_ member: Int) throws(AmountOverflowError) { try change(member, sign: -1) }

        private mutating func change(_ member: Int, sign: Int128) throws(AmountOverflowError) {
            inCoalition[member] = sign > 0
            standalone += sign * Int128(game.standaloneTotals[member])
            own += sign * game.ownCosts[member]
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
                    cost = game.groups[g].fixed + linear[g]
                    for (fee, list) in game.tiers.enumerated() {
                        cost += tierSums[base + game.tierOffsets[fee] + FeeSchedule.tier(of: list, for: population[g])]
                    }
                }
                fees += cost - groupCost[g]
                groupCost[g] = cost
                if !game.groups[g].subsidised.isEmpty { try recharge(g) }
            }
        }

        /// Charges group `g`'s bills again among the coalition's active members there, and brings each
        /// member's year sums, and what it pays of them net of the year's subsidies, up to date.
        private mutating func recharge(_ g: Int) throws(AmountOverflowError) {
            let group = game.groups[g]
            for (index, bill) in group.subsidised.enumerated() {
                let shares = try game.billShares(g, index, coalition: inCoalition)
                let fee = game.schedule.fees[bill.fee]
                for (position, member) in group.members.enumerated() where shares[position] != billShares[g][index][position] {
                    let key = game.yearKey(member: member, year: group.year, fee: bill.fee)
                    let before = yearShares[key]
                    let after = before + Int128(shares[position] - billShares[g][index][position]) * Int128(bill.months)
                    let context: [AmountOverflowError.Part] = [.name(fee.label), .figure(.coalitionSavings)]
                    fees +=
                        FeeSchedule.net(try Yen.checked(after, context), of: fee)
                        - FeeSchedule.net(try Yen.checked(before, context), of: fee)
                    yearShares[key] = after
                }
                billShares[g][index] = shares
            }
        }
    }
}
