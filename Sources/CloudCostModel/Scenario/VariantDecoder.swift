import CostsimCore

extension ScenarioDecoder {
    /// Reads `variants`: each is the base scenario with its patch applied, validated as a whole.
    /// Problems the base scenario already has are not repeated for every variant.
    static func decodeVariants(_ list: JSONValue, base: JSONValue, decoded: Scenario?, baseIssues: Set<ValidationIssue>)
        -> ([ScenarioDocument.Variant], [ValidationIssue])
    {
        guard case .array(let items) = list else { return ([], []) }  // the type error is reported with the base
        let diagnostics = Diagnostics()
        var variants: [ScenarioDocument.Variant] = []
        var names: [String: Int] = [:]
        var baseWithoutVariants = base
        if case .object(var object) = base {
            object["variants"] = nil
            baseWithoutVariants = .object(object)
        }
        for (index, item) in items.enumerated() {
            let path = Path.index("variants", index)
            guard let reader = ObjectReader(item, path: path, allowedKeys: ["name", "patch"], diagnostics: diagnostics) else { continue }
            let name = reader.displayText("name", required: true, what: .variantName)
            if let name {
                if name.isEmpty || name == "standalone" || name == "plan" {
                    diagnostics.add(reader.path("name"), .reservedVariantName(quoted: quoted(name)))
                } else if let previous = names[name] {
                    diagnostics.add(reader.path("name"), .duplicateVariantName(quoted: quoted(name), previous: previous))
                }
                names[name] = index
            }
            guard let patch = reader.present("patch") else {
                reader.missing("patch", .patch)
                continue
            }
            guard case .object(let patchObject) = patch else {
                diagnostics.add(reader.path("patch"), .patchNotObject(found: JSONKind(patch)))
                continue
            }
            if patchObject["variants"] != nil {
                diagnostics.add(Path.key(reader.path("patch"), "variants"), .patchChangesVariants)
                continue
            }
            let (patched, problems) = MergePatch.applyToScenario(patch, to: baseWithoutVariants, path: reader.path("patch"))
            for problem in problems { diagnostics.add(problem.path, problem.problem) }
            let label = "\(path) (\(name ?? "?"))"
            let variantDiagnostics = Diagnostics()
            let scenario = decodeScenario(patched, diagnostics: variantDiagnostics, base: decoded.map { (base, $0) })
            for issue in variantDiagnostics.issues where !baseIssues.contains(issue) {
                diagnostics.add(issue.path.isEmpty ? label : "\(label) \(issue.path)", issue.problem)
            }
            if let scenario, let name, problems.isEmpty {
                variants.append(.init(name: name, scenario: scenario))
            }
        }
        return (variants, diagnostics.issues)
    }
}
