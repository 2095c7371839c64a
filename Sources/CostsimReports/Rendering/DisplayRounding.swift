import CloudCostModel
import CostsimCore

/// Rounds figures to a display unit so that the parts shown still add up to the totals shown.
///
/// The total is rounded to the nearest unit (halves away from zero); each part is rounded down, and
/// the units still missing go one each to the parts with the largest remainders (ties: listed
/// first) — the largest-remainder method, as in apportionment. Every part shown is within one unit
/// of its exact value.
package enum DisplayRounding {
    /// `values` in `unit`s, adding up to the rounded sum of `values`.
    package static func round(_ values: [Int64], unit: Int64) -> [Int64] {
        let sum = values.reduce(Int128(0)) { $0 + Int128($1) }
        return distribute(values, unit: unit, target: roundedUnits(sum, unit: unit))
    }

    /// `values` in `unit`s, adding up to `target` (which must lie between the sum of the rounded-down
    /// parts and that sum plus the number of parts; it is clamped to that range).
    package static func distribute(_ values: [Int64], unit: Int64, target: Int128) -> [Int64] {
        let divisor = Int128(unit)
        var shown = values.map { Yen.floorDivide(Int128($0), divisor) }
        let remainders = zip(values, shown).map { Int128($0) - $1 * divisor }
        let base = shown.reduce(0, +)
        let missing = Int(max(0, min(Int128(values.count), target - base)))
        if missing > 0 {
            let order = values.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
            for index in order.prefix(missing) { shown[index] += 1 }
        }
        return shown.map { Int64($0) }
    }

    /// `amount / unit` rounded to the nearest whole unit, halves away from zero.
    package static func roundedUnits(_ amount: Int128, unit: Int64) -> Int128 {
        Yen.roundedQuotient(amount, Int128(unit))
    }

    /// A single figure in `unit`s, rounded to nearest (for figures that are not part of a sum).
    package static func single(_ amount: Int64, unit: Int64) -> Int64 {
        Int64(roundedUnits(Int128(amount), unit: unit))
    }
}
