import CloudCostModel
import CostsimCore

/// How a table's cells are shown: the one place where an amount is rounded to 千円 or 百万円, a rate
/// becomes a percentage and a fiscal year is written (Western or in eras).
///
/// **The rounding rule.** An amount shown in a unit is its exact yen divided by the unit, rounded
/// to the nearest whole unit, halves away from zero (四捨五入): ¥1,500 is 2 千円, −¥1,500 is −2 千円.
/// Each amount is rounded on its own, whatever its neighbours, so the same exact amount shows the same
/// digits in every table; a total may therefore differ from the sum of the rounded rows it sums, which
/// the rounding note under every table shown in a unit says.
package struct CellFormat: Sendable {
    package var unit: DisplayUnit
    package var labels: Labels
    package var language: Language

    package init(unit: DisplayUnit = .yen, labels: Labels, language: Language) {
        self.unit = unit
        self.labels = labels
        self.language = language
    }

    /// An amount in the unit, rounded by the rule above.
    package func units(_ amount: Int64) -> Int64 {
        Int64(Yen.roundedQuotient(Int128(amount), Int128(unit.divisor)))
    }

    /// An amount as shown: `1,235` (in 千円 for ¥1,234,567).
    package func money(_ amount: Int64) -> String { NumberFormat.yen(units(amount)) }

    /// A cell as the terminal, Markdown and HTML show it.
    package func text(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): return text
        case .amount(let amount): return money(amount)
        case .change(let amount):
            let shown = units(amount)
            return shown > 0 ? "+" + NumberFormat.yen(shown) : NumberFormat.yen(shown)
        case .margin(let amount): return "±" + money(amount)
        case .count(let count): return NumberFormat.yen(count)
        case .decimal(let value): return value.description
        case .rate(let numerator, let denominator): return NumberFormat.percent(numerator: numerator, denominator: denominator)
        case .changeRate(let numerator, let denominator):
            let shown = NumberFormat.percent(numerator: numerator, denominator: denominator)
            return shown.hasPrefix("-") || shown == "0.0%" ? shown : "+" + shown
        case .fiscalYear(let year): return labels.year(year)
        case .month(let month): return labels.month(month)
        case .notCharged: return "—"
        case .blank: return ""
        }
    }

    /// A cell as CSV (and Excel) keeps it: exact yen, a rate to six decimal places, Western years,
    /// months as `2026-04`, so that a spreadsheet computes with the figures costsim computed.
    package static func exact(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): return text
        case .amount(let amount), .change(let amount), .margin(let amount), .count(let amount): return String(amount)
        case .decimal(let value): return value.description
        case .rate(let numerator, let denominator), .changeRate(let numerator, let denominator):
            return NumberFormat.rate(numerator: numerator, denominator: denominator).description
        case .fiscalYear(let year): return String(year)
        case .month(let month): return month.description
        case .notCharged: return "0"
        case .blank: return ""
        }
    }

    /// The note under a table whose amounts are rounded to the unit (nil in yen).
    package var roundingNote: String? { unit == .yen ? nil : labels.roundingNote(unit.name(language)) }
}
