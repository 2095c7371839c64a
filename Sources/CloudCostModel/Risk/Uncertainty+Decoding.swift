import CostsimCore

extension Uncertainty {
    static let keys = [
        "fx", "fxEachYear", "fees", "governmentCloud", "populationGrowth", "staffCost", "joinCost", "joinDelay", "joinDelayMembers",
        "sources",
    ]

    /// The largest multiplier: 100 times the amount as written.
    static let maximumMultiplier = ExactDecimal(100)

    /// Reads `uncertainty`; nil (with the problems recorded) when it is not valid. `feeLabels` and
    /// `memberIDs` are the scenario's, which the block must name.
    static func decode(_ top: ObjectReader, feeLabels: [String], memberIDs: [String]) -> Uncertainty? {
        guard let reader = top.nested("uncertainty", allowedKeys: keys) else { return nil }
        let diagnostics = top.diagnostics
        let before = diagnostics.issues.count
        let multiplier = ExactDecimal.zero...maximumMultiplier
        let fx = distribution(reader, "fx", range: ExactDecimal(millionths: 1)...ExactDecimal(Limits.exchangeRate))
        var eachYear = false
        if let value = reader.present("fxEachYear") {
            if case .bool(let flag) = value {
                eachYear = flag
            } else {
                diagnostics.add(reader.path("fxEachYear"), .notOneOf(options: ["true", "false"], found: JSONKind(value), text: nil))
            }
        }
        // A fee by its label: a label the group does not have is an unknown key, with the nearest label.
        var fees: [FeeUncertainty] = []
        if let feesReader = reader.nested("fees", allowedKeys: feeLabels) {
            for label in feesReader.object.keys where feeLabels.contains(label) {
                if let value = distribution(feesReader, label, range: multiplier) {
                    fees.append(FeeUncertainty(label: label, multiplier: value))
                }
            }
        }
        let cloud = distribution(reader, "governmentCloud", range: multiplier)
        let growth = distribution(reader, "populationGrowth", range: ExactDecimal(millionths: -500_000)...ExactDecimal(millionths: 500_000))
        let staff = distribution(reader, "staffCost", range: multiplier)
        let join = distribution(reader, "joinCost", range: multiplier)
        let delay = distribution(reader, "joinDelay", range: .zero...ExactDecimal(120), wholeNumbers: true)
        var delayMembers: [String]?
        if let items = reader.list("joinDelayMembers", required: false, what: .feeMembers) {
            delayMembers = []
            for (index, item) in items.enumerated() {
                let path = FieldPath(Path.index(reader.path("joinDelayMembers"), index))
                guard let id = ObjectReader.string(item, path: path, diagnostics: diagnostics, what: .representativeID) else { continue }
                if !memberIDs.contains(id) {
                    diagnostics.add(
                        path.text, .unknownFeeMember(quoted: quoted(id), suggestion: KeySuggestion.closest(to: id, among: memberIDs)))
                }
                delayMembers?.append(id)
            }
        }
        var sources: [String] = []
        for (index, item) in (reader.list("sources", required: false, what: .text) ?? []).enumerated() {
            let path = FieldPath(Path.index(reader.path("sources"), index))
            guard let text = ObjectReader.string(item, path: path, diagnostics: diagnostics) else { continue }
            if let problem = DisplayText.problem(with: text, limit: 1_000) {  // a sentence citing a source, not a name
                diagnostics.add(path.text, problem)
            } else {
                sources.append(text)
            }
        }
        guard diagnostics.issues.count == before else { return nil }
        return Uncertainty(
            fx: fx, fxEachYear: eachYear, fees: fees, governmentCloud: cloud, populationGrowth: growth, staffCost: staff,
            joinCost: join, joinDelay: delay, joinDelayMembers: delayMembers, sources: sources)
    }

    /// A distribution under `key`: `{"triangular": [low, mode, high]}`, `{"uniform": [low, high]}` or
    /// `{"discrete": {"values": […], "weights": […]}}`, its values within `range`.
    static func distribution(_ reader: ObjectReader, _ key: String, range: ClosedRange<ExactDecimal>, wholeNumbers: Bool = false)
        -> Distribution?
    {
        guard reader.has(key) else { return nil }
        let diagnostics = reader.diagnostics
        guard let body = reader.nested(key, allowedKeys: ["triangular", "uniform", "discrete"]) else { return nil }
        let kinds = ["triangular", "uniform", "discrete"].filter { body.has($0) }
        guard kinds.count == 1 else {
            diagnostics.add(body.path, kinds.isEmpty ? .noDistribution : .severalDistributions(kinds))
            return nil
        }
        func numbers(_ key: String, _ reader: ObjectReader, count: Int?) -> [ExactDecimal]? {
            guard let items = reader.list(key, required: true, what: .distributionValues) else { return nil }
            if let count, items.count != count {
                diagnostics.add(reader.path(key), .distributionArity(kind: key, count: count, found: items.count))
                return nil
            }
            var values: [ExactDecimal] = []
            for (index, item) in items.enumerated() {
                let path = FieldPath(Path.index(reader.path(key), index))
                guard let value = ObjectReader.decimal(item, path: path, diagnostics: diagnostics, what: .distributionValue, range: range)
                else { return nil }
                if wholeNumbers && value.integerValue == nil {
                    diagnostics.add(path.text, .notWhole(number: "\(value)", .overlapMonths))
                    return nil
                }
                values.append(value)
            }
            return values
        }
        switch kinds[0] {
        case "triangular":
            guard let values = numbers("triangular", body, count: 3) else { return nil }
            guard values[0] <= values[1] && values[1] <= values[2] else {
                diagnostics.add(body.path("triangular"), .triangleOrder)
                return nil
            }
            return .triangular(low: values[0], mode: values[1], high: values[2])
        case "uniform":
            guard let values = numbers("uniform", body, count: 2) else { return nil }
            guard values[0] <= values[1] else {
                diagnostics.add(body.path("uniform"), .uniformOrder)
                return nil
            }
            return .uniform(low: values[0], high: values[1])
        default:
            guard let discrete = body.nested("discrete", allowedKeys: ["values", "weights"], required: .distributionValues),
                let values = numbers("values", discrete, count: nil)
            else { return nil }
            guard let weights = discrete.list("weights", required: true, what: .distributionValues) else { return nil }
            var parsed: [ExactDecimal] = []
            for (index, item) in weights.enumerated() {
                let path = FieldPath(Path.index(discrete.path("weights"), index))
                guard
                    let weight = ObjectReader.decimal(
                        item, path: path, diagnostics: diagnostics, what: .weight, range: .zero...ExactDecimal.one)
                else { return nil }
                parsed.append(weight)
            }
            guard !values.isEmpty, parsed.count == values.count else {
                diagnostics.add(discrete.path("weights"), .weightsCount(values: values.count, weights: parsed.count))
                return nil
            }
            let sum = parsed.reduce(ExactDecimal.zero, +)
            guard sum == .one else {
                diagnostics.add(discrete.path("weights"), .weightsSum(sum: "\(sum)"))
                return nil
            }
            return .discrete(values: values, weights: parsed)
        }
    }
}
