import CostsimCore

/// Collects issues while a scenario is read, so that all of them are reported at once.
final class Diagnostics {
    private(set) var issues: [ValidationIssue] = []
    /// Not errors: what the scenario leaves to be filled in (see `ObjectReader.placeholder`).
    private(set) var warnings: [ValidationIssue] = []

    func add(_ path: String, _ problem: Problem) {
        issues.append(ValidationIssue(path: path, problem))
    }

    func warn(_ path: String, _ problem: Problem) {
        warnings.append(ValidationIssue(path: path, problem))
    }
}
