import CostsimCore

/// One problem in a scenario, at a path such as `members[2].joins` (empty: the whole file).
public struct ValidationIssue: Error, Hashable, Sendable {
    public var path: String
    package var problem: Problem
    /// Where the user wrote it, when that is not the scenario's own path: a member from a
    /// spreadsheet is shown at its file, row and column (`members.csv:5:参加月`).
    package var shownAt: String?
    /// For an issue of a member: its name as the file gives it (or the census, from its code), so
    /// that the message says whose it is — `members[1]（守山市）.joins` — not only its place in a list.
    package var memberName: String?

    package init(path: String, _ problem: Problem, shownAt: String? = nil) {
        self.path = path
        self.problem = problem
        self.shownAt = shownAt
    }

    /// This issue with the name of the member it is about, read from the scenario's JSON: the
    /// member's `name`, or the census name of its `code`; unchanged for other issues, for an issue of
    /// the name itself (it is shown in the message), and where the name is the id (nothing to add).
    package func namingMember(in json: JSONValue) -> ValidationIssue {
        guard let (index, keys) = memberField, keys.first != "name", case .array(let members)? = json["members"],
            members.indices.contains(index)
        else { return self }
        var named = self
        if case .string(let name)? = members[index]["name"] {
            guard !name.isEmpty, members[index]["id"] != .string(name), DisplayText.problem(with: name) == nil else { return self }
            named.memberName = Echo.plain(name, limit: 40)
        } else if case .string(let code)? = members[index]["code"], let municipality = Census2020.municipality(code: code) {
            named.memberName = municipality.name
        }
        return named
    }

    /// The path as a message shows it: `members[1]（守山市）.joins`.
    package var shownPath: String {
        guard let memberName, let close = path.firstIndex(of: "]") else { return path }
        return String(path[...close]) + "（\(memberName)）" + String(path[path.index(after: close)...])
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
