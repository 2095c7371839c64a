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
        do {
            return try ScenarioDecoder.load(bytes, overrides: overrides)
        } catch {
            throw .invalidScenario(path == "-" ? .standardInput : .file(Echo.plain(path)), error)
        }
    }

    /// `2 warnings:` and one per line: what the scenario leaves to be filled in.
    static func warningList(_ warnings: [ValidationIssue], _ language: Language) -> String {
        let lines = warnings.map { $0.text(language) }.joined(separator: "\n")
        switch language {
        case .en:
            return "\(warnings.count == 1 ? "1 warning" : "\(warnings.count) warnings") (the figures are computed, but not complete):\n"
                + lines
        case .ja: return "警告 \(warnings.count) 件（計算はしましたが、未入力の項目があります）:\n" + lines
        }
    }

    /// `3 problems found:` and one per line; past `maximumProblemsShown`, how many more there are.
    static func problemList(_ issues: [ValidationIssue], _ language: Language) -> String {
        var lines = issues.prefix(maximumProblemsShown).map { $0.text(language) }
        let more = issues.count - maximumProblemsShown
        switch language {
        case .en:
            if more > 0 { lines.append("… and \(more) more (fix these first; the rest are often the same mistake)") }
            return "\(issues.count == 1 ? "1 problem" : "\(issues.count) problems") found:\n" + lines.joined(separator: "\n")
        case .ja:
            if more > 0 { lines.append("… ほか \(more) 件（まずこれらを直してください。残りは同じ誤りのことがよくあります）") }
            return "\(issues.count) 件の問題があります:\n" + lines.joined(separator: "\n")
        }
    }
}
