import CloudCostModel
import CostsimCore

/// CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends, so that Japanese Excel opens it
/// correctly by double-click. Amounts are always exact yen, for Excel to compute with. Rows are
/// written to the output as they are made: a national run is millions of rows.
package struct CSVExport: Sendable {
    package let results: ScenarioResults
    package let labels: Labels
    /// Only these members' rows (by id); nil: every member. The group's row stays the whole group's.
    package let members: Set<String>?

    package init(results: ScenarioResults, language: Language = .ja, members: Set<String>? = nil) {
        self.results = results
        self.labels = Labels.of(language)
        self.members = members
    }

    /// The costs table as text (for tests and small scenarios).
    package func costs() throws -> String { try OutputSink.text { try costs(to: $0) } }

    /// The comparison table as text.
    package func comparison() throws -> String { try OutputSink.text { try comparison(to: $0) } }

    /// One tidy table: case, member, fiscal year, category, yen — one row per figure.
    package func costs(to sink: OutputSink) throws {
        var writer = CSVWriter(sink: sink)
        // With estimated stay-alone costs, a last column says which figures rest on an estimate (推計).
        let estimated = Set(results.scenario.members.filter { $0.standalone.annualCostEstimate != nil }.map(\.id))
        writer.row(labels.csvCostsHeader + (estimated.isEmpty ? [] : [labels.csvBasis]))
        try results.forEachCase { result, _ in
            let caseName = labels.caseName(result.name)
            for (index, member) in result.members.enumerated() where members?.contains(member.id) ?? true {
                for (year, figures) in zip(result.fiscalYears, result.figures[index]) {
                    guard !sink.failed else { return }
                    for category in CostCategory.allCases {
                        let basis =
                            estimated.isEmpty ? [] : [estimated.contains(member.id) && category == .system ? labels.csvEstimate : ""]
                        writer.row(
                            [caseName, member.id, member.name, String(year), labels.categoryName(category), String(figures[category])]
                                + basis)
                    }
                }
            }
        }
    }

    /// The comparison of every case with staying alone, per member and for the group.
    package func comparison(to sink: OutputSink) throws {
        var writer = CSVWriter(sink: sink)
        var header = labels.csvComparisonHeader
        if let against = results.against {  // the baseline's total, in the header's own words
            header[3] = labels.csvAgainstTotal(labels.caseName(against.name))
        }
        writer.row(header)
        try results.forEachCase { result, comparison in
            guard let comparison else { return }
            func row(_ id: String, _ name: String, _ summary: SavingsSummary) -> [String] {
                [
                    labels.caseName(result.name), id, name, String(summary.standaloneTotal), String(summary.caseTotal),
                    String(summary.savings), summary.savingsRate(places: 6).description,
                    summary.paybackFiscalYear.map(String.init) ?? "", String(summary.npvSavings),
                ]
            }
            for (member, summary) in zip(result.members, comparison.members) where members?.contains(member.id) ?? true {
                writer.row(row(member.id, member.name, summary))
            }
            writer.row(row("", labels.groupTotal, comparison.group))
        }
    }

    /// The secretariat's table, tidy: fee, member, amount and subsidy.
    package static func apportionment(_ table: ApportionmentTable, language: Language = .ja, to sink: OutputSink) {
        let labels = Labels.of(language)
        var writer = CSVWriter(sink: sink)
        writer.row(labels.csvApportionmentHeader)
        for fee in table.fees {
            for share in fee.shares {
                writer.row([
                    String(table.fiscalYear), labels.caseName(table.caseName), fee.label,
                    labels.categoryName(fee.category == .system ? .system : .governmentCloud),
                    share.id, share.name, String(share.amount), String(share.subsidy), String(share.allocationTax),
                ])
            }
        }
    }

    /// The secretariat's table, wide, as the 負担金 table prints: one row per member, one column per
    /// fee that charged anyone that year, then 負担金計, 補助金等, 交付税措置 (where there is some) and
    /// 差引負担額, and a totals row; exact yen.
    package static func apportionmentWide(_ table: ApportionmentTable, language: Language = .ja, to sink: OutputSink) {
        let labels = Labels.of(language)
        let fees = table.fees.filter { $0.total != 0 }
        let withAllocationTax = table.fees.contains { $0.shares.contains { $0.allocationTax != 0 } }
        var writer = CSVWriter(sink: sink)
        writer.row(
            [labels.csvCostsHeader[1], labels.csvCostsHeader[2]] + fees.map(\.label)
                + [labels.feeTotal, labels.subsidy] + (withAllocationTax ? [labels.allocationTax] : []) + [labels.net])
        var sums = [Int64](repeating: 0, count: fees.count + (withAllocationTax ? 4 : 3))
        for (member, name) in table.memberNames.enumerated() {
            let amounts = fees.map { $0.shares[member].amount }
            let feeTotal = amounts.reduce(0, +)
            let subsidy = table.fees.reduce(Int64(0)) { $0 + $1.shares[member].subsidy }
            let allocationTax = table.fees.reduce(Int64(0)) { $0 + $1.shares[member].allocationTax }
            let cells = amounts + [feeTotal, subsidy] + (withAllocationTax ? [allocationTax] : []) + [feeTotal + subsidy + allocationTax]
            for (column, value) in cells.enumerated() { sums[column] += value }
            writer.row([table.fees.first?.shares[member].id ?? "", name] + cells.map(String.init))
        }
        writer.row(["", labels.total] + sums.map(String.init))
    }
}
