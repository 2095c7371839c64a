import CostsimCore

/// When should a member join? Its savings and present value for each possible join month, all else
/// as in the plan, beside not joining at all.
package struct JoinTiming: Sendable {
    package struct Row: Sendable {
        /// The join month; nil for "never joins", the reference row.
        package let month: Month?
        package let memberSavings: Int64
        package let memberNPV: Int64
        package let memberPayback: Int?
        package let groupSavings: Int64
        /// Standalone renewals the member no longer pays by joining that month.
        package let avoidedRenewals: [Renewal]
    }

    package let member: Member
    /// The case whose scenario is varied: the plan, or a variant's.
    package let caseName: CaseName
    /// The scenario's period.
    package let fiscalYears: ClosedRange<Int>
    package let rows: [Row]
    /// The index in `rows` of the choice with the largest present value of the member's savings, "never
    /// joins" (row 0) included: a join month is best only when it beats staying out. Of equals, the
    /// first (so never joining wins a tie with joining).
    package let best: Int

    /// Join months from `from` to `to` (both included; by default the whole period), up to the
    /// month before the member leaves, if it does. Each month is a revision of the scenario, validated
    /// as a file is, and run by the engine.
    /// The most member-years of engine work one timing analysis may take (join months × members ×
    /// fiscal years): about a minute on a 2-core machine. Beyond it, the analysis is refused with the
    /// number of months that would fit.
    package static let workLimit = 30_000_000

    /// - Parameter progress: called after each join month with the number done and the number in all.
    package init(
        _ scenario: Scenario, caseName: CaseName = .plan, memberID: String, from: Month? = nil, to: Month? = nil,
        progress: ((Int, Int) -> Void)? = nil
    ) throws {
        self.caseName = caseName
        guard let index = scenario.members.firstIndex(where: { $0.id == memberID }) else {
            throw AnalysisError.noSuchMember(option: nil, quoted: Echo.quoted(memberID))
        }
        let member = scenario.members[index]
        self.member = member
        fiscalYears = scenario.fiscalYears
        let (firstMonth, lastMonth) = (scenario.firstMonth, scenario.lastMonth)
        let first = max(from ?? firstMonth, firstMonth)
        var last = min(to ?? lastMonth, lastMonth)
        if let leaves = member.leaves { last = min(last, leaves.adding(months: -1)) }
        guard first <= last else {
            throw AnalysisError.noJoinMonth(
                from: (from ?? firstMonth).description, to: (to ?? lastMonth).description, first: firstMonth.description,
                last: lastMonth.description, leaves: member.leaves.map { .init(name: member.name, month: $0.description) })
        }
        let size = scenario.members.count * scenario.fiscalYears.count
        let months = last.serial - first.serial + 1
        if (months + 1) * size > Self.workLimit {
            let fitting = max(Self.workLimit / size - 1, 0)
            throw AnalysisError.tooManyJoinMonths(
                months: months, members: scenario.members.count, fiscalYears: scenario.fiscalYears.count, fitting: fitting)
        }
        let standalone = try Engine.run(scenario, mode: .standalone, name: .standalone)

        func row(_ month: Month?) throws -> Row {
            let changed = try scenario.revised(by: .joining([index: month]))
            let computed = try CaseComparison(changed, standalone: standalone)
            let (comparison, summary) = (computed.comparison, computed.members[index])
            let avoided = changed.members[index].renewalsAvoided(first: firstMonth, last: lastMonth)
            return Row(
                month: month, memberSavings: summary.savings, memberNPV: summary.npvSavings, memberPayback: summary.paybackFiscalYear,
                groupSavings: comparison.group.savings, avoidedRenewals: avoided)
        }

        var rows = [try row(nil)]
        for serial in first.serial...last.serial {
            rows.append(try row(Month(serial: serial)))
            progress?(rows.count - 1, months)
        }
        self.rows = rows
        var best = 0
        for (position, candidate) in rows.enumerated() where candidate.memberNPV > rows[best].memberNPV { best = position }
        self.best = best
    }
}
