import CostsimCore

/// The one place a group fee is charged: what each active member owes of a fee in a month, and the
/// subsidy on each share. The engine charges every case with it, and the fairness analysis values
/// every coalition with it, so a coalition's figure is the engine's figure to the yen.
struct FeeSchedule {
    let fees: [Fee]
    /// Per member and year index (0: the first fiscal year): population, usage in millionths.
    let populations: [[Int64]]
    let usages: [[Int64]]
    /// Per year index: yen per USD (1 where no rate is given; only USD fees read it).
    let fx: [ExactDecimal]
    /// Per year index: the fiscal year.
    let firstYear: Int
    /// The member index of the 代表団体 when the remainder goes to it.
    let representative: Int?
    /// Per fee, for a fee that names its `members`: whether it applies to each member (by index); nil: to all.
    let appliesTo: [[Bool]?]

    init(_ scenario: Scenario) {
        fees = scenario.group.fees
        populations = scenario.members.map(\.billedPopulations)
        usages = scenario.members.map { member in
            scenario.fiscalYears.map { year in member.usage.map { Int64(clamping: $0.value(in: year).millionths) } ?? 0 }
        }
        fx = scenario.fiscalYears.map { scenario.fx?.value(in: $0) ?? .one }
        firstYear = scenario.fiscalYears.lowerBound
        representative =
            scenario.group.remainder == .representative
            ? scenario.members.firstIndex { $0.id == scenario.group.representative } : nil
        appliesTo = scenario.group.fees.map { fee in
            fee.members.map { ids in scenario.members.map { ids.contains($0.id) } }
        }
    }

    /// Whether fee `fee` names the members it applies to.
    func isRestricted(_ fee: Int) -> Bool { appliesTo[fee] != nil }

    /// The members of `active` that fee `fee` applies to, in the same order.
    func chargeable(_ fee: Int, among active: [Int]) -> [Int] {
        guard let applies = appliesTo[fee] else { return active }
        return active.filter { applies[$0] }
    }

    /// `values` for the members `chargeable` picked from `active`, spread back over `active` with 0
    /// for the members the fee does not apply to.
    static func spread(_ values: [Int64], of chargeable: [Int], over active: [Int]) -> [Int64] {
        guard chargeable.count != active.count else { return values }
        var result = Array(repeating: Int64(0), count: active.count)
        var next = 0
        for (position, member) in active.enumerated() where next < chargeable.count && chargeable[next] == member {
            result[position] = values[next]
            next += 1
        }
        return result
    }

    /// The subsidy on one member's share of a fee summed over a fiscal year: `−floor(share · rate)` (≤ 0).
    static func subsidy(on share: Int64, rate: ExactDecimal) -> Int64 {
        rate == .zero ? 0 : -Int64(Yen.floorTimes(Int128(share), rate))  // 0 ≤ rate ≤ 1: fits
    }

    /// The allocation tax measure (交付税措置) on a share, taken on what the subsidy leaves:
    /// `−floor((share − u) · rate)`, `u` the subsidy's size (`subsidy` is `−u`, ≤ 0).
    static func allocationTax(on share: Int64, subsidy: Int64, rate: ExactDecimal) -> Int64 {
        rate == .zero ? 0 : -Int64(Yen.floorTimes(Int128(share) + Int128(subsidy), rate))
    }

    /// What a member pays of a share net of both: `share + subsidy + allocation tax` (MODEL.md's
    /// `total` of that share).
    static func net(_ share: Int64, of fee: Fee) -> Int128 {
        let subsidy = subsidy(on: share, rate: fee.subsidyRate)
        return Int128(share) + Int128(subsidy) + Int128(allocationTax(on: share, subsidy: subsidy, rate: fee.allocationTaxRate))
    }

    /// What the group is billed for shared fee `fee` in `month`; nil when it bills nothing then
    /// (a one-off fee in another month). Other kinds of fee have no group amount: nil.
    func sharedAmount(_ fee: Int, month: Month, year: Int) throws(AmountOverflowError) -> Int64? {
        guard case .shared(let shared, _) = fees[fee].charge else { return nil }
        let context = { [AmountOverflowError.Part.name(self.fees[fee].label), .month(month)] }
        switch shared {
        case .monthly(let value):
            return try Yen.checked(yen(value, fee, year), context())
        case .annual(let annual):
            let yearly = try Yen.checked(yen(annual.value(in: firstYear + year), fee, year), context())
            return Yen.monthlyShare(ofAnnual: yearly, month: month.monthOfFiscalYear)
        case .once(let when, let value):
            guard when == month else { return nil }
            return try Yen.checked(yen(value, fee, year), context())
        }
    }

    /// What each member of `active` (member indices in file order) owes of `fee` in `month`, in the
    /// order of `active`: the fee is charged among the active members it applies to (all, unless it
    /// names its `members`), the others owe 0. `amount` is the month's `sharedAmount` for a shared fee.
    /// `tier`, for a tiered per-10,000 fee, uses that tier instead of the one the charged members'
    /// population selects (the fairness analysis prices each tier once and picks one per coalition).
    func shares(of fee: Int, month: Month, year: Int, active: [Int], amount: Int64? = nil, tier: Int? = nil)
        throws(AmountOverflowError) -> [Int64]
    {
        let charged = chargeable(fee, among: active)
        let shares = try sharesAmong(charged, of: fee, month: month, year: year, amount: amount, tier: tier)
        return Self.spread(shares, of: charged, over: active)
    }

    /// `shares(of:…)` among members the fee applies to.
    private func sharesAmong(_ active: [Int], of fee: Int, month: Month, year: Int, amount: Int64?, tier: Int?)
        throws(AmountOverflowError) -> [Int64]
    {
        let context = { [AmountOverflowError.Part.name(self.fees[fee].label), .month(month)] }
        switch fees[fee].charge {
        case .perMember(let monthly):
            let amount = try Yen.checked(yen(monthly, fee, year), context())
            return Array(repeating: amount, count: active.count)

        case .perTenThousand(let rate, let units):
            let yenRate: Int128
            switch rate {
            case .flat(let value):
                yenRate = yen(value, fee, year)
            case .tiers(let tiers, let fixedBy):
                let population =
                    fixedBy.map { Int128($0.value(in: firstYear + year)) }
                    ?? active.reduce(Int128(0)) { $0 + Int128(populations[$1][year]) }
                let chosen = tier ?? Self.tier(of: tiers, for: population)
                yenRate = yen(tiers[chosen].rate, fee, year)
            }
            var shares: [Int64] = []
            shares.reserveCapacity(active.count)
            for index in active {
                let charge = Self.perTenThousand(yenRate, population: populations[index][year], units: units)
                shares.append(try Yen.checked(charge, context()))
            }
            return shares

        case .shared:
            guard let amount, !active.isEmpty else { return Array(repeating: 0, count: active.count) }
            return Apportionment.shares(
                fromParts: sharedParts(of: fee, year: year, active: active, amount: amount), memberCount: active.count)
        }
    }

    /// A shared fee's month: what each member of `active` gets of `amount` basis by basis, one list per
    /// `SplitBasis` (均等割, 人口割, 利用量割; zeros for a basis the split does not use). Their sum is
    /// the member's share; the secretariat's table shows them so that a member can check its bill.
    func sharedParts(of fee: Int, year: Int, active: [Int], amount: Int64) -> [[Int64]] {
        let charged = chargeable(fee, among: active)
        if charged.isEmpty { return SplitBasis.allCases.map { _ in Array(repeating: 0, count: active.count) } }
        guard charged.count == active.count else {
            return sharedParts(of: fee, year: year, active: charged, amount: amount).map { Self.spread($0, of: charged, over: active) }
        }
        guard case .shared(_, let split) = fees[fee].charge else { return [] }
        let bases = SplitBasis.allCases.map { basis in
            Apportionment.Basis(coefficient: split.coefficient(of: basis), weights: weights(of: basis, year: year, active: active))
        }
        let position = representative.flatMap { active.firstIndex(of: $0) }
        return Apportionment.apportionByBasis(amount, bases: bases, memberCount: active.count, representative: position)
    }

    /// What each member of `active` weighs in a basis in `year`: 1 each (均等割), its population
    /// (人口割) or its usage (利用量割). A new basis is a new case here, which the compiler asks for.
    private func weights(of basis: SplitBasis, year: Int, active: [Int]) -> [Int64] {
        switch basis {
        case .equal: return Array(repeating: 1, count: active.count)
        case .population: return active.map { populations[$0][year] }
        case .usage: return active.map { usages[$0][year] }
        }
    }

    /// The index of the tier that applies to a total population: the first whose `upTo` is at least it
    /// (the last tier has no bound, so there always is one).
    static func tier(of tiers: [PerTenThousandRate.Tier], for total: Int128) -> Int {
        tiers.firstIndex { $0.upTo.map { Int128($0) >= total } ?? true } ?? (tiers.count - 1)
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

    /// A fee amount in yen for a year: whole yen as they are; USD as `floor(usd · fx(y))`.
    func yen(_ amount: ExactDecimal, _ fee: Int, _ year: Int) -> Int128 {
        switch fees[fee].currency {
        case .jpy: return amount.millionths / ExactDecimal.scale
        case .usd: return Yen.floorDivide(amount.millionths * fx[year].millionths, ExactDecimal.scale * ExactDecimal.scale)
        }
    }
}
