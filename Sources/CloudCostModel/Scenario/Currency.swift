/// The currency a fee is written in; USD amounts are converted with the scenario's `fx`.
public enum Currency: String, Sendable, Equatable, CaseIterable {
    case jpy = "JPY"
    case usd = "USD"
}
