/// One problem in a scenario, at a path such as `members[2].joins`.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Text from the file, in double quotes, shortened and made safe for a message (see `Echo`).
func quoted(_ text: String) -> String { Echo.quoted(text) }
