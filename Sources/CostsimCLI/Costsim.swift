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
        default:
            var message = "unknown command \"\(command)\""
            if let close = KeySuggestion.closest(to: command, among: ["run", "apportion", "validate"]) {
                message += "; did you mean \(close)?"
            }
            throw UsageError(message: message, command: nil)
        }
    }

    enum Format: String, CaseIterable { case table, json }

    func runCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "run", valued: ["--format", "--member", "--lang"], flags: [])
        if parsed.flags.contains("--help") { return Help.run + "\n" }
        let file = try parsed.file(command: "run")
        let format = try parsed.choice("--format", default: Format.table, command: "run")
        let language = try parsed.choice("--lang", default: Language.ja, command: "run")
        let document = try ScenarioFile.load(file, standardInput: readStandardInput)
        let memberIDs = parsed.options["--member"] ?? []
        let ids = document.scenario.members.map(\.id)
        for id in memberIDs where !ids.contains(id) {
            var message = "--member: no member has the id \"\(id)\""
            if let close = KeySuggestion.closest(to: id, among: ids) { message += "; did you mean \(close)?" }
            throw UsageError(message: message + " (ids: \(ids.joined(separator: ", ")))", command: "run")
        }
        let results = try ScenarioResults(document)
        switch format {
        case .json: return JSONWriter.write(ResultJSON.result(results))
        case .table: return try RunReport(results: results, language: language, memberIDs: memberIDs).render()
        }
    }

    func apportionCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "apportion", valued: ["--fiscal-year", "--case", "--format", "--lang"], flags: [])
        if parsed.flags.contains("--help") { return Help.apportion + "\n" }
        let file = try parsed.file(command: "apportion")
        guard let yearText = try parsed.single("--fiscal-year", command: "apportion") else {
            throw UsageError(message: "--fiscal-year Y is required", command: "apportion")
        }
        guard let year = Int(yearText) else {
            throw UsageError(message: "--fiscal-year must be a year such as 2020; got \"\(yearText)\"", command: "apportion")
        }
        let format = try parsed.choice("--format", default: Format.table, command: "apportion")
        let language = try parsed.choice("--lang", default: Language.ja, command: "apportion")
        let caseName = try parsed.single("--case", command: "apportion") ?? "plan"
        let document = try ScenarioFile.load(file, standardInput: readStandardInput)
        let years = document.scenario.fiscalYears
        guard years.contains(year) else {
            throw UsageError(message: "--fiscal-year \(year) is outside the scenario's period, \(years.lowerBound)–\(years.upperBound)",
                             command: "apportion")
        }
        let results = try ScenarioResults(document)
        guard let result = results.result(named: caseName) else {
            throw UsageError(message: "--case: no case is called \"\(caseName)\"; the cases are \(results.caseNames.joined(separator: ", "))",
                             command: "apportion")
        }
        guard let table = try ApportionmentTable(result, fiscalYear: year) else {
            throw UsageError(message: "--fiscal-year \(year) is outside the case's period", command: "apportion")
        }
        switch format {
        case .json: return JSONWriter.write(ResultJSON.apportionment(table))
        case .table: return ApportionmentReport(results: results, apportionment: table, language: language).render()
        }
    }

    func validateCommand(_ arguments: [String]) throws -> String {
        let parsed = try Arguments(arguments, command: "validate", valued: [], flags: [])
        if parsed.flags.contains("--help") { return Help.validate + "\n" }
        let file = try parsed.file(command: "validate")
        let document = try ScenarioFile.load(file, standardInput: readStandardInput)
        // A valid file must also compute: figures beyond 64-bit yen are reported here too.
        _ = try ScenarioResults(document)
        return "OK\n"
    }
}
