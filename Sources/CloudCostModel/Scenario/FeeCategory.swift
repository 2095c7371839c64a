/// Which category of the results a fee's charges count in.
public enum FeeCategory: String, Sendable, Equatable, CaseIterable {
    case system
    case governmentCloud
}
