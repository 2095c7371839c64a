import CostsimCore

/// The month-by-month simulation of one case.
package enum Engine {
    package enum Mode: Sendable {
        /// Every member stays on its own system the whole period (joins ignored, no group fees).
        case standalone
        /// The scenario as written.
        case asWritten
    }

    package static func run(_ scenario: Scenario, mode: Mode, name: CaseName) throws(AmountOverflowError) -> CaseResult {
        let simulation = try simulate(scenario, mode: mode)
        let yearCount = scenario.fiscalYears.count
        let byMember = { (flat: [Int64], member: Int) in Array(flat[(member * yearCount)..<((member + 1) * yearCount)]) }
        let members = scenario.members.indices
        return CaseResult(
            name: name, fiscalYears: scenario.fiscalYears, members: scenario.members,
            figures: members.map { Array(simulation.figures[($0 * yearCount)..<(($0 + 1) * yearCount)]) },
            fees: scenario.group.fees.indices.map { fee in
                FeeLedger(
                    fee: scenario.group.fees[fee],
                    amounts: members.map { byMember(simulation.feeAmounts[fee], $0) },
                    subsidies: members.map { byMember(simulation.feeSubsidies[fee], $0) },
                    allocationTaxes: members.map { byMember(simulation.feeAllocationTaxes[fee], $0) },
                    parts: simulation.feeParts[fee].map { basis in members.map { byMember(basis, $0) } })
            })
    }

    /// The month-by-month simulation itself: every member's figures by fiscal year, without the fee
    /// ledgers a `CaseResult` keeps (what `schedule` needs of each of its thousands of schedules).
    static func simulate(_ scenario: Scenario, mode: Mode) throws(AmountOverflowError) -> Simulation {
        var simulation = Simulation(scenario: scenario, mode: mode)
        try simulation.chargeMembersOwnCosts()
        if mode == .asWritten { try simulation.chargeGroupFees() }
        try simulation.checkTotals()
        return simulation
    }
}
