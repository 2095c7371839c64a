/// A fiscal year as Japanese offices write it: `2020`, `2020年度`, `令和2`, `令和2年度`, `令和元年度`,
/// `R2`, `R2年度`, `平成30年度`, `H30`. An era's first fiscal year is the one beginning in April of the
/// calendar year the era began (令和元年度 is FY2019, 平成元年度 FY1989), as council papers count.
package enum FiscalYearText {
    /// The Western fiscal year, from 1900 to 2199; nil for any other text.
    package static func parse(_ text: String) -> Int? {
        var body = Substring(text)
        if body.hasSuffix("年度") { body = body.dropLast(2) }
        var start: Int?
        for (prefixes, first) in [(["令和", "R", "r"], 2018), (["平成", "H", "h"], 1988)] {
            for prefix in prefixes where body.hasPrefix(prefix) {
                body = body.dropFirst(prefix.count)
                start = first
                break
            }
            if start != nil { break }
        }
        if start != nil && body == "元" { body = "1" }
        guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(body) else { return nil }
        let year: Int
        if let start {
            guard (1...2).contains(body.count), number >= 1 else { return nil }
            year = start + number
        } else {
            guard body.count == 4 else { return nil }
            year = number
        }
        return (1900...2199).contains(year) ? year : nil
    }
}
