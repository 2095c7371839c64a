/// A calendar month, written `"YYYY-MM"` in scenarios.
package struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int  // 1…12

    package init(year: Int, month: Int) {
        precondition((1...12).contains(month))
        self.year = year
        self.month = month
    }

    /// Parses `"YYYY-MM"` with a four-digit year from 1900 to 2199.
    package init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 7, utf8[4] == UInt8(ascii: "-"),
            utf8.indices.allSatisfy({ $0 == 4 || (utf8[$0] >= 48 && utf8[$0] <= 57) }),
            let year = Int(text.prefix(4)), let month = Int(text.suffix(2)),
            (1900...2199).contains(year), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The fiscal year (年度) the month belongs to: April of N to March of N+1 is fiscal year N.
    package var fiscalYear: Int { month >= 4 ? year : year - 1 }

    /// 1 for April … 12 for March.
    package var monthOfFiscalYear: Int { month >= 4 ? month - 3 : month + 9 }

    /// Months since January of year 0; differences of these count months.
    package var serial: Int { year * 12 + (month - 1) }

    package init(serial: Int) {
        let remainder = ((serial % 12) + 12) % 12  // floor modulo, also before year 0
        self.init(year: (serial - remainder) / 12, month: remainder + 1)
    }

    /// The first month (April) of a fiscal year.
    package static func firstOfFiscalYear(_ fiscalYear: Int) -> Month { Month(year: fiscalYear, month: 4) }

    package func adding(months: Int) -> Month { Month(serial: serial + months) }

    package static func < (lhs: Month, rhs: Month) -> Bool { lhs.serial < rhs.serial }

    package var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }
}
