import CostsimCore

/// How an estimated figure is made: `{"estimate": "band"}` (see `BandEstimate`).
package enum EstimateMethod: String, Sendable, Equatable, CaseIterable {
    /// From the population, along the national survey's averages by population band.
    case band
}
