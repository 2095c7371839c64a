/// Coefficients of the apportionment bases; they sum to exactly 1.
public struct Split: Sendable, Equatable {
    public let equal: ExactDecimal
    public let population: ExactDecimal
    public let usage: ExactDecimal

    public init(equal: ExactDecimal = .zero, population: ExactDecimal = .zero, usage: ExactDecimal = .zero) {
        self.equal = equal
        self.population = population
        self.usage = usage
    }
}
