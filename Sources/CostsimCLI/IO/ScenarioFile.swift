import CloudCostModel

enum ScenarioFile {
    /// The largest scenario read, from a file or standard input.
    static let maximumSize = 64 << 20
    /// How many problems are listed; the rest are counted.
    static let maximumProblemsShown = 100

    /// Reads and validates the scenario at `path` (`-`: standard input).
    static func load(_ path: String, overrides: [String] = [], standardInput: () throws(InputError) -> [UInt8]) throws(InputError)
        -> ScenarioDocument
    {
        let bytes = path == "-" ? try standardInput() : try SystemIO.readFile(path, limit: maximumSize)
        let name = path == "-" ? "standard input" : Echo.plain(path)
        do {
            return try ScenarioDecoder.load(bytes, overrides: overrides)
        } catch {
            switch error {
            case .notUTF8, .syntax:
                throw InputError(message: "\(name): \(error)")
            case .invalid(let issues):
                throw InputError(message: "\(name): " + problemList(issues))
            }
        }
    }

    /// `3 problems found:` and one per line; past `maximumProblemsShown`, how many more there are.
    static func problemList(_ issues: [ValidationIssue]) -> String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        var lines = issues.prefix(maximumProblemsShown).map(\.description)
        if issues.count > maximumProblemsShown {
            lines.append("… and \(issues.count - maximumProblemsShown) more (fix these first; the rest are often the same mistake)")
        }
        return "\(count) found:\n" + lines.joined(separator: "\n")
    }
}
