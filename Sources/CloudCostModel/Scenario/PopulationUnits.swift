import CostsimCore

/// How population is counted in units of 10,000.
package enum PopulationUnits: String, Sendable, Equatable, CaseIterable {
    case exact, ceil, floor
}
