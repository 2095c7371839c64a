import CostsimCore

/// How an uncertain input is spread, as finance staff can state it: a triangle (low, most likely,
/// high), an even spread between two values, or a list of values with their weights.
///
/// Values are exact decimals (at most 6 places). A draw turns a probability `u` (an exact fraction,
/// see `LatinHypercube`) into a value by the inverse of the distribution function, in integer
/// arithmetic on millionths, so that a draw is the same on every machine and never passes through
/// binary floating point:
/// - uniform on `[a, b]`: `a + (b − a)·u`;
/// - triangular `(a, m, b)`: `a + √(u·(b − a)·(m − a))` while `u < (m − a)/(b − a)`, else
///   `b − √((1 − u)·(b − a)·(b − m))` (square roots of integers, rounded down to a millionth);
/// - discrete: the first value whose cumulative weight exceeds `u`.
///
/// The products stay within 128 bits: values are bounded (`Uncertainty` checks them, at most 10^5 in
/// millionths 10^11) and `u`'s denominator is at most 100,000 draws × 2^32.
package enum Distribution: Sendable, Equatable {
    case triangular(low: ExactDecimal, mode: ExactDecimal, high: ExactDecimal)
    case uniform(low: ExactDecimal, high: ExactDecimal)
    /// Values with weights that sum to exactly 1.
    case discrete(values: [ExactDecimal], weights: [ExactDecimal])

    /// The value at probability `numerator / denominator` (0 ≤ u < 1), rounded down to a millionth.
    package func value(numerator: Int128, denominator: Int128) -> ExactDecimal {
        switch self {
        case .uniform(let low, let high):
            return ExactDecimal(millionths: low.millionths + (high.millionths - low.millionths) * numerator / denominator)
        case .triangular(let low, let mode, let high):
            let (a, m, b) = (low.millionths, mode.millionths, high.millionths)
            guard b > a else { return low }
            if numerator * (b - a) < denominator * (m - a) {
                return ExactDecimal(millionths: a + Self.squareRoot(numerator * (b - a) * (m - a) / denominator))
            }
            return ExactDecimal(millionths: b - Self.squareRoot((denominator - numerator) * (b - a) * (b - m) / denominator))
        case .discrete(let values, let weights):
            var cumulative: Int128 = 0
            for (value, weight) in zip(values, weights) {
                cumulative += weight.millionths
                if numerator * ExactDecimal.scale < denominator * cumulative { return value }
            }
            return values[values.count - 1]
        }
    }

    /// The value every draw gives when the distribution is a single point, or nil.
    package var point: ExactDecimal? {
        switch self {
        case .triangular(let low, _, let high): return low == high ? low : nil
        case .uniform(let low, let high): return low == high ? low : nil
        case .discrete(let values, let weights):
            let given = zip(values, weights).filter { $0.1 != .zero }.map(\.0)
            return Set(given.map(\.millionths)).count == 1 ? given[0] : nil
        }
    }

    /// `floor(√n)` for `n ≥ 0`, exactly (Newton's method from a floating-point first guess).
    static func squareRoot(_ n: Int128) -> Int128 {
        guard n > 0 else { return 0 }
        var x = Int128(Double(n).squareRoot())
        // Newton's steps, then the last correction: x² ≤ n < (x + 1)².
        for _ in 0..<4 where x > 0 { x = (x + n / x) / 2 }
        while x * x > n { x -= 1 }
        while (x + 1) * (x + 1) <= n { x += 1 }
        return x
    }
}
