import CostsimCore

/// Exact net present value: `Σ amount_t / (1+rate)^t`, rounded to the nearest yen
/// (halves away from zero), computed with exact fractions rather than floating point.
package enum PresentValue {
    package static func npv(_ amounts: [Int64], rate: ExactDecimal) throws(AmountOverflowError) -> Int64 {
        try npv(amounts, rate: rate, allow128: true)
    }

    /// `allow128: false` forces the big-integer path (for tests that compare the two).
    static func npv(_ amounts: [Int64], rate: ExactDecimal, allow128: Bool) throws(AmountOverflowError) -> Int64 {
        guard !amounts.isEmpty else { return 0 }
        let rate = max(rate, .zero)  // validated: 0 ≤ discountRate ≤ 1
        // (1+rate) = q/p with p = 10^6, q = 10^6 + millionths, reduced.
        var p = UInt128(ExactDecimal.scale)
        var q = UInt128(ExactDecimal.scale + rate.millionths)
        let divisor = gcd(p, q)
        p /= divisor
        q /= divisor
        // NPV = Σ a_t · p^t · q^(T−t) / q^T over t = 0…T: in 128 bits when it fits, else in big integers.
        if allow128, let exact = npv128(amounts, p: Int128(p), q: Int128(q)) { return try checked(exact) }
        let last = amounts.count - 1
        var powersOfP = [BigUInt(1)]
        var powersOfQ = [BigUInt(1)]
        for _ in 0..<last {
            powersOfP.append(powersOfP.last! * BigUInt(p))
            powersOfQ.append(powersOfQ.last! * BigUInt(q))
        }
        var positive = BigUInt(0)
        var negative = BigUInt(0)
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
            let value = Int64(exactly: rounded)
        else {
            throw AmountOverflowError(context: [.figure(.presentValue)])
        }
        return isNegative ? -value : value
    }

    /// The rounded NPV when every intermediate fits in 128 bits (the usual case: ten years at 2 %),
    /// or nil.
    private static func npv128(_ amounts: [Int64], p: Int128, q: Int128) -> Int128? {
        let last = amounts.count - 1
        var powersOfQ: [Int128] = [1]
        for _ in 0..<last {
            let (next, overflow) = powersOfQ.last!.multipliedReportingOverflow(by: q)
            if overflow { return nil }
            powersOfQ.append(next)
        }
        var numerator: Int128 = 0
        var powerOfP: Int128 = 1
        for (t, amount) in amounts.enumerated() {
            if t > 0 {
                let (next, overflow) = powerOfP.multipliedReportingOverflow(by: p)
                if overflow { return nil }
                powerOfP = next
            }
            let (a, o1) = Int128(amount).multipliedReportingOverflow(by: powerOfP)
            let (b, o2) = a.multipliedReportingOverflow(by: powersOfQ[last - t])
            let (sum, o3) = numerator.addingReportingOverflow(b)
            if o1 || o2 || o3 { return nil }
            numerator = sum
        }
        let denominator = powersOfQ[last]
        let (twice, overflow) = numerator.magnitude.multipliedReportingOverflow(by: 2)
        if overflow || twice > UInt128.max - denominator.magnitude { return nil }
        let rounded = Int128((twice + denominator.magnitude) / (2 * denominator.magnitude))
        return numerator < 0 ? -rounded : rounded
    }

    /// The exact present value as a fraction with a common denominator: year `t` of `years` counts
    /// `coefficients[t] / denominator` (`p^t · q^(T−t) / q^T`, 1 + rate = q/p), so the present value of
    /// any yearly amounts is `Σ a_t · coefficients[t]` over `denominator` before rounding — linear, which
    /// lets `ScheduleBound` add members' values up. Nil when `q^T` does not fit in 128 bits.
    static func coefficients(years: Int, rate: ExactDecimal) -> (coefficients: [Int128], denominator: Int128)? {
        let rate = max(rate, .zero)
        var p = UInt128(ExactDecimal.scale)
        var q = UInt128(ExactDecimal.scale + rate.millionths)
        let divisor = gcd(p, q)
        p /= divisor
        q /= divisor
        let last = max(years - 1, 0)
        var powersOfQ: [Int128] = [1]
        var powersOfP: [Int128] = [1]
        for _ in 0..<last {
            let (nextQ, overflowQ) = powersOfQ.last!.multipliedReportingOverflow(by: Int128(q))
            let (nextP, overflowP) = powersOfP.last!.multipliedReportingOverflow(by: Int128(p))
            if overflowQ || overflowP { return nil }
            powersOfQ.append(nextQ)
            powersOfP.append(nextP)
        }
        let coefficients = (0...last).map { t in powersOfP[t] * powersOfQ[last - t] }  // each ≤ q^T: fits
        return (coefficients, powersOfQ[last])
    }

    private static func checked(_ value: Int128) throws(AmountOverflowError) -> Int64 {
        guard let narrow = Int64(exactly: value) else { throw AmountOverflowError(context: [.figure(.presentValue)]) }
        return narrow
    }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
