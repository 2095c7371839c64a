import CostsimCore

/// Which category of the results a fee's charges count in.
package enum FeeCategory: String, Sendable, Equatable, CaseIterable {
    case system
    case governmentCloud
}

extension FeeCategory {
    /// The category of the results its charges count in.
    package var costCategory: CostCategory {
        switch self {
        case .system: return .system
        case .governmentCloud: return .governmentCloud
        }
    }
}
