import CostsimCore

/// Coefficients of the apportionment bases; they sum to exactly 1.
package struct Split: Sendable, Equatable {
    package let equal: ExactDecimal
    package let population: ExactDecimal
    package let usage: ExactDecimal

    package init(equal: ExactDecimal = .zero, population: ExactDecimal = .zero, usage: ExactDecimal = .zero) {
        self.equal = equal
        self.population = population
        self.usage = usage
    }
}

/// The bases of a split, in the order MODEL.md takes them: 均等割, 人口割, 利用量割.
package enum SplitBasis: Int, CaseIterable, Sendable {
    case equal, population, usage
}

extension Split {
    package func coefficient(of basis: SplitBasis) -> ExactDecimal {
        switch basis {
        case .equal: return equal
        case .population: return population
        case .usage: return usage
        }
    }
}
