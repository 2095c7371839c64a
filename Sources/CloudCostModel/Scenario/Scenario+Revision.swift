import CostsimCore

extension Scenario {
    /// The scenario with `revision` made (see `ScenarioRevision`): the only place, beside the decoder,
    /// that makes a `Scenario`. Fees are changed first (each fee's own multiplier, then for a Government
    /// Cloud fee the Government Cloud one, each a floor, in that order), then the exchange rates, then
    /// each member: its join month, the slip of its join, its growth (and the populations and band
    /// estimate that follow), its stay-alone cost, its own Government Cloud, its staff and join costs.
    package func revised(by revision: ScenarioRevision) throws(ScenarioRevision.Refusal) -> Scenario {
        typealias Refusal = ScenarioRevision.Refusal
        var fx = self.fx
        switch revision.exchangeRates {
        case nil: break
        case .replaced(let rates): fx = rates
        case .scaled(let m):
            if let rates = fx {
                var entries: [(fiscalYear: Int, value: ExactDecimal)] = []
                for entry in rates.entries {
                    let value = entry.value.scaled(by: m, wholeYen: false)
                    guard value >= ExactDecimal(millionths: 1), value <= ExactDecimal(Limits.exchangeRate) else {
                        throw Refusal(change: .exchangeRate, limit: .exchangeRate)
                    }
                    entries.append((entry.fiscalYear, value))
                }
                fx = FYValue(entries: entries)
            }
        }
        var fees: [Fee] = []
        for (index, fee) in group.fees.enumerated() where revision.only?.fees.contains(index) ?? true {
            var charge = fee.charge
            let multipliers: [(ExactDecimal?, ScenarioRevision.Change)] = [
                (revision.fees[fee.label], .fee(fee.label)),
                (fee.category == .governmentCloud ? revision.governmentCloud : nil, .governmentCloud),
            ]
            for case (let multiplier?, let change) in multipliers {
                guard let scaled = ScenarioRevision.scaled(charge, by: multiplier, currency: fee.currency) else {
                    throw Refusal(change: change, limit: .amount)
                }
                charge = scaled
            }
            fees.append(
                charge == fee.charge
                    ? fee
                    : Fee(
                        label: fee.label, category: fee.category, from: fee.from, to: fee.to, currency: fee.currency,
                        subsidyRate: fee.subsidyRate, allocationTaxRate: fee.allocationTaxRate, charge: charge, members: fee.members))
        }
        var members: [Member] = []
        for (index, member) in self.members.enumerated() where revision.only?.members.contains(index) ?? true {
            members.append(try revision.revised(member, index: index, years: fiscalYears))
        }
        let kept = revision.only == nil
        let representative = group.representative.flatMap { id in members.contains { $0.id == id } ? id : nil }
        return Scenario(
            name: name, fiscalYears: fiscalYears, discountRate: discountRate, fx: fx, members: members,
            group: Group(
                name: kept ? group.name : nil, representative: representative, remainder: group.remainder, fees: fees,
                migrationCapacity: kept ? group.migrationCapacity : nil),
            uncertainty: kept ? uncertainty : nil, target: target)
    }
}

extension ScenarioRevision {
    /// Member `index` of the scenario with this revision's changes (see `Scenario.revised(by:)`).
    func revised(_ member: Member, index: Int, years: ClosedRange<Int>) throws(Refusal) -> Member {
        var joins = member.joins
        var leaves = member.leaves
        if let month = self.joins[index] {
            if let month {
                if let left = leaves, month >= left {
                    throw Refusal(change: .joins(memberID: member.id), limit: .joinsNotBeforeLeaving, member: member.name)
                }
                joins = month
            } else {
                joins = nil
                leaves = nil
            }
        }
        if let delay = joinDelays[member.id], let joined = joins {
            let slipped = joined.adding(months: delay)
            if let left = leaves, slipped >= left {
                joins = nil
                leaves = nil
            } else {
                joins = slipped
            }
        }
        var growth = member.populationGrowth
        var billed = member.billedPopulations
        var standalone = member.standalone
        if let shift = populationGrowth {
            let rate = (growth ?? .zero) + shift
            guard rate.millionths > -ExactDecimal.scale && rate.millionths < ExactDecimal.scale,
                let grown = Member.populations(member.population, growth: rate, for: years)
            else { throw Refusal(change: .populationGrowth, limit: .population, member: member.name) }
            growth = rate
            billed = grown
            if let estimate = standalone.annualCostEstimate {
                guard let estimated = Self.estimated(standalone, estimate, billed: billed, years: years) else {
                    throw Refusal(change: .populationGrowth, limit: .amount, member: member.name)
                }
                standalone = estimated
            }
        }
        if let m = standaloneCost {
            if let estimate = standalone.annualCostEstimate {
                let factor = estimate.factor.scaled(by: m, wholeYen: false)
                guard factor <= ExactDecimal(10) else {
                    throw Refusal(change: .standaloneCost, limit: .estimateFactor, member: member.name)
                }
                guard let estimated = Self.estimated(standalone, BandEstimate(factor: factor), billed: billed, years: years) else {
                    throw Refusal(change: .standaloneCost, limit: .amount, member: member.name)
                }
                standalone = estimated
            } else {
                guard let annual = Self.scaled(standalone.annualCost, by: m) else {
                    throw Refusal(change: .standaloneCost, limit: .amount, member: member.name)
                }
                standalone = StandaloneCosts(
                    annualCost: annual, annualCostEstimate: nil, governmentCloud: standalone.governmentCloud, renewals: standalone.renewals)
            }
        }
        if let m = governmentCloud, let own = standalone.governmentCloud {
            guard let scaled = Self.scaled(own, by: m) else { throw Refusal(change: .governmentCloud, limit: .amount, member: member.name) }
            standalone = StandaloneCosts(
                annualCost: standalone.annualCost, annualCostEstimate: standalone.annualCostEstimate, governmentCloud: scaled,
                renewals: standalone.renewals)
        }
        var personnel = member.personnel
        if let m = staffCost, let staff = personnel {
            guard let cost = Self.scaled(staff.costPerStaff, by: m) else {
                throw Refusal(change: .staffCost, limit: .amount, member: member.name)
            }
            personnel = Personnel(staff: staff.staff, staffShared: staff.staffShared, costPerStaff: cost)
        }
        var joinCost = member.joinCost
        if let m = self.joinCost {
            guard let cost = Self.scaled(joinCost, by: m) else { throw Refusal(change: .joinCost, limit: .amount, member: member.name) }
            joinCost = cost
        }
        return Member(
            id: member.id, name: member.name, code: member.code, population: member.population, populationGrowth: growth,
            usage: member.usage, joins: joins, leaves: leaves, overlapMonths: member.overlapMonths, standalone: standalone,
            personnel: personnel, joinCost: joinCost, joinSubsidyRate: member.joinSubsidyRate,
            joinAllocationTaxRate: member.joinAllocationTaxRate, leaveCost: member.leaveCost, window: member.window,
            billedPopulations: billed, baseline: member.baseline)
    }

    /// The stay-alone costs with the band estimate made again (nil past `Limits.amount`), as the decoder makes it.
    static func estimated(_ standalone: StandaloneCosts, _ estimate: BandEstimate, billed: [Int64], years: ClosedRange<Int>)
        -> StandaloneCosts?
    {
        ScenarioDecoder.StandaloneDraft(
            annualCost: nil, estimate: estimate, governmentCloud: standalone.governmentCloud, renewals: standalone.renewals
        ).costs(billedPopulations: billed, years: years)
    }

    // MARK: Scaling, as a person scales the file

    /// `floor(yen · m)`; nil past `Limits.amount`.
    static func scaled(_ yen: Int64, by m: ExactDecimal) -> Int64? {
        let value = Yen.floorTimes(Int128(yen), m)
        return value <= Int128(Limits.amount) ? Int64(value) : nil
    }

    static func scaled(_ amounts: FYValue<Int64>, by m: ExactDecimal) -> FYValue<Int64>? {
        var entries: [(fiscalYear: Int, value: Int64)] = []
        for entry in amounts.entries {
            guard let value = scaled(entry.value, by: m) else { return nil }
            entries.append((entry.fiscalYear, value))
        }
        return FYValue(entries: entries)
    }

    /// A fee amount in its currency: whole yen floored, USD floored to a millionth; nil past `Limits.amount`.
    static func scaled(_ amount: ExactDecimal, by m: ExactDecimal, currency: Currency) -> ExactDecimal? {
        let value = amount.scaled(by: m, wholeYen: currency == .jpy)
        return value <= ExactDecimal(Limits.amount) ? value : nil
    }

    /// Every amount and rate of a charge scaled (never a tier's bound); nil when one passes the limit.
    static func scaled(_ charge: Charge, by m: ExactDecimal, currency: Currency) -> Charge? {
        let scale = { (amount: ExactDecimal) in scaled(amount, by: m, currency: currency) }
        switch charge {
        case .perMember(let monthly):
            return scale(monthly).map { .perMember(monthly: $0) }
        case .perTenThousand(.flat(let rate), let units):
            return scale(rate).map { .perTenThousand(.flat($0), units: units) }
        case .perTenThousand(.tiers(let tiers, let fixedBy), let units):
            var scaledTiers: [PerTenThousandRate.Tier] = []
            for tier in tiers {
                guard let rate = scale(tier.rate) else { return nil }
                scaledTiers.append(PerTenThousandRate.Tier(upTo: tier.upTo, rate: rate))
            }
            return .perTenThousand(.tiers(scaledTiers, fixedBy: fixedBy), units: units)
        case .shared(.monthly(let amount), let split):
            return scale(amount).map { .shared(.monthly($0), split: split) }
        case .shared(.once(let month, let amount), let split):
            return scale(amount).map { .shared(.once(month, $0), split: split) }
        case .shared(.annual(let amounts), let split):
            var entries: [(fiscalYear: Int, value: ExactDecimal)] = []
            for entry in amounts.entries {
                guard let value = scale(entry.value) else { return nil }
                entries.append((entry.fiscalYear, value))
            }
            return FYValue(entries: entries).map { .shared(.annual($0), split: split) }
        }
    }
}
