import CloudCostModel
import CostsimCore

/// Formats figures for people: `1,234,567`, `12.3%`.
package enum NumberFormat {
    /// Yen with thousands separators, e.g. `-1,234,567`.
    package static func yen(_ amount: Int64) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return amount < 0 ? "-" + grouped : grouped
    }

    /// `numerator / denominator` as a percentage with one decimal place, rounded half away from zero:
    /// 12,345 / 100,000 → `12.3%`. A zero denominator gives `0.0%`.
    package static func percent(numerator: Int64, denominator: Int64) -> String {
        let tenths = denominator == 0 ? 0 : Yen.roundedQuotient(Int128(numerator) * 1_000, Int128(denominator))
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)%"
    }

    /// A member's savings rate as a percentage to a tenth (see `percent(numerator:denominator:)`).
    package static func percent(_ summary: SavingsSummary) -> String {
        percent(numerator: summary.savingsRate.numerator, denominator: summary.savingsRate.denominator)
    }

    /// `numerator / denominator` to six decimal places, halves away from zero, exact (0 for a zero
    /// denominator): what CSV and JSON carry.
    package static func rate(numerator: Int64, denominator: Int64) -> ExactDecimal {
        guard denominator != 0 else { return .zero }
        return ExactDecimal(millionths: Yen.roundedQuotient(Int128(numerator) * ExactDecimal.scale, Int128(denominator)))
    }

    /// An exact rate as a percentage, e.g. 0.02 → `2%`, 0.015 → `1.5%`.
    package static func percent(_ rate: ExactDecimal) -> String {
        ExactDecimal(millionths: rate.millionths * 100).description + "%"
    }
}
