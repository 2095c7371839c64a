/// The version of costsim, printed by `costsim --version` and on every page it makes, so that a
/// figure on paper can be traced to the program that computed it. Raised with each release.
public enum CostsimVersion {
    public static let current = "0.18.0"
}
