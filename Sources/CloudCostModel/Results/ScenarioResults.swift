import CostsimCore

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
    /// The plan compared with staying alone (or with `against`).
    public let planComparison: Comparison
    /// The case every other is compared with, when not staying alone (`run --against`).
    public let against: CaseResult?

    /// - Parameter against: compare every case with this one instead of with staying alone: the
    ///   members both have (matched by id) and the two groups as they are; its period must be theirs.
    public init(_ document: ScenarioDocument, against: CaseName? = nil) throws {
        self.document = document
        let base = document.scenario
        guard let against, against != .standalone else {
            // Compared with staying alone: the one pipeline every analysis uses.
            let planned = try CaseComparison(base)
            standalone = planned.standalone
            plan = planned.result
            self.against = nil
            planComparison = planned.comparison
            return
        }
        // Compared with another case: staying alone is still shown, but nothing is compared with it.
        standalone = try Engine.run(base, mode: .standalone, name: .standalone)
        plan = try Engine.run(base, mode: .asWritten, name: .plan)
        let baseline: CaseResult
        switch against {
        case .standalone:
            baseline = standalone
        case .plan:
            baseline = plan
        case .variant(let name):
            guard let variant = document.variants.first(where: { $0.name == name }) else {
                let names = [CaseName.standalone, .plan] + document.variants.map { CaseName.variant($0.name) }
                throw AnalysisError.noSuchCase(quoted: Echo.quoted(name), cases: names.map(\.text))
            }
            baseline = try Engine.run(variant.scenario, mode: .asWritten, name: .variant(name))
        }
        self.against = baseline
        planComparison = try Self.compare(plan, with: baseline, discountRate: base.discountRate)
    }

    /// `result` compared with the `against` case, whose period must be the same: the members both
    /// have, matched by id, and the two groups as they are.
    static func compare(_ result: CaseResult, with baseline: CaseResult, discountRate: ExactDecimal) throws -> Comparison {
        guard baseline.fiscalYears == result.fiscalYears else {
            throw AnalysisError.notComparable(quotedCase: Echo.quoted(result.name.text), quotedBaseline: Echo.quoted(baseline.name.text))
        }
        return try Comparison(against: baseline, case: result, discountRate: discountRate)
    }

    package var scenario: Scenario { document.scenario }

    /// `standalone`, `plan`, then the variants in file order.
    public var caseNames: [CaseName] { [.standalone, .plan] + document.variants.map { .variant($0.name) } }

    /// A variant's case, its comparison with its own standalone case, and the case held to its
    /// reduction target (when it has one).
    func compute(_ variant: ScenarioDocument.Variant, withTarget: Bool = false) throws -> (CaseResult, Comparison, TargetResult?) {
        let base = document.scenario
        let scenario = variant.scenario
        // Staying alone depends only on the members and the period: reuse it when a variant keeps those.
        let keepsStandalone = scenario.members == base.members && scenario.fiscalYears == base.fiscalYears
        if let against {
            let result = try Engine.run(scenario, mode: .asWritten, name: .variant(variant.name))
            let comparison = try Self.compare(result, with: against, discountRate: scenario.discountRate)
            guard withTarget, let target = scenario.target else { return (result, comparison, nil) }
            let own = keepsStandalone ? standalone : try Engine.run(scenario, mode: .standalone, name: .standalone)
            return (result, comparison, try TargetResult(target, case: result, standalone: own))
        }
        let computed = try CaseComparison(scenario, name: .variant(variant.name), standalone: keepsStandalone ? standalone : nil)
        guard withTarget, let target = scenario.target else { return (computed.result, computed.comparison, nil) }
        return (computed.result, computed.comparison, try TargetResult(target, case: computed.result, standalone: computed.standalone))
    }

    /// Every case in order, as `forEachCase`, with the case held to its reduction target (nil where
    /// its scenario states none).
    package func forEachCaseWithTarget(_ body: (CaseResult, Comparison?, TargetResult?) throws -> Void) throws {
        let target = scenario.target
        try body(standalone, nil, try target.map { target throws in try TargetResult(target, case: standalone, standalone: standalone) })
        try body(plan, planComparison, try target.map { target throws in try TargetResult(target, case: plan, standalone: standalone) })
        for variant in document.variants {
            let (result, comparison, held) = try compute(variant, withTarget: true)
            try body(result, comparison, held)
        }
    }

    /// Whether any case is held to a reduction target: the scenario's, or a variant's own.
    public var hasTarget: Bool { scenario.target != nil || document.variants.contains { $0.scenario.target != nil } }

    /// Every case in order — standalone (no comparison), the plan, each variant — handed to `body`
    /// one at a time; a variant's figures are let go once `body` returns.
    public func forEachCase(_ body: (CaseResult, Comparison?) throws -> Void) throws {
        try body(standalone, nil)
        try body(plan, planComparison)
        for variant in document.variants {
            let (result, comparison, _) = try compute(variant)
            try body(result, comparison)
        }
    }

    /// The case called `name`, computed if it is a variant; nil when there is none of that name.
    public func result(named name: CaseName) throws -> (result: CaseResult, comparison: Comparison?)? {
        switch name {
        case .standalone: return (standalone, nil)
        case .plan: return (plan, planComparison)
        case .variant(let variantName):
            guard let variant = document.variants.first(where: { $0.name == variantName }) else { return nil }
            let (result, comparison, _) = try compute(variant)
            return (result, comparison)
        }
    }

    /// Every case at once (for small scenarios and tests; `forEachCase` holds one variant at a time).
    package func allCases() throws -> [CaseResult] {
        var cases: [CaseResult] = []
        try forEachCase { result, _ in cases.append(result) }
        return cases
    }

    /// Every comparison at once, the plan's first.
    package func allComparisons() throws -> [Comparison] {
        var comparisons: [Comparison] = []
        try forEachCase { _, comparison in if let comparison { comparisons.append(comparison) } }
        return comparisons
    }
}
