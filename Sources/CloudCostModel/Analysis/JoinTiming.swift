/// When should a member join? Its savings and present value for each possible join month, all else
/// as in the plan.
public struct JoinTiming: Sendable {
    public struct Row: Sendable {
        /// The join month; nil for "never joins", the reference row.
        public var month: Month?
        public var memberSavings: Int64
        public var memberNPV: Int64
        public var memberPayback: Int?
        public var groupSavings: Int64
        /// Standalone renewals the member no longer pays by joining that month.
        public var avoidedRenewals: [Renewal]
    }

    public var member: Member
    public var rows: [Row]
    /// The index in `rows` of the join month with the largest present value of the member's savings
    /// (the earliest of equals).
    public var best: Int

    /// Join months from `from` to `to` (both included; by default the whole period), up to the
    /// month before the member leaves, if it does.
    public init(_ scenario: Scenario, memberID: String, from: Month? = nil, to: Month? = nil) throws(AmountOverflowError) {
        guard let index = scenario.members.firstIndex(where: { $0.id == memberID }) else {
            preconditionFailure("the member id is checked by the caller")
        }
        let member = scenario.members[index]
        self.member = member
        let months = scenario.months
        let first = max(from ?? months.first!, months.first!)
        var last = min(to ?? months.last!, months.last!)
        if let leaves = member.leaves { last = min(last, leaves.adding(months: -1)) }
        let standalone = try Engine.run(scenario, mode: .standalone, name: "standalone")

        func row(_ month: Month?) throws(AmountOverflowError) -> Row {
            var changed = scenario
            changed.members[index].joins = month
            if month == nil { changed.members[index].leaves = nil }
            let result = try Engine.run(changed, mode: .asWritten, name: "plan")
            let comparison = try Comparison(standalone: standalone, case: result, discountRate: scenario.discountRate)
            let summary = comparison.members[index]
            let avoided = month.map { joins in
                member.standalone.renewals.filter { renewal in
                    renewal.month >= joins && renewal.month >= months.first! && renewal.month <= months.last!
                        && (member.leaves.map { renewal.month < $0 } ?? true)
                }
            } ?? []
            return Row(month: month, memberSavings: summary.savings, memberNPV: summary.npvSavings, memberPayback: summary.paybackFiscalYear,
                       groupSavings: comparison.group.savings, avoidedRenewals: avoided)
        }

        var rows = [try row(nil)]
        if first <= last {
            for serial in first.serial...last.serial { rows.append(try row(Month(serial: serial))) }
        }
        self.rows = rows
        var best = rows.count > 1 ? 1 : 0
        for (position, candidate) in rows.enumerated().dropFirst() where candidate.memberNPV > rows[best].memberNPV { best = position }
        self.best = best
    }
}
