import CloudCostModel
import CostsimCore

/// What one cell of a table holds — an exact amount, a rate, a fiscal year, a word — not how it is
/// shown. The builders put exact values in; each format shows them its own way through `CellFormat`:
/// the terminal, Markdown and HTML in the table's unit (千円: rounded), CSV (and the workbook) exact.
/// So an amount is rounded in one place, by one rule, and shows the same digits in every table.
package enum TableCell: Sendable, Equatable {
    /// A label or a phrase, shown as written.
    case text(String)
    /// An exact amount of yen, shown in the table's unit.
    case amount(Int64)
    /// A change of an amount in yen, shown with its sign: `+1,200`, `-300`.
    case change(Int64)
    /// The half-width of an interval around an estimate, in yen: `±1,200`.
    case margin(Int64)
    /// A whole number that is not money (a population): grouped digits, never scaled.
    case count(Int64)
    /// A number as written in the scenario (a usage, `12.5`).
    case decimal(ExactDecimal)
    /// `numerator / denominator` (a savings rate, a share of draws), shown as a percentage to a tenth.
    /// A zero denominator is a rate of 0.
    case rate(numerator: Int64, denominator: Int64)
    /// A rate of change, shown with its sign as `change` is: `+34.5%`, `-14.1%` (exact in CSV, as `rate`).
    case changeRate(numerator: Int64, denominator: Int64)
    /// A fiscal year, in the report's year style (`2026年度`, `令和8年度`).
    case fiscalYear(Int)
    /// A month, in the report's year style (`2026年10月`, `令和8年10月`).
    case month(Month)
    /// No share: a fee that names its members, in the row of one it does not name. A dash in the
    /// tables (not a 0 the member might be asked for), 0 yen in CSV.
    case notCharged
    /// Nothing (a total row's empty cell).
    case blank

    /// A sum of amounts, as an amount. A sum that no `Int64` holds (beyond ¥9.2×10¹⁸, far past any
    /// figure the engine lets through) shows as a dash rather than as a wrong figure.
    package static func total(of amounts: some Sequence<Int64>) -> TableCell {
        let sum = amounts.reduce(Int128(0)) { $0 + Int128($1) }
        return Int64(exactly: sum).map(TableCell.amount) ?? .text("—")
    }

    /// Whether the cell holds money, which a unit of 千円 or 百万円 rounds.
    var isMoney: Bool {
        switch self {
        case .amount, .change, .margin: return true
        case .text, .count, .decimal, .rate, .changeRate, .fiscalYear, .month, .notCharged, .blank: return false
        }
    }
}
