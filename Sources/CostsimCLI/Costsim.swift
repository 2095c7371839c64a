import CloudCostModel

/// The costsim command line, as a function from arguments to output and exit status, so that
/// tests can run it without starting a process.
public struct Costsim {
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    var readStandardInput: () -> [UInt8]

    public init(readStandardInput: @escaping () -> [UInt8] = { [] }) {
        self.readStandardInput = readStandardInput
    }

    /// Runs a command line (without the program name).
    public func run(_ arguments: [String]) -> Outcome {
        do {
            return Outcome(status: 0, standardOutput: try dispatch(arguments), standardError: "")
        } catch let error as UsageError {
            let hint = error.command.map { "Run 'costsim \($0) --help' for its usage." } ?? "Run 'costsim --help' for usage."
            return Outcome(status: 2, standardOutput: "", standardError: "costsim: \(error.message)\n\(hint)\n")
        } catch let error as InputError {
            return Outcome(status: 1, standardOutput: "", standardError: "costsim: \(error.message)\n")
        } catch let error as AmountOverflowError {
            return Outcome(status: 1, standardOutput: "", standardError: "costsim: \(error)\n")
        } catch {
            return Outcome(status: 1, standardOutput: "", standardError: "costsim: \(error)\n")
        }
    }

    func dispatch(_ arguments: [String]) throws -> String {
        guard let command = arguments.first else { throw UsageError(message: "missing a command", command: nil) }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "--help", "-h", "help": return Help.overview + "\n"
        case "run": return try runCommand(rest)
        case "apportion": return try apportionCommand(rest)
        case "validate": return try validateCommand(rest)
        case "report": return try reportCommand(rest)
        case "sensitivity": return try sensitivityCommand(rest)
        case "timing": return try timingCommand(rest)
        case "fairness": return try fairnessCommand(rest)
        default:
            var message = "unknown command \"\(command)\""
            if let close = KeySuggestion.closest(to: command, among: ["run", "apportion", "validate", "report", "sensitivity", "timing", "fairness"]) {
                message += "; did you mean \(close)?"
            }
            throw UsageError(message: message, command: nil)
        }
    }

    enum RunFormat: String, CaseIterable { case table, json, csv, markdown, html }
    enum ApportionFormat: String, CaseIterable { case table, json, csv, markdown }
    enum CSVTable: String, CaseIterable { case costs, comparison }

    func runCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "run",
                                   valued: ["--format", "--member", "--lang", "--unit", "--table", "--fiscal-year", "--set"], flags: [])
        if parsed.flags.contains("--help") { return Help.run + "\n" }
        let file = try parsed.file(command: "run")
        let format = try parsed.choice("--format", default: RunFormat.table, command: "run")
        let language = try parsed.choice("--lang", default: Language.ja, command: "run")
        let unit = try parsed.choice("--unit", default: format == .html || format == .markdown ? DisplayUnit.thousand : .yen, command: "run")
        let csvTable = try parsed.choice("--table", default: CSVTable.costs, command: "run")
        if parsed.options["--table"] != nil && format != .csv {
            throw UsageError(message: "--table goes with --format csv", command: "run")
        }
        if format == .csv && unit != .yen {
            throw UsageError(message: "CSV is always in exact yen, for Excel to compute with; --unit goes with table, markdown or html", command: "run")
        }
        if format == .json && parsed.options["--unit"] != nil {
            throw UsageError(message: "JSON is always in exact yen; --unit goes with table, markdown or html", command: "run")
        }
        let year = try fiscalYear(parsed, command: "run", required: false)
        if year != nil && format != .html && format != .markdown {
            throw UsageError(message: "--fiscal-year (the year of the apportionment table) goes with --format markdown or html", command: "run")
        }
        let document = try loadScenario(file, parsed)
        let memberIDs = parsed.options["--member"] ?? []
        for id in memberIDs { try checkMember(id, in: document.scenario, command: "run") }
        try check(year, in: document.scenario, command: "run")
        let results = try ScenarioResults(document)
        switch format {
        case .json: return ResultJSON.result(results)
        case .table: return try RunReport(results: results, language: language, unit: unit, memberIDs: memberIDs).render()
        case .csv:
            let export = CSVExport(results: results, language: language)
            return csvTable == .costs ? export.costs() : export.comparison()
        case .markdown: return try ReportDocument(results: results, language: language, unit: unit, apportionmentYear: year).markdown()
        case .html: return try ReportDocument(results: results, language: language, unit: unit, apportionmentYear: year).html()
        }
    }

    /// Reads the scenario FILE with the command line's `--set` changes applied.
    func loadScenario(_ file: String, _ parsed: Arguments) throws(InputError) -> ScenarioDocument {
        try ScenarioFile.load(file, overrides: parsed.options["--set"] ?? [], standardInput: readStandardInput)
    }

    /// `--member ID` must name a member of the scenario.
    func checkMember(_ id: String, in scenario: Scenario, command: String) throws(UsageError) {
        let ids = scenario.members.map(\.id)
        guard !ids.contains(id) else { return }
        var message = "--member: no member has the id \"\(id)\""
        if let close = KeySuggestion.closest(to: id, among: ids) { message += "; did you mean \(close)?" }
        throw UsageError(message: message + " (ids: \(ids.joined(separator: ", ")))", command: command)
    }

    /// `--fiscal-year Y` as a number (read before the file, so that a typo is a usage error at once).
    func fiscalYear(_ parsed: Arguments, command: String, required: Bool) throws(UsageError) -> Int? {
        guard let text = try parsed.single("--fiscal-year", command: command) else {
            if required { throw UsageError(message: "--fiscal-year Y is required", command: command) }
            return nil
        }
        guard let year = Int(text) else {
            throw UsageError(message: "--fiscal-year must be a year such as 2020; got \"\(text)\"", command: command)
        }
        return year
    }

    /// Checks a `--fiscal-year` against the scenario's period.
    func check(_ year: Int?, in scenario: Scenario, command: String) throws(UsageError) {
        let years = scenario.fiscalYears
        if let year, !years.contains(year) {
            throw UsageError(message: "--fiscal-year \(year) is outside the scenario's period, \(years.lowerBound)–\(years.upperBound)",
                             command: command)
        }
    }

    func apportionCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "apportion",
                                   valued: ["--fiscal-year", "--case", "--format", "--lang", "--unit", "--set"], flags: [])
        if parsed.flags.contains("--help") { return Help.apportion + "\n" }
        let file = try parsed.file(command: "apportion")
        let year = try fiscalYear(parsed, command: "apportion", required: true)!
        let format = try parsed.choice("--format", default: ApportionFormat.table, command: "apportion")
        let language = try parsed.choice("--lang", default: Language.ja, command: "apportion")
        let unit = try parsed.choice("--unit", default: DisplayUnit.yen, command: "apportion")
        if (format == .csv || format == .json) && unit != .yen {
            throw UsageError(message: "\(format.rawValue) is always in exact yen; --unit goes with table or markdown", command: "apportion")
        }
        let caseName = try parsed.single("--case", command: "apportion") ?? "plan"
        let document = try loadScenario(file, parsed)
        try check(year, in: document.scenario, command: "apportion")
        let results = try ScenarioResults(document)
        guard let result = results.result(named: caseName) else {
            throw UsageError(message: "--case: no case is called \"\(caseName)\"; the cases are \(results.caseNames.joined(separator: ", "))",
                             command: "apportion")
        }
        guard let table = try ApportionmentTable(result, fiscalYear: year) else {
            throw UsageError(message: "--fiscal-year \(year) is outside the period of the case \(caseName)", command: "apportion")
        }
        switch format {
        case .json: return JSONWriter.write(ResultJSON.apportionment(table))
        case .csv: return CSVExport.apportionment(table, language: language)
        case .table: return ApportionmentReport(results: results, apportionment: table, language: language, unit: unit).render()
        case .markdown:
            let tables = ReportTables(results: results, language: language, unit: unit)
            return "# \(results.scenario.name)\n\n\(tables.unitLine)\n\n" + tables.apportionment(table).markdown()
        }
    }

    func validateCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "validate", valued: ["--set"], flags: [])
        if parsed.flags.contains("--help") { return Help.validate + "\n" }
        let file = try parsed.file(command: "validate")
        let document = try loadScenario(file, parsed)
        // A valid file must also compute: figures beyond 64-bit yen are reported here too.
        _ = try ScenarioResults(document)
        return "OK\n"
    }
}
