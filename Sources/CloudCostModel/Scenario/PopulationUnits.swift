/// How population is counted in units of 10,000.
public enum PopulationUnits: String, Sendable, Equatable, CaseIterable {
    case exact, ceil, floor
}
