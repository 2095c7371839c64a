import CostsimCore

/// One problem in a scenario, at a path such as `members[2].joins` (empty: the whole file).
public struct ValidationIssue: Error, Hashable, Sendable {
    public var path: String
    package var problem: Problem
    /// Where the user wrote it, when that is not the scenario's own path: a member from a
    /// spreadsheet is shown at its file, row and column (`members.csv:5:参加月`).
    package var shownAt: String?

    package init(path: String, _ problem: Problem, shownAt: String? = nil) {
        self.path = path
        self.problem = problem
        self.shownAt = shownAt
    }

    /// For an issue of a member (`members[3].standalone.annualCost`): the member's index and the
    /// keys below it (`["standalone", "annualCost"]`); nil for any other path.
    package var memberField: (index: Int, keys: [String])? {
        guard path.hasPrefix("members["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 8)..<close])
        else { return nil }
        return (index, path[path.index(after: close)...].split(separator: ".").map(String.init))
    }
}

/// Text from the file, in double quotes, shortened and made safe for a message (see `Echo`).
func quoted(_ text: String) -> String { Echo.quoted(text) }
