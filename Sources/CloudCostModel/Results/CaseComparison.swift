import CostsimCore

/// One case of a scenario computed by the engine and compared with every member staying alone — what
/// `run` prints for a case. Every analysis (fairness, timing, sensitivity, risk, schedule) computes its
/// cases through this one pipeline, so that each of its figures is the figure `run` gives for that case.
package struct CaseComparison: Sendable {
    /// Every member on its own system the whole period.
    package let standalone: CaseResult
    /// The case as written.
    package let result: CaseResult
    /// `result` against `standalone`: savings, rates, payback and present values.
    package let comparison: Comparison
    /// Each member's part of `comparison`, indexed like the members: all of them are compared.
    package let members: [SavingsSummary]

    /// - Parameters:
    ///   - scenario: the case's scenario: the plan, a variant's, or one an analysis revised.
    ///   - name: the case's name, as the results show it.
    ///   - standalone: staying alone, when the caller has it already for a scenario of the same
    ///     members and period (staying alone depends on nothing else), so that an analysis of many
    ///     cases computes it once.
    package init(_ scenario: Scenario, name: CaseName = .plan, standalone known: CaseResult? = nil) throws(AmountOverflowError) {
        let standalone: CaseResult
        if let known {
            standalone = known
        } else {
            standalone = try Engine.run(scenario, mode: .standalone, name: .standalone)
        }
        let result = try Engine.run(scenario, mode: .asWritten, name: name)
        self.standalone = standalone
        self.result = result
        members = try Comparison.memberSummaries(standalone: standalone, case: result, discountRate: scenario.discountRate)
        comparison = try Comparison(standalone: standalone, case: result, members: members, discountRate: scenario.discountRate)
    }
}
