import CostsimCore

extension ScenarioDecoder {
    static let targetKeys = ["baselineFiscalYear", "fiscalYear", "reduction", "categories"]

    /// Reads `target` (MODEL.md, "The reduction target"); nil when it is absent or wrong (the
    /// problems are recorded). `fiscalYear` must lie within `years`, and after the baseline year.
    static func decodeTarget(_ top: ObjectReader, years: ClosedRange<Int>?) -> ReductionTarget? {
        guard let reader = top.nested("target", allowedKeys: targetKeys) else { return nil }
        let diagnostics = top.diagnostics
        let before = diagnostics.issues.count
        let baselineYear =
            reader.integer("baselineFiscalYear", what: .baselineFiscalYear, range: 1900...2199).map(Int.init)
            ?? ReductionTarget.defaultBaselineFiscalYear
        let fiscalYear = reader.integer("fiscalYear", required: true, what: .targetFiscalYear, range: 1900...2199).map(Int.init)
        if let fiscalYear, let years, !years.contains(fiscalYear) {
            diagnostics.add(
                reader.path("fiscalYear"), .targetYearOutsidePeriod(year: fiscalYear, from: years.lowerBound, to: years.upperBound))
        } else if let fiscalYear, fiscalYear <= baselineYear {
            diagnostics.add(reader.path("fiscalYear"), .targetNotAfterBaseline(fiscalYear: fiscalYear, baseline: baselineYear))
        }
        let reduction =
            reader.decimal("reduction", what: .reduction, range: .zero...ExactDecimal.one) ?? ReductionTarget.defaultReduction
        var categories = ReductionTarget.defaultCategories
        if let items = reader.list("categories", required: false, what: .costCategories) {
            categories = []
            if items.isEmpty { diagnostics.add(reader.path("categories"), .noCategories) }
            for (index, item) in items.enumerated() {
                let path = Path.index(reader.path("categories"), index)
                guard case .string(let text) = item, let category = CostCategory(rawValue: text) else {
                    diagnostics.add(
                        path,
                        .notOneOf(options: CostCategory.allCases.map(\.rawValue), found: JSONKind(item), text: ObjectReader.show(item)))
                    continue
                }
                if categories.contains(category) {
                    diagnostics.add(path, .duplicateCategory(quoted: quoted(text)))
                    continue
                }
                categories.append(category)
            }
        }
        guard diagnostics.issues.count == before, let fiscalYear else { return nil }
        return ReductionTarget(baselineFiscalYear: baselineYear, fiscalYear: fiscalYear, reduction: reduction, categories: categories)
    }

    /// A member's `baseline` as read, before its population is known.
    enum BaselineDraft {
        case absent
        case settled(Int64)
        case estimated(BandEstimate)

        /// The baseline; an estimate is made for `population` (the member's in the first fiscal year).
        func baseline(population: Int64) -> Baseline? {
            switch self {
            case .absent: return nil
            case .settled(let amount): return .settled(amount)
            case .estimated(let estimate): return .estimated(min(estimate.annualCost(population: population), Limits.amount), estimate)
            }
        }
    }

    /// `baseline`: yen (the 決算), `{"estimate": "band"}` (the survey's 推計), or 未入力 (not known
    /// yet, with a warning: then it is as if absent).
    static func decodeBaseline(_ reader: ObjectReader) -> BaselineDraft {
        guard let value = reader.present("baseline"), !reader.placeholder("baseline") else { return .absent }
        if let estimate = estimate(value, path: reader.path("baseline"), diagnostics: reader.diagnostics) {
            return estimate.map(BaselineDraft.estimated) ?? .absent
        }
        return reader.yen("baseline", what: .baselineCost).map(BaselineDraft.settled) ?? .absent
    }

    /// Every member needs a baseline the target can use: written, or the stand-alone figure of a
    /// baseline year within the period. A baseline with no target to use it is said (a warning), not
    /// silently dropped.
    static func checkBaselines(_ members: [Member], target: ReductionTarget?, years: ClosedRange<Int>, diagnostics: Diagnostics) {
        for (index, member) in members.enumerated() {
            let path = Path.key(Path.index("members", index), "baseline")
            guard let target else {
                if member.baseline != nil { diagnostics.warn(path, .baselineWithoutTarget) }
                continue
            }
            if member.baseline == nil && !years.contains(target.baselineFiscalYear) {
                diagnostics.add(
                    path, .baselineRequired(fiscalYear: target.baselineFiscalYear, from: years.lowerBound, to: years.upperBound))
            }
        }
    }
}
