import CostsimCore

/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Equatable {
    /// The bytes are not UTF-8 text; the offset of the first bad byte.
    case notUTF8(byteOffset: Int)
    case syntax(JSONSyntaxError)
    /// Every problem found, in file order.
    case invalid([ValidationIssue])
}
