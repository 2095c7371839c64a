/// Every case of a scenario file, computed: `standalone`, `plan`, then each variant, with each
/// case after `standalone` compared with the standalone case of its own scenario.
public struct ScenarioResults: Sendable {
    public var document: ScenarioDocument
    /// `standalone`, `plan`, then the variants in file order.
    public var cases: [CaseResult]
    /// One per case after `standalone`, in the same order.
    public var comparisons: [Comparison]

    public init(_ document: ScenarioDocument) throws(AmountOverflowError) {
        self.document = document
        let base = document.scenario
        let standalone = try Engine.run(base, mode: .standalone, name: "standalone")
        let plan = try Engine.run(base, mode: .asWritten, name: "plan")
        cases = [standalone, plan]
        comparisons = [try Comparison(standalone: standalone, case: plan, discountRate: base.discountRate)]
        for variant in document.variants {
            // Staying alone depends only on the members and the period: reuse it when a variant keeps those.
            let own = variant.scenario.members == base.members && variant.scenario.fiscalYears == base.fiscalYears
                ? standalone : try Engine.run(variant.scenario, mode: .standalone, name: "standalone")
            let result = try Engine.run(variant.scenario, mode: .asWritten, name: variant.name)
            cases.append(result)
            comparisons.append(try Comparison(standalone: own, case: result, discountRate: variant.scenario.discountRate))
        }
    }

    public var scenario: Scenario { document.scenario }

    /// The case called `name` (`standalone`, `plan` or a variant's name).
    public func result(named name: String) -> CaseResult? { cases.first { $0.name == name } }

    public var caseNames: [String] { cases.map(\.name) }
}
