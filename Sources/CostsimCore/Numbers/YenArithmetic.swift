/// Exact integer helpers for yen. Money is `Int64`; products go through `Int128`.
package enum Yen {
    /// `floor(a / b)` for b > 0, also for negative a.
    @inlinable
    package static func floorDivide(_ a: Int128, _ b: Int128) -> Int128 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// `numerator / denominator` rounded to the nearest whole number, halves away from zero
    /// (`denominator ≠ 0`; both well inside 127 bits).
    @inlinable
    package static func roundedQuotient(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        let rounded = Int128((2 * numerator.magnitude + denominator.magnitude) / (2 * denominator.magnitude))
        return (numerator < 0) != (denominator < 0) ? -rounded : rounded
    }

    /// `floor(amount × rate)`.
    @inlinable
    package static func floorTimes(_ amount: Int128, _ rate: ExactDecimal) -> Int128 {
        floorDivide(amount * rate.millionths, ExactDecimal.scale)
    }

    /// The part of an annual amount `A` carried by month `k` (1 = April … 12 = March):
    /// `floor(A·k/12) − floor(A·(k−1)/12)`. Twelve months sum to `A` exactly.
    @inlinable
    package static func monthlyShare(ofAnnual annual: Int64, month k: Int) -> Int64 {
        if annual >= 0 && annual <= Int64.max / 12 {  // the usual case, in 64 bits
            let k = Int64(k)
            return annual * k / 12 - annual * (k - 1) / 12
        }
        let a = Int128(annual)
        return Int64(floorDivide(a * Int128(k), 12) - floorDivide(a * Int128(k - 1), 12))
    }
}
