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

    /// A rate as a percentage with one decimal place, rounded half away from zero: 0.12345 → `12.3%`.
    package static func percent(_ summary: SavingsSummary) -> String {
        let rate = summary.savingsRate(places: 3)  // thousandths = tenths of a percent
        let tenths = rate.millionths / 1_000
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)%"
    }

    /// An exact rate as a percentage, e.g. 0.02 → `2%`, 0.015 → `1.5%`.
    package static func percent(_ rate: ExactDecimal) -> String {
        ExactDecimal(millionths: rate.millionths * 100).description + "%"
    }
}
