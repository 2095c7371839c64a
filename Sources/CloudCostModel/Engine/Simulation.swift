import CostsimCore

/// The state of one run: figures accumulated per member and fiscal year.
struct Simulation {
    let scenario: Scenario
    let mode: Engine.Mode
    let schedule: FeeSchedule
    let years: ClosedRange<Int>
    let firstMonth: Int  // serial of April of the first fiscal year
    let monthCount: Int
    /// Per member: the month serials it is on the shared system, `activeFrom ..< activeUntil` (empty in standalone mode).
    let activeFrom: [Int]
    let activeUntil: [Int]
    /// Figures by `member * years.count + yearIndex`.
    var figures: [CategoryFigures]
    /// What each member paid of each fee, and the subsidy on it, by fee and then as `figures`
    /// (all zero in the standalone case).
    var feeAmounts: [[Int64]]
    var feeSubsidies: [[Int64]]
    var feeAllocationTaxes: [[Int64]]
    /// For each shared fee, what each member paid of it by basis (`SplitBasis` order), as `figures`;
    /// empty for the other fees.
    var feeParts: [[[Int64]]]

    init(scenario: Scenario, mode: Engine.Mode) {
        self.scenario = scenario
        self.mode = mode
        schedule = FeeSchedule(scenario)
        let years = scenario.fiscalYears
        self.years = years
        firstMonth = Month.firstOfFiscalYear(years.lowerBound).serial
        monthCount = years.count * 12
        activeFrom = scenario.members.map { mode == .asWritten ? $0.joins?.serial ?? .max : .max }
        activeUntil = scenario.members.map { $0.leaves?.serial ?? .max }
        let cells = scenario.members.count * years.count
        figures = Array(repeating: CategoryFigures(), count: cells)
        feeAmounts = Array(repeating: Array(repeating: 0, count: cells), count: scenario.group.fees.count)
        feeSubsidies = feeAmounts
        feeAllocationTaxes = feeAmounts
        feeParts = scenario.group.fees.map { fee in
            guard case .shared = fee.charge else { return [] }
            return Array(repeating: Array(repeating: 0, count: cells), count: SplitBasis.allCases.count)
        }
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

    mutating func add(_ amount: Int64, _ category: CostCategory, member: Int, year: Int, fee: Int? = nil) throws(AmountOverflowError) {
        guard amount != 0 else { return }
        let cell = member * years.count + year
        figures[cell][category] = try Yen.add(figures[cell][category], amount, context(member, year, fee: fee, category: category))
    }

    // MARK: The member's own costs

    mutating func chargeMembersOwnCosts() throws(AmountOverflowError) {
        for (index, member) in scenario.members.enumerated() {
            let overlapEnd = member.joins.map { $0.serial + member.overlapMonths } ?? Int.min
            for year in 0..<years.count {
                let fiscalYear = years.lowerBound + year
                let annual = member.standalone.annualCost.value(in: fiscalYear)
                let cloud = member.standalone.governmentCloud?.value(in: fiscalYear) ?? 0
                // Staff cost a year, standalone and shared: only the one a month uses must fit in 64 bits
                // (a member that never joins may have a shared staff cost nobody ever pays).
                let perStaff = member.personnel.map { Int128($0.costPerStaff.value(in: fiscalYear)) } ?? 0
                let staffCost = member.personnel.map { (Yen.floorTimes(perStaff, $0.staff), Yen.floorTimes(perStaff, $0.staffShared)) }
                // The year's months add up here first (each within its annual amount), then go in once.
                var system: Int128 = 0
                var cloudCost: Int128 = 0
                var personnel: Int128 = 0
                for k in 1...12 {
                    let m = firstMonth + year * 12 + k - 1
                    let active = isActive(index, m)
                    if !active || m < overlapEnd { system += Int128(Yen.monthlyShare(ofAnnual: annual, month: k)) }
                    if !active { cloudCost += Int128(Yen.monthlyShare(ofAnnual: cloud, month: k)) }
                    if let (standalone, shared) = staffCost {
                        let yearly = try Yen.checked(active ? shared : standalone, context(index, year, category: .personnel))
                        personnel += Int128(Yen.monthlyShare(ofAnnual: yearly, month: k))
                    }
                }
                try add(try Yen.checked(system, context(index, year, category: .system)), .system, member: index, year: year)
                try add(
                    try Yen.checked(cloudCost, context(index, year, category: .governmentCloud)), .governmentCloud,
                    member: index, year: year)
                try add(try Yen.checked(personnel, context(index, year, category: .personnel)), .personnel, member: index, year: year)
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
                let subsidy = FeeSchedule.subsidy(on: member.joinCost, rate: member.joinSubsidyRate)
                try add(subsidy, .subsidy, member: index, year: year)
                let allocationTax = FeeSchedule.allocationTax(on: member.joinCost, subsidy: subsidy, rate: member.joinAllocationTaxRate)
                try add(allocationTax, .allocationTax, member: index, year: year)
            }
            if let leaves = member.leaves, let year = yearIndex(ofSerial: leaves.serial) {
                try add(member.leaveCost, .oneOff, member: index, year: year)
            }
        }
    }

    // MARK: Group fees

    mutating func chargeGroupFees() throws(AmountOverflowError) {
        let members = scenario.members
        let feeCount = scenario.group.fees.count
        var active: [Int] = []
        var previous: [Int] = []
        active.reserveCapacity(members.count)
        // A fee's shares depend only on the year, the active members and (for shared fees) the month's
        // amount. While the first two stay the same, shares already worked out are used again, and each
        // distinct set of shares is charged once, times the number of months it applied.
        var pending = Array(repeating: [Int64: (shares: [Int64], parts: [[Int64]], months: Int64)](), count: feeCount)
        var pendingYear = -1
        var pendingActive: [Int] = []
        func flush(_ simulation: inout Simulation) throws(AmountOverflowError) {
            for fee in pending.indices where !pending[fee].isEmpty {
                // The fee's terms read once here, not for every share (copying them out costs more than the sums).
                let category = simulation.scenario.group.fees[fee].category.costCategory
                for (shares, parts, months) in pending[fee].values {
                    for (position, share) in shares.enumerated() where share != 0 {
                        try simulation.charge(share, times: months, fee: fee, category, member: pendingActive[position], year: pendingYear)
                    }
                    // The parts add up to the shares, which were checked: these sums fit too.
                    for (basis, part) in parts.enumerated() {
                        for (position, amount) in part.enumerated() where amount != 0 {
                            simulation.feeParts[fee][basis][pendingActive[position] * simulation.years.count + pendingYear] +=
                                amount * months
                        }
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
            // Fees by index: a `Fee` copied out of the array each month costs more than the month's arithmetic.
            let fees = scenario.group.fees
            for fee in fees.indices where fees[fee].applies(in: month) {
                var amount: Int64?
                if case .shared = fees[fee].charge {
                    guard let billed = try schedule.sharedAmount(fee, month: month, year: year) else { continue }
                    amount = billed
                }
                let key = amount ?? 0
                if let known = pending[fee][key] {
                    pending[fee][key] = (known.shares, known.parts, known.months + 1)
                } else if let amount {
                    let parts = schedule.sharedParts(of: fee, year: year, active: active, amount: amount)
                    let shares = Apportionment.shares(fromParts: parts, memberCount: active.count)
                    pending[fee][key] = (shares, parts, 1)
                } else {
                    pending[fee][key] = (try schedule.shares(of: fee, month: month, year: year, active: active, amount: amount), [], 1)
                }
            }
        }
        try flush(&self)
        try takeSubsidiesOnTheYear()
    }

    /// Charges `share` of fee `fee` (its costs go to `category`) to a member for `times` months of a year.
    mutating func charge(_ share: Int64, times: Int64, fee: Int, _ category: CostCategory, member: Int, year: Int)
        throws(AmountOverflowError)
    {
        let total = try Yen.checked(Int128(share) * Int128(times), context(member, year, fee: fee, category: category))
        try add(total, category, member: member, year: year, fee: fee)
        let cell = member * years.count + year
        feeAmounts[fee][cell] = try Yen.add(feeAmounts[fee][cell], total, context(member, year, fee: fee, category: category))
    }

    /// MODEL.md: a subsidy is granted on a year's expense, not a month's. For each member, fee and
    /// fiscal year, on `S`, the member's share of the fee summed over the year: `−floor(S · subsidyRate)`,
    /// then the allocation tax measure `−floor((S − u) · allocationTaxRate)` on what the subsidy leaves.
    /// (Taken month by month, the floors lost up to a yen a month: −11,999,970 for a 50 % subsidy on
    /// ¥24,000,000 shared by eight, where the year's grant is −12,000,000.)
    mutating func takeSubsidiesOnTheYear() throws(AmountOverflowError) {
        for (fee, description) in scenario.group.fees.enumerated() where description.isSubsidised {
            for cell in feeAmounts[fee].indices where feeAmounts[fee][cell] != 0 {
                let (member, year) = (cell / years.count, cell % years.count)
                let share = feeAmounts[fee][cell]
                let subsidy = FeeSchedule.subsidy(on: share, rate: description.subsidyRate)
                let allocationTax = FeeSchedule.allocationTax(on: share, subsidy: subsidy, rate: description.allocationTaxRate)
                try add(subsidy, .subsidy, member: member, year: year, fee: fee)
                try add(allocationTax, .allocationTax, member: member, year: year, fee: fee)
                feeSubsidies[fee][cell] = subsidy
                feeAllocationTaxes[fee][cell] = allocationTax
            }
        }
    }

    /// Names the member, fiscal year, fee and category in an overflow message (built only when one happens).
    func context(_ member: Int, _ year: Int, fee: Int? = nil, category: CostCategory? = nil) -> [AmountOverflowError.Part] {
        var parts: [AmountOverflowError.Part] = [.name(scenario.members[member].name), .fiscalYear(years.lowerBound + year)]
        if let fee { parts.append(.name(scenario.group.fees[fee].label)) }
        if let category { parts.append(.category(category)) }
        return parts
    }

    /// Makes sure every total (the sum of the categories) fits, so reading `total` never traps.
    func checkTotals() throws(AmountOverflowError) {
        for (cell, value) in figures.enumerated() {
            try value.checkTotal(context(cell / years.count, cell % years.count))
        }
    }
}
