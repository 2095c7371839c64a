import CloudCostModel
import CostsimCore

/// CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends, so that Japanese Excel opens it
/// correctly by double-click. Amounts are always exact yen, for Excel to compute with. Rows are
/// written to the output as they are made: a national run is millions of rows.
package struct CSVExport: Sendable {
    package let results: ScenarioResults
    package let labels: Labels
    package let language: Language
    /// Only these members' rows (by id); nil: every member. The group's row stays the whole group's.
    package let members: Set<String>?

    package init(results: ScenarioResults, language: Language = .ja, members: Set<String>? = nil) {
        self.results = results
        self.labels = Labels.of(language)
        self.language = language
        self.members = members
    }

    /// The costs table as text (for tests and small scenarios).
    package func costs() throws -> String { try OutputSink.text { try costs(to: $0) } }

    /// The comparison table as text.
    package func comparison() throws -> String { try OutputSink.text { try comparison(to: $0) } }

    /// One tidy table: case, member, fiscal year, category, yen — one row per figure.
    package func costs(to sink: OutputSink) throws { try costsTable().csv(to: sink) }

    /// The costs table, its rows made as they are written: a national run has millions.
    package func costsTable() -> StreamedTable {
        // With estimated stay-alone costs, a last column says which figures rest on an estimate (推計).
        let estimated = Set(results.scenario.members.filter { $0.standalone.annualCostEstimate != nil }.map(\.id))
        let headers = labels.csvCostsHeader + (estimated.isEmpty ? [] : [labels.csvBasis])
        return StreamedTable(columns: headers.map { .init($0) }) { [results, labels, members] emit in
            try results.forEachCase { result, _ in
                let caseName = TableCell.text(labels.caseName(result.name))
                for (index, member) in result.members.enumerated() where members?.contains(member.id) ?? true {
                    for (year, figures) in zip(result.fiscalYears, result.figures[index]) {
                        for category in CostCategory.allCases {
                            let basis: [TableCell] =
                                estimated.isEmpty
                                ? [] : [.text(estimated.contains(member.id) && category == .system ? labels.csvEstimate : "")]
                            let row: [TableCell] = [
                                caseName, .text(member.id), Self.code(member.code), .text(member.name), .fiscalYear(year),
                                .text(labels.categoryName(category)),
                                .amount(figures[category]),
                            ]
                            guard emit(row + basis) else { return }
                        }
                    }
                }
            }
        }
    }

    /// The comparison of every case with staying alone, per member and for the group.
    package func comparison(to sink: OutputSink) throws { try comparisonTable().csv(to: sink) }

    /// The comparison table of the CSV: a row per member and case, and the group's.
    package func comparisonTable() throws -> ReportTable {
        var header = labels.csvComparisonHeader
        if let against = results.against {  // the baseline's total, in the header's own words
            header[4] = labels.csvAgainstTotal(labels.caseName(against.name))
        }
        var table = ReportTable(title: "", columns: header.map { .init($0) }, format: CellFormat(labels: labels, language: language))
        try results.forEachCase { result, comparison in
            guard let comparison else { return }
            func row(_ id: String, _ code: String?, _ name: String, _ summary: SavingsSummary) -> [TableCell] {
                [
                    .text(labels.caseName(result.name)), .text(id), Self.code(code), .text(name), .amount(summary.standaloneTotal),
                    .amount(summary.caseTotal), .amount(summary.savings),
                    .rate(numerator: summary.savingsRate.numerator, denominator: summary.savingsRate.denominator),
                    summary.paybackFiscalYear.map(TableCell.fiscalYear) ?? .blank, .amount(summary.npvSavings),
                ]
            }
            // A member only in this case or only in the `--against` case is not compared: no row (the table's note says so).
            for (member, summary) in zip(result.members, comparison.members) where members?.contains(member.id) ?? true {
                guard let summary else { continue }
                table.rows.append(row(member.id, member.code, member.name, summary))
            }
            table.rows.append(row("", nil, labels.groupTotal, comparison.group))
        }
        return table
    }

    /// The secretariat's table, tidy: fee, member, amount and subsidy.
    package static func apportionment(_ table: ApportionmentTable, language: Language = .ja, to sink: OutputSink) {
        let labels = Labels.of(language)
        var tidy = ReportTable(
            title: "", columns: labels.csvApportionmentHeader.map { .init($0) }, format: CellFormat(labels: labels, language: language))
        for fee in table.fees {
            for (member, share) in fee.shares.enumerated() {
                tidy.rows.append([
                    .fiscalYear(table.fiscalYear), .text(labels.caseName(table.caseName)), .text(fee.label),
                    .text(labels.categoryName(fee.category.costCategory)),
                    .text(share.id), code(table.memberCodes[member]), .text(share.name), .amount(share.amount), .amount(share.subsidy),
                    .amount(share.allocationTax),
                ])
            }
        }
        tidy.csv(to: sink)
    }

    /// The secretariat's table, wide, as the 負担金 table prints: one row per member, one column per
    /// fee that charged anyone that year, then 負担金計, 補助金等, 交付税措置 (where there is some) and
    /// 差引負担額, and a totals row; exact yen. It is the 負担金 table itself, with id and code columns,
    /// under heading rows that say its fiscal year, case and unit, so that a sheet opened on its own
    /// says what it is.
    package static func apportionmentWide(_ table: ApportionmentTable, language: Language = .ja, to sink: OutputSink) {
        let labels = Labels.of(language)
        var wide = ReportTables.apportionment(table, format: CellFormat(labels: labels, language: language))
        wide.columns =
            [labels.csvCostsHeader[1], labels.csvCostsHeader[2], labels.csvCostsHeader[3]].map { .init($0) }
            + wide.columns.dropFirst()
        wide.rows = zip(wide.rows.indices, wide.rows).map { index, row in
            let member = table.memberIDs.indices.contains(index)
            return [.text(member ? table.memberIDs[index] : ""), member ? code(table.memberCodes[index]) : .blank] + row
        }
        let headings: [[String]] = [
            [wide.title],
            [labels.csvHeadingFiscalYear, "\(table.fiscalYear)"],
            [labels.csvHeadingCase, labels.caseName(table.caseName)],
            [labels.csvHeadingUnit, labels.csvHeadingYen],
            [],
        ]
        wide.csv(to: sink, headings: headings)
    }

    /// 全国地方公共団体コード as text, blank where a member has none.
    static func code(_ code: String?) -> TableCell { code.map(TableCell.text) ?? .blank }
}
