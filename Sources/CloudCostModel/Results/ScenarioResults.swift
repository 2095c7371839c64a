/// Every case of a scenario file: `standalone`, `plan`, then each variant, with each case after
/// `standalone` compared with the standalone case of its own scenario.
///
/// The standalone case and the plan are computed at once; a variant only when it is asked for, and
/// `forEachCase` hands the cases over one at a time, so that a run over a thousand variants holds one
/// variant's figures at a time rather than all of them.
public struct ScenarioResults: Sendable {
    public let document: ScenarioDocument
    public let standalone: CaseResult
    public let plan: CaseResult
    /// The plan compared with staying alone.
    public let planComparison: Comparison

    public init(_ document: ScenarioDocument) throws(AmountOverflowError) {
        self.document = document
        let base = document.scenario
        standalone = try Engine.run(base, mode: .standalone, name: CaseName.standalone.text)
        plan = try Engine.run(base, mode: .asWritten, name: CaseName.plan.text)
        planComparison = try Comparison(standalone: standalone, case: plan, discountRate: base.discountRate)
    }

    public var scenario: Scenario { document.scenario }

    /// `standalone`, `plan`, then the variants in file order.
    public var caseNames: [CaseName] { [.standalone, .plan] + document.variants.map { .variant($0.name) } }

    /// A variant's case and its comparison with its own standalone case.
    func compute(_ variant: ScenarioDocument.Variant) throws(AmountOverflowError) -> (CaseResult, Comparison) {
        let base = document.scenario
        // Staying alone depends only on the members and the period: reuse it when a variant keeps those.
        let own =
            variant.scenario.members == base.members && variant.scenario.fiscalYears == base.fiscalYears
            ? standalone : try Engine.run(variant.scenario, mode: .standalone, name: CaseName.standalone.text)
        let result = try Engine.run(variant.scenario, mode: .asWritten, name: variant.name)
        return (result, try Comparison(standalone: own, case: result, discountRate: variant.scenario.discountRate))
    }

    /// Every case in order — standalone (no comparison), the plan, each variant — handed to `body`
    /// one at a time; a variant's figures are let go once `body` returns.
    public func forEachCase(_ body: (CaseResult, Comparison?) throws -> Void) throws {
        try body(standalone, nil)
        try body(plan, planComparison)
        for variant in document.variants {
            let (result, comparison) = try compute(variant)
            try body(result, comparison)
        }
    }

    /// The case called `name`, computed if it is a variant; nil when there is none of that name.
    public func result(named name: CaseName) throws(AmountOverflowError) -> (result: CaseResult, comparison: Comparison?)? {
        switch name {
        case .standalone: return (standalone, nil)
        case .plan: return (plan, planComparison)
        case .variant(let variantName):
            guard let variant = document.variants.first(where: { $0.name == variantName }) else { return nil }
            let (result, comparison) = try compute(variant)
            return (result, comparison)
        }
    }

    /// Every case at once (for small scenarios and tests; `forEachCase` holds one variant at a time).
    public func allCases() throws -> [CaseResult] {
        var cases: [CaseResult] = []
        try forEachCase { result, _ in cases.append(result) }
        return cases
    }

    /// Every comparison at once, the plan's first.
    public func allComparisons() throws -> [Comparison] {
        var comparisons: [Comparison] = []
        try forEachCase { _, comparison in if let comparison { comparisons.append(comparison) } }
        return comparisons
    }
}
