/// Exact net present value: `Σ amount_t / (1+rate)^t`, rounded to the nearest yen
/// (halves away from zero), computed with exact fractions rather than floating point.
public enum PresentValue {
    public static func npv(_ amounts: [Int64], rate: ExactDecimal) throws(AmountOverflowError) -> Int64 {
        guard !amounts.isEmpty else { return 0 }
        precondition(rate >= .zero)
        // (1+rate) = q/p with p = 10^6, q = 10^6 + millionths, reduced.
        var p = UInt128(ExactDecimal.scale)
        var q = UInt128(ExactDecimal.scale + rate.millionths)
        let divisor = gcd(p, q)
        p /= divisor
        q /= divisor
        // NPV = Σ a_t · p^t · q^(T−t) / q^T over t = 0…T.
        let last = amounts.count - 1
        var powersOfP = [BigUInt(1)]
        var powersOfQ = [BigUInt(1)]
        for _ in 0..<last {
            powersOfP.append(powersOfP.last! * BigUInt(p))
            powersOfQ.append(powersOfQ.last! * BigUInt(q))
        }
        var positive = BigUInt(0), negative = BigUInt(0)
        for (t, amount) in amounts.enumerated() {
            let term = BigUInt(UInt128(amount.magnitude)) * powersOfP[t] * powersOfQ[last - t]
            if amount >= 0 { positive = positive + term } else { negative = negative + term }
        }
        let denominator = powersOfQ[last]
        let isNegative = negative > positive
        let magnitude = isNegative ? negative - positive : positive - negative
        // round(x/d) for x ≥ 0, halves up: floor((2x + d) / 2d).
        let doubled = magnitude.shiftedLeft(by: 1) + denominator
        guard let rounded = doubled.dividedSmallQuotient(by: denominator.shiftedLeft(by: 1)),
              let value = Int64(exactly: rounded) else {
            throw AmountOverflowError(context: "present value of savings")
        }
        return isNegative ? -value : value
    }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
