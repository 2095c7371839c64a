import CostsimCore

/// One draw of a risk analysis: a value for each uncertain input, and the whole, consistent scenario
/// it makes.
///
/// The scenario is the validated one with the drawn values put in, following the same rules the
/// decoder follows for a file that says so (so the engine computes exactly what `run` would for
/// that file; a test compares the two on random draws): amounts are scaled as `sensitivity` scales
/// them (`floor(amount · m)` in whole yen, USD to a millionth), every amount must stay within
/// `Limits.amount`, a population is grown again from its new rate (and a band estimate made again
/// from it), and a join that slips moves the overlap, the join cost's month and the renewals avoided
/// with it — a join that slips to or past the member's `leaves` means it never joins.
package struct RiskDraw: Sendable {
    package let inputs: [RiskInput]
    package let values: [ExactDecimal]

    package init(inputs: [RiskInput], values: [ExactDecimal]) {
        self.inputs = inputs
        self.values = values
    }

    /// Why a draw cannot be made into a scenario: the input whose value makes a figure too large.
    package struct Refusal: Error, Sendable {
        package let input: RiskInput
    }

    /// The value drawn for `input`, if it is uncertain.
    package func value(_ input: RiskInput) -> ExactDecimal? { inputs.firstIndex(of: input).map { values[$0] } }

    /// The scenario of this draw.
    package func apply(to scenario: Scenario) throws(Refusal) -> Scenario {
        let years = scenario.fiscalYears
        var fx = scenario.fx
        if let rate = value(.exchangeRate(fiscalYear: nil)) {
            fx = FYValue(rate, from: years.lowerBound)
        } else if inputs.contains(where: { if case .exchangeRate = $0 { return true } else { return false } }) {
            fx = FYValue(entries: years.map { year in (year, value(.exchangeRate(fiscalYear: year)) ?? .one) })
        }
        let cloud = value(.governmentCloud)
        var fees: [Fee] = []
        for fee in scenario.group.fees {
            // The fee's own multiplier, then (for a Government Cloud fee) the Government Cloud one: each a floor, in that order.
            var charge = fee.charge
            let multipliers = [
                (value(.fee(fee.label)), RiskInput.fee(fee.label)), (fee.category == .governmentCloud ? cloud : nil, .governmentCloud),
            ]
            for case (let multiplier?, let input) in multipliers {
                guard let scaled = Self.scaled(charge, by: multiplier, currency: fee.currency) else { throw Refusal(input: input) }
                charge = scaled
            }
            guard charge != fee.charge else {
                fees.append(fee)
                continue
            }
            fees.append(
                Fee(
                    label: fee.label, category: fee.category, from: fee.from, to: fee.to, currency: fee.currency,
                    subsidyRate: fee.subsidyRate,
                    allocationTaxRate: fee.allocationTaxRate, charge: charge, members: fee.members))
        }
        var members: [Member] = []
        for member in scenario.members { members.append(try drawn(member, years: years, cloud: cloud)) }
        let group = Group(
            name: scenario.group.name, representative: scenario.group.representative, remainder: scenario.group.remainder, fees: fees,
            migrationCapacity: scenario.group.migrationCapacity)
        return Scenario(
            name: scenario.name, fiscalYears: years, discountRate: scenario.discountRate, fx: fx, members: members, group: group,
            uncertainty: scenario.uncertainty, source: scenario.source)
    }

    /// A member with the draw's values.
    func drawn(_ member: Member, years: ClosedRange<Int>, cloud: ExactDecimal?) throws(Refusal) -> Member {
        var joins = member.joins
        var leaves = member.leaves
        if let delay = value(.joinDelay(memberID: member.id)), let joined = joins {
            let slipped = joined.adding(months: Int(delay.millionths / ExactDecimal.scale))
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
        if let shift = value(.populationGrowth) {
            let rate = (growth ?? .zero) + shift
            guard rate.millionths > -ExactDecimal.scale && rate.millionths < ExactDecimal.scale,
                let grown = Member.populations(member.population, growth: rate, for: years)
            else { throw Refusal(input: .populationGrowth) }
            growth = rate
            billed = grown
            if standalone.annualCostEstimate != nil {
                let draft = ScenarioDecoder.StandaloneDraft(
                    annualCost: nil, estimate: standalone.annualCostEstimate, governmentCloud: standalone.governmentCloud,
                    renewals: standalone.renewals)
                guard let estimated = draft.costs(billedPopulations: billed, years: years) else { throw Refusal(input: .populationGrowth) }
                standalone = estimated
            }
        }
        if let cloud, let own = standalone.governmentCloud {
            guard let scaled = Self.scaled(own, by: cloud) else { throw Refusal(input: .governmentCloud) }
            standalone = StandaloneCosts(
                annualCost: standalone.annualCost, annualCostEstimate: standalone.annualCostEstimate, governmentCloud: scaled,
                renewals: standalone.renewals)
        }
        var personnel = member.personnel
        if let m = value(.staffCost), let staff = personnel {
            guard let cost = Self.scaled(staff.costPerStaff, by: m) else { throw Refusal(input: .staffCost) }
            personnel = Personnel(staff: staff.staff, staffShared: staff.staffShared, costPerStaff: cost)
        }
        var joinCost = member.joinCost
        if let m = value(.joinCost) {
            guard let cost = Self.scaled(joinCost, by: m) else { throw Refusal(input: .joinCost) }
            joinCost = cost
        }
        return Member(
            id: member.id, name: member.name, code: member.code, population: member.population, populationGrowth: growth,
            usage: member.usage,
            joins: joins, leaves: leaves, overlapMonths: member.overlapMonths, standalone: standalone, personnel: personnel,
            joinCost: joinCost, joinSubsidyRate: member.joinSubsidyRate, joinAllocationTaxRate: member.joinAllocationTaxRate,
            leaveCost: member.leaveCost, window: member.window, billedPopulations: billed)
    }

    // MARK: Scaling, as `sensitivity` scales the JSON

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
        case .perTenThousand(.tiers(let tiers), let units):
            var scaledTiers: [PerTenThousandRate.Tier] = []
            for tier in tiers {
                guard let rate = scale(tier.rate) else { return nil }
                scaledTiers.append(PerTenThousandRate.Tier(upTo: tier.upTo, rate: rate))
            }
            return .perTenThousand(.tiers(scaledTiers), units: units)
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
