/// One problem in a scenario, at a path such as `members[2].joins` (empty: the whole file).
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: Problem
    /// Where the user wrote it, when that is not the scenario's own path: a member from a
    /// spreadsheet is shown at its file, row and column (`members.csv:5:参加月`).
    public var shownAt: String?

    public init(path: String, _ problem: Problem, shownAt: String? = nil) {
        self.path = path
        self.problem = problem
        self.shownAt = shownAt
    }

    /// `PATH: message` in `language`.
    public func text(_ language: Language) -> String {
        let place = shownAt ?? (path.isEmpty ? (language == .ja ? "（ファイル全体）" : "(the whole file)") : path)
        return "\(place): \(problem.text(language))"
    }

    /// For an issue of a member (`members[3].standalone.annualCost`): the member's index and the
    /// keys below it (`["standalone", "annualCost"]`); nil for any other path.
    public var memberField: (index: Int, keys: [String])? {
        guard path.hasPrefix("members["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 8)..<close])
        else { return nil }
        return (index, path[path.index(after: close)...].split(separator: ".").map(String.init))
    }

    /// The message alone, in English.
    public var message: String { problem.text(.en) }

    public var description: String { text(.en) }
}

/// Text from the file, in double quotes, shortened and made safe for a message (see `Echo`).
func quoted(_ text: String) -> String { Echo.quoted(text) }
