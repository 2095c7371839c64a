/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not UTF-8 text; the offset of the first bad byte.
    case notUTF8(byteOffset: Int)
    case syntax(JSONSyntaxError)
    /// Every problem found, in file order.
    case invalid([ValidationIssue])

    public var description: String {
        switch self {
        case .notUTF8(let offset): return "the file is not UTF-8 text (invalid byte at offset \(offset))"
        case .syntax(let error): return "not valid JSON: \(error)"
        case .invalid(let issues): return issues.map(\.description).joined(separator: "\n")
        }
    }
}
