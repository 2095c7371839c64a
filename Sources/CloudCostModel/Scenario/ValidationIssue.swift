/// One problem in a scenario, at a path such as `members[2].joins` (empty: the whole file).
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: Problem

    public init(path: String, _ problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// `PATH: message` in `language`.
    public func text(_ language: Language) -> String {
        let place = path.isEmpty ? (language == .ja ? "（ファイル全体）" : "(the whole file)") : path
        return "\(place): \(problem.text(language))"
    }

    /// The message alone, in English.
    public var message: String { problem.text(.en) }

    public var description: String { text(.en) }
}

/// Text from the file, in double quotes, shortened and made safe for a message (see `Echo`).
func quoted(_ text: String) -> String { Echo.quoted(text) }
