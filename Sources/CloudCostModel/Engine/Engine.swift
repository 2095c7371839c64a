/// The month-by-month simulation of one case.
public enum Engine {
    public enum Mode: Sendable {
        /// Every member stays on its own system the whole period (joins ignored, no group fees).
        case standalone
        /// The scenario as written.
        case asWritten
    }

    public static func run(_ scenario: Scenario, mode: Mode, name: String) throws(AmountOverflowError) -> CaseResult {
        var simulation = Simulation(scenario: scenario, mode: mode)
        try simulation.chargeMembersOwnCosts()
        if mode == .asWritten { try simulation.chargeGroupFees() }
        try simulation.checkTotals()
        return CaseResult(name: name, fiscalYears: scenario.fiscalYears, members: scenario.members,
                          figures: simulation.figures, fees: simulation.ledgers)
    }
}

/// The state of one run: figures accumulated per member and fiscal year.
struct Simulation {
    let scenario: Scenario
    let mode: Engine.Mode
    let years: ClosedRange<Int>
    let firstMonth: Int  // serial of April of the first fiscal year
    let monthCount: Int
    /// Per member and year index: population, usage (in millionths).
    let populations: [[Int64]]
    let usages: [[Int64]]
    /// Per year index: yen per USD.
    let fx: [ExactDecimal]
    var figures: [[CategoryFigures]]
    /// What each member paid of each group fee (all zero in the standalone case).
    var ledgers: [FeeLedger]

    init(scenario: Scenario, mode: Engine.Mode) {
        self.scenario = scenario
        self.mode = mode
        let years = scenario.fiscalYears
        self.years = years
        firstMonth = Month.firstOfFiscalYear(years.lowerBound).serial
        monthCount = years.count * 12
        populations = scenario.members.map { $0.populations(for: scenario.fiscalYears)! }  // validated by the decoder
        usages = scenario.members.map { member in
            years.map { year in member.usage.map { Int64($0.value(in: year).millionths) } ?? 0 }
        }
        fx = years.map { scenario.fx?.value(in: $0) ?? .one }
        figures = Array(repeating: Array(repeating: CategoryFigures(), count: years.count), count: scenario.members.count)
        let none = Array(repeating: Array(repeating: Int64(0), count: years.count), count: scenario.members.count)
        ledgers = scenario.group.fees.map { FeeLedger(fee: $0, amounts: none, subsidies: none) }
    }

    // MARK: Membership

    /// Whether member `index` is on the shared system in month serial `m`.
    func isActive(_ member: Member, _ m: Int) -> Bool {
        guard mode == .asWritten, let joins = member.joins, joins.serial <= m else { return false }
        return member.leaves.map { m < $0.serial } ?? true
    }

    func yearIndex(ofSerial m: Int) -> Int? {
        let offset = m - firstMonth
        return (0..<monthCount).contains(offset) ? offset / 12 : nil
    }

    mutating func add(_ amount: Int64, _ category: CostCategory, member: Int, year: Int) throws(AmountOverflowError) {
        guard amount != 0 else { return }
        let current = figures[member][year][category]
        figures[member][year][category] = try Yen.add(current, amount, "\(scenario.members[member].name), fiscal year \(years.lowerBound + year)")
    }

    // MARK: The member's own costs

    mutating func chargeMembersOwnCosts() throws(AmountOverflowError) {
        for (index, member) in scenario.members.enumerated() {
            let annual = years.map { member.standalone.annualCost.value(in: $0) }
            let cloud = years.map { member.standalone.governmentCloud?.value(in: $0) ?? 0 }
            let context = "\(member.name): personnel cost"
            var staffCost: (standalone: [Int64], shared: [Int64])?
            if let personnel = member.personnel {
                var standalone: [Int64] = [], shared: [Int64] = []
                for year in years {
                    let perStaff = Int128(personnel.costPerStaff.value(in: year))
                    standalone.append(try Yen.checked(Yen.floorTimes(perStaff, personnel.staff), context))
                    shared.append(try Yen.checked(Yen.floorTimes(perStaff, personnel.staffShared), context))
                }
                staffCost = (standalone, shared)
            }
            let overlapEnd = member.joins.map { $0.serial + member.overlapMonths } ?? Int.min
            for offset in 0..<monthCount {
                let m = firstMonth + offset
                let year = offset / 12
                let k = offset % 12 + 1
                let active = isActive(member, m)
                if !active || m < overlapEnd {
                    try add(Yen.monthlyShare(ofAnnual: annual[year], month: k), .system, member: index, year: year)
                }
                if !active {
                    try add(Yen.monthlyShare(ofAnnual: cloud[year], month: k), .governmentCloud, member: index, year: year)
                }
                if let staffCost {
                    let annualStaff = active ? staffCost.shared[year] : staffCost.standalone[year]
                    try add(Yen.monthlyShare(ofAnnual: annualStaff, month: k), .personnel, member: index, year: year)
                }
            }
            for renewal in member.standalone.renewals {
                let m = renewal.month.serial
                if let year = yearIndex(ofSerial: m), !isActive(member, m) {
                    try add(renewal.amount, .system, member: index, year: year)
                }
            }
            guard mode == .asWritten else { continue }
            if let joins = member.joins, let year = yearIndex(ofSerial: joins.serial) {
                try add(member.joinCost, .oneOff, member: index, year: year)
                let subsidy = Yen.floorTimes(Int128(member.joinCost), member.joinSubsidyRate)
                try add(-Int64(subsidy), .subsidy, member: index, year: year)
            }
            if let leaves = member.leaves, let year = yearIndex(ofSerial: leaves.serial) {
                try add(member.leaveCost, .oneOff, member: index, year: year)
            }
        }
    }

    // MARK: Group fees

    mutating func chargeGroupFees() throws(AmountOverflowError) {
        let members = scenario.members
        let representative = scenario.group.remainder == .representative
            ? members.firstIndex { $0.id == scenario.group.representative } : nil
        var active: [Int] = []
        active.reserveCapacity(members.count)
        for offset in 0..<monthCount {
            let month = Month(serial: firstMonth + offset)
            let year = offset / 12
            active.removeAll(keepingCapacity: true)
            for index in members.indices where isActive(members[index], month.serial) { active.append(index) }
            guard !active.isEmpty else { continue }
            for (feeIndex, fee) in scenario.group.fees.enumerated() where fee.applies(in: month) {
                let shares = try monthlyShares(of: fee, month: month, year: year, active: active, representative: representative)
                for (position, share) in shares.enumerated() where share != 0 {
                    try charge(share, fee: feeIndex, member: active[position], year: year)
                }
            }
        }
    }

    /// What each active member (in the order of `active`) owes of `fee` this month.
    func monthlyShares(of fee: Fee, month: Month, year: Int, active: [Int], representative: Int?) throws(AmountOverflowError) -> [Int64] {
        let context = "\(fee.label), \(month)"
        switch fee.charge {
        case .perMember(let monthly):
            let amount = try Yen.checked(yen(monthly, fee, year), context)
            return Array(repeating: amount, count: active.count)

        case .perTenThousand(let rate, let units):
            let yenRate: Int128
            switch rate {
            case .flat(let value):
                yenRate = yen(value, fee, year)
            case .tiers(let tiers):
                let total = active.reduce(Int128(0)) { $0 + Int128(populations[$1][year]) }
                let tier = tiers.first { $0.upTo.map { Int128($0) >= total } ?? true }!  // the last tier is unbounded
                yenRate = yen(tier.rate, fee, year)
            }
            var shares: [Int64] = []
            shares.reserveCapacity(active.count)
            for index in active {
                let population = Int128(populations[index][year])
                let amount: Int128
                switch units {
                case .exact: amount = yenRate * population / 10_000
                case .ceil: amount = yenRate * ((population + 9_999) / 10_000)
                case .floor: amount = yenRate * (population / 10_000)
                }
                shares.append(try Yen.checked(amount, context))
            }
            return shares

        case .shared(let shared, let split):
            let amount: Int64
            switch shared {
            case .monthly(let value):
                amount = try Yen.checked(yen(value, fee, year), context)
            case .annual(let annual):
                let yearly = try Yen.checked(yen(annual.value(in: years.lowerBound + year), fee, year), context)
                amount = Yen.monthlyShare(ofAnnual: yearly, month: month.monthOfFiscalYear)
            case .once(let when, let value):
                guard when == month else { return Array(repeating: 0, count: active.count) }
                amount = try Yen.checked(yen(value, fee, year), context)
            }
            var bases: [Apportionment.Basis] = []
            if split.equal != .zero {
                bases.append(.init(coefficient: split.equal, weights: Array(repeating: 1, count: active.count)))
            }
            if split.population != .zero {
                bases.append(.init(coefficient: split.population, weights: active.map { populations[$0][year] }))
            }
            if split.usage != .zero {
                bases.append(.init(coefficient: split.usage, weights: active.map { usages[$0][year] }))
            }
            let position = representative.flatMap { active.firstIndex(of: $0) }
            return Apportionment.apportion(amount, bases: bases, memberCount: active.count, representative: position)
        }
    }

    /// A fee amount in yen for a year: whole yen as they are; USD as `floor(usd · fx(y))`.
    func yen(_ amount: ExactDecimal, _ fee: Fee, _ year: Int) -> Int128 {
        switch fee.currency {
        case .jpy: return amount.millionths / ExactDecimal.scale
        case .usd: return Yen.floorDivide(amount.millionths * fx[year].millionths, ExactDecimal.scale * ExactDecimal.scale)
        }
    }

    mutating func charge(_ share: Int64, fee feeIndex: Int, member: Int, year: Int) throws(AmountOverflowError) {
        let fee = scenario.group.fees[feeIndex]
        let category: CostCategory = fee.category == .system ? .system : .governmentCloud
        try add(share, category, member: member, year: year)
        let context = "\(fee.label): \(scenario.members[member].name)"
        ledgers[feeIndex].amounts[member][year] = try Yen.add(ledgers[feeIndex].amounts[member][year], share, context)
        if fee.subsidyRate != .zero {
            let subsidy = -Int64(Yen.floorTimes(Int128(share), fee.subsidyRate))
            try add(subsidy, .subsidy, member: member, year: year)
            ledgers[feeIndex].subsidies[member][year] += subsidy  // |subsidy| ≤ share, so this cannot overflow
        }
    }

    /// Makes sure every total (the sum of the categories) fits, so reading `total` never traps.
    func checkTotals() throws(AmountOverflowError) {
        for (index, member) in figures.enumerated() {
            for (year, value) in member.enumerated() {
                var sum: Int64 = 0
                for category in CostCategory.allCases {
                    sum = try Yen.add(sum, value[category], "\(scenario.members[index].name), fiscal year \(years.lowerBound + year)")
                }
            }
        }
    }
}
