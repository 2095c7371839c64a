/// Collects issues while a scenario is read, so that all of them are reported at once.
final class Diagnostics {
    private(set) var issues: [ValidationIssue] = []

    func add(_ path: String, _ problem: Problem) {
        issues.append(ValidationIssue(path: path, problem))
    }
}
