import CloudCostModel

extension Costsim {
    enum AnalysisFormat: String, CaseIterable { case table, json, html }

    /// The first line of a what-if table: the scenario's name and the unit (always yen).
    func heading(_ document: ScenarioDocument, _ language: Language) -> String {
        "\(document.scenario.name)  \(Labels.of(language).unit(DisplayUnit.yen.name(language)))"
    }

    /// The scenario of a case: the plan's, or a variant's.
    func scenario(of caseName: String, in document: ScenarioDocument, command: String) throws(UsageError) -> Scenario {
        if caseName == "plan" { return document.scenario }
        if let variant = document.variants.first(where: { $0.name == caseName }) { return variant.scenario }
        let names = ["plan"] + document.variants.map(\.name)
        throw UsageError(message: "--case: no case is called \"\(caseName)\"; the cases are \(names.joined(separator: ", "))", command: command)
    }

    /// A percentage option such as `--change 10` (10 %), read exactly.
    func percentage(_ parsed: Arguments, _ name: String, default value: String, command: String) throws(UsageError) -> ExactDecimal {
        let text = try parsed.single(name, command: command) ?? value
        guard let percent = ExactDecimal(jsonText: text.hasSuffix("%") ? String(text.dropLast()) : text),
              percent > .zero, percent < ExactDecimal(100), percent.millionths % 100 == 0 else {
            throw UsageError(message: "\(name) must be a percentage above 0 and below 100 with at most 4 decimal places, e.g. 10; got \"\(text)\"",
                             command: command)
        }
        return ExactDecimal(millionths: percent.millionths / 100)
    }

    /// What every what-if command reads first: its options (with `--format`, `--lang` and `--set`),
    /// the scenario FILE, the format (refusing html where the command has none) and the language.
    /// Nil when `--help` was asked for.
    func analysisArguments(_ arguments: [String], command: String, options: [String], html: Bool) throws(UsageError)
        -> (parsed: Arguments, file: String, format: AnalysisFormat, language: Language)? {
        let parsed = try Arguments(arguments, command: command, valued: options + ["--format", "--lang", "--set"], flags: [])
        if parsed.flags.contains("--help") { return nil }
        let file = try parsed.file(command: command)
        let format = try parsed.choice("--format", default: AnalysisFormat.table, command: command)
        if format == .html && !html { throw UsageError(message: "\(command) prints a table or json", command: command) }
        return (parsed, file, format, try parsed.choice("--lang", default: Language.ja, command: command))
    }

    func sensitivityCommand(_ arguments: [String]) throws -> String {
        let command = "sensitivity"
        guard let (parsed, file, format, language) = try analysisArguments(arguments, command: command,
                                                                             options: ["--case", "--change", "--growth-points"], html: true) else {
            return Help.sensitivity + "\n"
        }
        let change = try percentage(parsed, "--change", default: "10", command: command)
        let points = try percentage(parsed, "--growth-points", default: "0.5", command: command)
        let caseName = try parsed.single("--case", command: command) ?? "plan"
        let document = try loadScenario(file, parsed)
        let analysis = try Sensitivity(try scenario(of: caseName, in: document, command: command), caseName: caseName,
                                       change: change, growthPoints: points)
        let tables = AnalysisTables(language: language)
        switch format {
        case .json: return JSONWriter.write(tables.sensitivityJSON(analysis))
        case .table: return "\(heading(document, language))\n\n" + tables.sensitivity(analysis).text()
        case .html: return AnalysisPage.sensitivity(analysis, scenarioName: document.scenario.name, language: language)
        }
    }

    func timingCommand(_ arguments: [String]) throws -> String {
        let command = "timing"
        guard let (parsed, file, format, language) = try analysisArguments(arguments, command: command,
                                                                             options: ["--member", "--from", "--to"], html: false) else {
            return Help.timing + "\n"
        }
        guard let id = try parsed.single("--member", command: command) else {
            throw UsageError(message: "--member ID is required: the member whose join month is varied", command: command)
        }
        var bounds: [Month?] = []
        for name in ["--from", "--to"] {
            let text = try parsed.single(name, command: command)
            if let text, Month(text) == nil {
                throw UsageError(message: "\(name) must be a month \"YYYY-MM\"; got \"\(text)\"", command: command)
            }
            bounds.append(text.flatMap(Month.init))
        }
        if let from = bounds[0], let to = bounds[1], to < from {
            throw UsageError(message: "--to \(to) is before --from \(from)", command: command)
        }
        let document = try loadScenario(file, parsed)
        try checkMember(id, in: document.scenario, command: command)
        let timing = try JoinTiming(document.scenario, memberID: id, from: bounds[0], to: bounds[1])
        let tables = AnalysisTables(language: language)
        switch format {
        case .json: return JSONWriter.write(tables.timingJSON(timing))
        default: return "\(heading(document, language))\n\n" + tables.timing(timing).text()
        }
    }

    func fairnessCommand(_ arguments: [String]) throws -> String {
        let command = "fairness"
        guard let (parsed, file, format, language) = try analysisArguments(arguments, command: command,
                                                                             options: ["--case", "--samples", "--seed"], html: false) else {
            return Help.fairness + "\n"
        }
        let samples = try parsed.single("--samples", command: command).map { text throws(UsageError) -> Int in
            guard let value = Int(text), (2...1_000_000).contains(value) else {
                throw UsageError(message: "--samples must be a whole number from 2 to 1000000; got \"\(text)\"", command: command)
            }
            return value
        } ?? 1_000
        let seed = try parsed.single("--seed", command: command).map { text throws(UsageError) -> UInt64 in
            guard let value = UInt64(text) else { throw UsageError(message: "--seed must be a whole number; got \"\(text)\"", command: command) }
            return value
        } ?? 1
        let caseName = try parsed.single("--case", command: command) ?? "plan"
        let document = try loadScenario(file, parsed)
        let fairness = try Fairness(try scenario(of: caseName, in: document, command: command), caseName: caseName,
                                    permutations: samples, seed: seed)
        let tables = AnalysisTables(language: language)
        switch format {
        case .json: return JSONWriter.write(tables.fairnessJSON(fairness))
        default:
            return "\(heading(document, language))\n"
                + tables.fairness(fairness).map { "\n" + $0.text() }.joined()
        }
    }
}
