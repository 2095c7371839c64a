import CostsimCore

/// One case held to the scenario's reduction target (MODEL.md, "The reduction target"): each
/// member's baseline, target, cost in the target year, and the bridge from the one to the other —
/// the own costs first, then each group fee — and the group's sums.
///
/// Computed from the case's results as `run` computes them (the same `CaseResult`), so every figure
/// here is a sum of figures `run` shows for that case and year.
package struct TargetResult: Sendable {
    package let caseName: CaseName
    package let target: ReductionTarget
    package let members: [Member]
    /// Indexed like `members`.
    package let figures: [TargetFigures]
    /// Indexed like `members`.
    package let sources: [BaselineSource]
    package let group: TargetFigures
    /// How many members of the group meet their target.
    package let membersMet: Int
    /// How many members the group has (`members` may hold only some of them: `only(_:)`).
    package let groupMemberCount: Int

    /// - Parameters:
    ///   - result: the case.
    ///   - standalone: staying alone for the same scenario (the case's own: for a variant, the
    ///     variant's), where a baseline not written is taken from.
    package init(_ target: ReductionTarget, case result: CaseResult, standalone: CaseResult) throws(AmountOverflowError) {
        caseName = result.name
        self.target = target
        members = result.members
        let year = target.fiscalYear - result.fiscalYears.lowerBound
        var figures: [TargetFigures] = []
        var sources: [BaselineSource] = []
        for (index, member) in result.members.enumerated() {
            let place: [AmountOverflowError.Part] = [.name(member.name), .fiscalYear(target.fiscalYear)]
            let baseline: Int64
            let source: BaselineSource
            switch member.baseline {
            case .settled(let amount)?:
                (baseline, source) = (amount, .settled)
            case .estimated(let amount, _)?:
                (baseline, source) = (amount, .surveyEstimate)
            case nil:
                // The decoder has checked that the baseline year lies within the period.
                let counted = target.counted(standalone.figures(member: index, fiscalYear: target.baselineFiscalYear))
                baseline = try Yen.checked(counted, [.name(member.name), .fiscalYear(target.baselineFiscalYear), .figure(.targetYearCost)])
                source = .standalone(estimated: member.standalone.annualCostEstimate != nil && target.counts(.system))
            }
            let cost = try Yen.checked(target.counted(result.figures[index][year]), place + [.figure(.targetYearCost)])
            let change = try Yen.checked(Int128(cost) - Int128(baseline), place + [.figure(.changeFromBaseline)])
            let targetCost = target.targetCost(baseline: baseline)
            var steps: [BridgeStep] = []
            var feeSum = Int128(0)
            for ledger in result.fees {
                let amount = Self.step(of: ledger, member: index, year: year, target: target)
                guard amount != 0 else { continue }
                feeSum += amount
                steps.append(BridgeStep(item: .fee(ledger.fee.label), amount: try Yen.checked(amount, place + [.name(ledger.fee.label)])))
            }
            let own = try Yen.checked(Int128(change) - feeSum, place + [.figure(.changeFromBaseline)])
            figures.append(
                TargetFigures(
                    baseline: baseline, targetCost: targetCost, cost: cost, change: change,
                    excess: max(0, try Yen.checked(Int128(cost) - Int128(targetCost), place + [.figure(.targetYearCost)])),
                    bridge: [BridgeStep(item: .own, amount: own)] + steps))
            sources.append(source)
        }
        self.figures = figures
        self.sources = sources
        membersMet = figures.filter(\.met).count
        groupMemberCount = figures.count
        group = try Self.group(figures, feeLabels: result.fees.map(\.fee.label), fiscalYear: target.fiscalYear)
    }

    /// The same figures with only the members of `ids` (in the case's order); the group's stay the whole group's.
    package func only(_ ids: [String]) -> TargetResult {
        let kept = members.indices.filter { ids.contains(members[$0].id) }
        return TargetResult(
            caseName: caseName, target: target, members: kept.map { members[$0] }, figures: kept.map { figures[$0] },
            sources: kept.map { sources[$0] }, group: group, membersMet: membersMet, groupMemberCount: groupMemberCount)
    }

    private init(
        caseName: CaseName, target: ReductionTarget, members: [Member], figures: [TargetFigures], sources: [BaselineSource],
        group: TargetFigures, membersMet: Int, groupMemberCount: Int
    ) {
        self.caseName = caseName
        self.target = target
        self.members = members
        self.figures = figures
        self.sources = sources
        self.group = group
        self.membersMet = membersMet
        self.groupMemberCount = groupMemberCount
    }

    /// A fee's step for a member: its share in the year if the fee's category is counted, with the
    /// subsidy and allocation tax on it where those are counted.
    static func step(of ledger: FeeLedger, member: Int, year: Int, target: ReductionTarget) -> Int128 {
        var amount = Int128(0)
        if target.counts(ledger.fee.category.costCategory) { amount += Int128(ledger.amounts[member][year]) }
        if target.counts(.subsidy) { amount += Int128(ledger.subsidies[member][year]) }
        if target.counts(.allocationTax) { amount += Int128(ledger.allocationTaxes[member][year]) }
        return amount
    }

    /// The group: the members' sums; its excess is the sum of the members' (what those above their
    /// target exceed it by, in all), and its bridge the members' steps summed by item (own first,
    /// then each fee in the order of `group.fees` whose sum is not 0).
    static func group(_ figures: [TargetFigures], feeLabels: [String], fiscalYear: Int) throws(AmountOverflowError) -> TargetFigures {
        let context: [AmountOverflowError.Part] = [.group, .fiscalYear(fiscalYear)]
        func sum(_ value: (TargetFigures) -> Int64) throws(AmountOverflowError) -> Int64 {
            try Yen.checked(figures.reduce(Int128(0)) { $0 + Int128(value($1)) }, context + [.figure(.targetYearCost)])
        }
        var byItem: [String: Int128] = [:]
        var own = Int128(0)
        for member in figures {
            for step in member.bridge {
                switch step.item {
                case .own: own += Int128(step.amount)
                case .fee(let label): byItem[label, default: 0] += Int128(step.amount)
                }
            }
        }
        var bridge = [BridgeStep(item: .own, amount: try Yen.checked(own, context + [.figure(.changeFromBaseline)]))]
        for label in feeLabels {
            guard let amount = byItem[label], amount != 0 else { continue }
            bridge.append(BridgeStep(item: .fee(label), amount: try Yen.checked(amount, context + [.name(label)])))
        }
        return TargetFigures(
            baseline: try sum(\.baseline), targetCost: try sum(\.targetCost), cost: try sum(\.cost), change: try sum(\.change),
            excess: try sum(\.excess), bridge: bridge)
    }
}
