import CostsimCore

/// A case of a run: everyone alone, the scenario as written, or a variant by its name.
public enum CaseName: Hashable, Sendable, CustomStringConvertible {
    case standalone
    case plan
    case variant(String)

    /// As written on the command line and in results: `standalone`, `plan`, or the variant's name.
    public init(_ text: String) {
        switch text {
        case "standalone": self = .standalone
        case "plan": self = .plan
        default: self = .variant(text)
        }
    }

    public var text: String {
        switch self {
        case .standalone: return "standalone"
        case .plan: return "plan"
        case .variant(let name): return name
        }
    }

    public var description: String { text }
}
