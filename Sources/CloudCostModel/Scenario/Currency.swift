import CostsimCore

/// The currency a fee is written in; USD amounts are converted with the scenario's `fx`.
package enum Currency: String, Sendable, Equatable, CaseIterable {
    case jpy = "JPY"
    case usd = "USD"
}
