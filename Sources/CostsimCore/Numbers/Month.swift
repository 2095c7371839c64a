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

    /// A month as Japanese offices write it: `2026-04` (the scenario's own form), `2026/4` and
    /// `2026/4/1` (a date as Excel shows one: the 1st only), `2026年4月`, or in an era, `令和8年4月`,
    /// `平成31年4月`, `令和元年5月`. Nothing else is guessed: `2026-4` and `2026/4/2` are not months.
    package init?(written text: String) {
        if let month = Month(text) {
            self = month
            return
        }
        var parts: [Substring]
        var era: Int?
        if text.hasSuffix("月"), let mark = text.firstIndex(of: "年") {
            var year = text[..<mark]
            for (name, start) in [("令和", 2018), ("平成", 1988)] where year.hasPrefix(name) {
                year = year.dropFirst(2)
                if year == "元" { year = "1" }
                era = start
            }
            parts = [year, text[text.index(after: mark)..<text.index(before: text.endIndex)]]
        } else {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 3 {
                guard parts[2] == "1" || parts[2] == "01" else { return nil }
                parts.removeLast()
            }
        }
        func digits(_ part: Substring) -> Int? {
            !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? Int(part) : nil
        }
        guard parts.count == 2, let written = digits(parts[0]), let month = digits(parts[1]), (1...2).contains(parts[1].count),
            (1...12).contains(month)
        else { return nil }
        let year: Int
        if let era {
            guard (1...2).contains(parts[0].count), written >= 1 else { return nil }
            year = era + written
        } else {
            guard parts[0].count == 4 else { return nil }
            year = written
        }
        guard (1900...2199).contains(year) else { return nil }
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
