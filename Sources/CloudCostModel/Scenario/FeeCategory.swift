import CostsimCore

/// Which category of the results a fee's charges count in.
package enum FeeCategory: String, Sendable, Equatable, CaseIterable {
    case system
    case governmentCloud
}
