/// CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends, so that Japanese Excel opens it
/// correctly by double-click. Amounts are always exact yen, for Excel to compute with.
public struct CSVExport: Sendable {
    public var results: ScenarioResults
    public var labels: Labels

    public init(results: ScenarioResults, language: Language = .ja) {
        self.results = results
        self.labels = Labels.of(language)
    }

    /// One tidy table: case, member, fiscal year, category, yen — one row per figure.
    public func costs() -> String {
        var rows = [labels.csvCostsHeader]
        for result in results.cases {
            for (index, member) in result.members.enumerated() {
                for (year, figures) in zip(result.fiscalYears, result.figures[index]) {
                    for category in CostCategory.allCases {
                        rows.append([labels.caseName(result.name), member.id, member.name, String(year),
                                     labels.categoryName(category), String(figures[category])])
                    }
                }
            }
        }
        return Self.csv(rows)
    }

    /// The comparison of every case with staying alone, per member and for the group.
    public func comparison() -> String {
        var rows = [labels.csvComparisonHeader]
        for (result, comparison) in zip(results.cases.dropFirst(), results.comparisons) {
            func row(_ id: String, _ name: String, _ summary: SavingsSummary) -> [String] {
                [labels.caseName(result.name), id, name, String(summary.standaloneTotal), String(summary.caseTotal),
                 String(summary.savings), summary.savingsRate(places: 6).description,
                 summary.paybackFiscalYear.map(String.init) ?? "", String(summary.npvSavings)]
            }
            for (member, summary) in zip(result.members, comparison.members) { rows.append(row(member.id, member.name, summary)) }
            rows.append(row("", labels.groupTotal, comparison.group))
        }
        return Self.csv(rows)
    }

    /// The secretariat's table, tidy: fee, member, amount and subsidy.
    public static func apportionment(_ table: ApportionmentTable, language: Language = .ja) -> String {
        let labels = Labels.of(language)
        var rows = [labels.csvApportionmentHeader]
        for fee in table.fees {
            for share in fee.shares {
                rows.append([String(table.fiscalYear), labels.caseName(table.caseName), fee.label,
                             labels.categoryName(fee.category == .system ? .system : .governmentCloud),
                             share.id, share.name, String(share.amount), String(share.subsidy)])
            }
        }
        return csv(rows)
    }

    /// RFC 4180 fields (quoted when they hold a comma, quote or line break), CRLF, with a BOM.
    static func csv(_ rows: [[String]]) -> String {
        var output = "\u{FEFF}"
        for row in rows {
            output += row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                    ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
            output += "\r\n"
        }
        return output
    }
}
