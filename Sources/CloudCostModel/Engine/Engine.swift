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
        let yearCount = scenario.fiscalYears.count
        let byMember = { (flat: [Int64], member: Int) in Array(flat[(member * yearCount)..<((member + 1) * yearCount)]) }
        let members = scenario.members.indices
        return CaseResult(
            name: name, fiscalYears: scenario.fiscalYears, members: scenario.members,
            figures: members.map { Array(simulation.figures[($0 * yearCount)..<(($0 + 1) * yearCount)]) },
            fees: scenario.group.fees.indices.map { fee in
                FeeLedger(fee: scenario.group.fees[fee],
                          amounts: members.map { byMember(simulation.feeAmounts[fee], $0) },
                          subsidies: members.map { byMember(simulation.feeSubsidies[fee], $0) })
            })
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
    /// Per member: the month serials it is on the shared system, `activeFrom ..< activeUntil` (empty in standalone mode).
    let activeFrom: [Int]
    let activeUntil: [Int]
    /// Figures by `member * years.count + yearIndex`.
    var figures: [CategoryFigures]
    /// What each member paid of each fee, and the subsidy on it, by fee and then as `figures`
    /// (all zero in the standalone case).
    var feeAmounts: [[Int64]]
    var feeSubsidies: [[Int64]]

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
        activeFrom = scenario.members.map { mode == .asWritten ? $0.joins?.serial ?? .max : .max }
        activeUntil = scenario.members.map { $0.leaves?.serial ?? .max }
        let cells = scenario.members.count * years.count
        figures = Array(repeating: CategoryFigures(), count: cells)
        feeAmounts = Array(repeating: Array(repeating: 0, count: cells), count: scenario.group.fees.count)
        feeSubsidies = feeAmounts
    }

    // MARK: Membership

    /// Whether member `index` is on the shared system in month serial `m`.
    func isActive(_ index: Int, _ m: Int) -> Bool {
        activeFrom[index] <= m && m < activeUntil[index]
    }

    func yearIndex(ofSerial m: Int) -> Int? {
        let offset = m - firstMonth
        return (0..<monthCount).contains(offset) ? offset / 12 : nil
    }

    mutating func add(_ amount: Int64, _ category: CostCategory, member: Int, year: Int) throws(AmountOverflowError) {
        guard amount != 0 else { return }
        let cell = member * years.count + year
        figures[cell][category] = try Yen.add(figures[cell][category], amount, memberContext(member, year))
    }

    // MARK: The member's own costs

    mutating func chargeMembersOwnCosts() throws(AmountOverflowError) {
        for (index, member) in scenario.members.enumerated() {
            let annual = years.map { member.standalone.annualCost.value(in: $0) }
            let cloud = years.map { member.standalone.governmentCloud?.value(in: $0) ?? 0 }
            var staffCost: (standalone: [Int64], shared: [Int64])?
            if let personnel = member.personnel {
                var standalone: [Int64] = [], shared: [Int64] = []
                for year in years {
                    let perStaff = Int128(personnel.costPerStaff.value(in: year))
                    standalone.append(try Yen.checked(Yen.floorTimes(perStaff, personnel.staff), memberContext(index, year - years.lowerBound)))
                    shared.append(try Yen.checked(Yen.floorTimes(perStaff, personnel.staffShared), memberContext(index, year - years.lowerBound)))
                }
                staffCost = (standalone, shared)
            }
            let overlapEnd = member.joins.map { $0.serial + member.overlapMonths } ?? Int.min
            for year in 0..<years.count {
                // The year's months add up here first (each within its annual amount), then go in once.
                var system: Int128 = 0, cloudCost: Int128 = 0, personnel: Int128 = 0
                for k in 1...12 {
                    let m = firstMonth + year * 12 + k - 1
                    let active = isActive(index, m)
                    if !active || m < overlapEnd { system += Int128(Yen.monthlyShare(ofAnnual: annual[year], month: k)) }
                    if !active { cloudCost += Int128(Yen.monthlyShare(ofAnnual: cloud[year], month: k)) }
                    if let staffCost {
                        personnel += Int128(Yen.monthlyShare(ofAnnual: active ? staffCost.shared[year] : staffCost.standalone[year], month: k))
                    }
                }
                try add(try Yen.checked(system, memberContext(index, year)), .system, member: index, year: year)
                try add(try Yen.checked(cloudCost, memberContext(index, year)), .governmentCloud, member: index, year: year)
                try add(try Yen.checked(personnel, memberContext(index, year)), .personnel, member: index, year: year)
            }
            for renewal in member.standalone.renewals {
                let m = renewal.month.serial
                if let year = yearIndex(ofSerial: m), !isActive(index, m) {
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
        let categories: [CostCategory] = scenario.group.fees.map { $0.category == .system ? .system : .governmentCloud }
        let subsidyRates = scenario.group.fees.map(\.subsidyRate)
        var active: [Int] = []
        var previous: [Int] = []
        active.reserveCapacity(members.count)
        // A fee's shares depend only on the year, the active members and (for shared fees) the month's
        // amount. While the first two stay the same, shares already worked out are used again, and each
        // distinct set of shares is charged once, times the number of months it applied.
        var pending = Array(repeating: [Int64: (shares: [Int64], months: Int64)](), count: scenario.group.fees.count)
        var pendingYear = -1
        var pendingActive: [Int] = []
        func flush(_ simulation: inout Simulation) throws(AmountOverflowError) {
            for fee in pending.indices {
                for (shares, months) in pending[fee].values {
                    for (position, share) in shares.enumerated() where share != 0 {
                        try simulation.charge(share, times: months, fee: fee, category: categories[fee], subsidyRate: subsidyRates[fee],
                                              member: pendingActive[position], year: pendingYear)
                    }
                }
                pending[fee].removeAll(keepingCapacity: true)
            }
        }
        for offset in 0..<monthCount {
            let month = Month(serial: firstMonth + offset)
            let year = offset / 12
            swap(&active, &previous)
            active.removeAll(keepingCapacity: true)
            for index in members.indices where isActive(index, month.serial) { active.append(index) }
            if year != pendingYear || active != previous {
                try flush(&self)
                pendingYear = year
                pendingActive = active
            }
            guard !active.isEmpty else { continue }
            for (feeIndex, fee) in scenario.group.fees.enumerated() where fee.applies(in: month) {
                var key: Int64 = 0
                if case .shared(let shared, _) = fee.charge {
                    guard let amount = try sharedAmount(fee, shared, month: month, year: year) else { continue }
                    key = amount
                }
                if pending[feeIndex][key] != nil {
                    pending[feeIndex][key]!.months += 1
                } else {
                    let shares = try monthlyShares(of: fee, month: month, year: year, active: active, representative: representative)
                    pending[feeIndex][key] = (shares, 1)
                }
            }
        }
        try flush(&self)
    }

    /// What each active member (in the order of `active`) owes of `fee` this month.
    func monthlyShares(of fee: Fee, month: Month, year: Int, active: [Int], representative: Int?) throws(AmountOverflowError) -> [Int64] {
        switch fee.charge {
        case .perMember(let monthly):
            let amount = try Yen.checked(yen(monthly, fee, year), "\(fee.label), \(month)")
            return Array(repeating: amount, count: active.count)

        case .perTenThousand(let rate, let units):
            let yenRate: Int128
            switch rate {
            case .flat(let value):
                yenRate = yen(value, fee, year)
            case .tiers(let tiers):
                let total = active.reduce(Int128(0)) { $0 + Int128(populations[$1][year]) }
                yenRate = yen(Self.tier(of: tiers, for: total).rate, fee, year)
            }
            var shares: [Int64] = []
            shares.reserveCapacity(active.count)
            for index in active {
                let charge = Self.perTenThousand(yenRate, population: populations[index][year], units: units)
                shares.append(try Yen.checked(charge, "\(fee.label), \(month)"))
            }
            return shares

        case .shared(let shared, let split):
            guard let amount = try sharedAmount(fee, shared, month: month, year: year) else {
                return Array(repeating: 0, count: active.count)
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

    /// The tier that applies to a total population: the first whose `upTo` is at least it.
    static func tier(of tiers: [PerTenThousandRate.Tier], for total: Int128) -> PerTenThousandRate.Tier {
        tiers.first { $0.upTo.map { Int128($0) >= total } ?? true }!  // the last tier is unbounded
    }

    /// `floor(rate · units)` for one member's population.
    static func perTenThousand(_ yenRate: Int128, population: Int64, units: PopulationUnits) -> Int128 {
        if units == .exact, let rate = Int64(exactly: yenRate) {  // the usual case, in 64 bits
            let (product, overflow) = rate.multipliedReportingOverflow(by: population)
            if !overflow { return Int128(product / 10_000) }
        }
        let population = Int128(population)
        switch units {
        case .exact: return yenRate * population / 10_000
        case .ceil: return yenRate * ((population + 9_999) / 10_000)
        case .floor: return yenRate * (population / 10_000)
        }
    }

    /// A shared fee's amount in yen for `month`; nil when a one-off fee is not charged that month.
    func sharedAmount(_ fee: Fee, _ shared: SharedAmount, month: Month, year: Int) throws(AmountOverflowError) -> Int64? {
        let context = { "\(fee.label), \(month)" }
        switch shared {
        case .monthly(let value):
            return try Yen.checked(yen(value, fee, year), context())
        case .annual(let annual):
            let yearly = try Yen.checked(yen(annual.value(in: years.lowerBound + year), fee, year), context())
            return Yen.monthlyShare(ofAnnual: yearly, month: month.monthOfFiscalYear)
        case .once(let when, let value):
            guard when == month else { return nil }
            return try Yen.checked(yen(value, fee, year), context())
        }
    }

    /// A fee amount in yen for a year: whole yen as they are; USD as `floor(usd · fx(y))`.
    func yen(_ amount: ExactDecimal, _ fee: Fee, _ year: Int) -> Int128 {
        switch fee.currency {
        case .jpy: return amount.millionths / ExactDecimal.scale
        case .usd: return Yen.floorDivide(amount.millionths * fx[year].millionths, ExactDecimal.scale * ExactDecimal.scale)
        }
    }

    /// Charges `share` of fee `fee` to a member for `times` months of a year, with the subsidy on each.
    mutating func charge(_ share: Int64, times: Int64, fee: Int, category: CostCategory, subsidyRate: ExactDecimal, member: Int, year: Int)
        throws(AmountOverflowError) {
        let total = try Yen.checked(Int128(share) * Int128(times), memberContext(member, year))
        try add(total, category, member: member, year: year)
        let cell = member * years.count + year
        feeAmounts[fee][cell] = try Yen.add(feeAmounts[fee][cell], total, memberContext(member, year))
        if subsidyRate != .zero {
            let subsidy = -Int64(Yen.floorTimes(Int128(share), subsidyRate)) * times  // |subsidy| ≤ total
            try add(subsidy, .subsidy, member: member, year: year)
            feeSubsidies[fee][cell] += subsidy
        }
    }

    /// Names the member and year in an overflow message (built only when one happens).
    func memberContext(_ member: Int, _ year: Int) -> String {
        "\(scenario.members[member].name), fiscal year \(years.lowerBound + year)"
    }

    /// Makes sure every total (the sum of the categories) fits, so reading `total` never traps.
    func checkTotals() throws(AmountOverflowError) {
        for (cell, value) in figures.enumerated() {
            try value.checkTotal(memberContext(cell / years.count, cell % years.count))
        }
    }
}
