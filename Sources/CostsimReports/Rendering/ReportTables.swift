import CloudCostModel
import CostsimCore

/// Builds the tables of `costsim run` and of the reports from computed results, in a language and
/// a display unit. Amounts shown in 千円 or 百万円 are rounded so that rows add up to the totals shown
/// (see `DisplayRounding`).
package struct ReportTables: Sendable {
    package var results: ScenarioResults
    package var language: Language
    package var unit: DisplayUnit
    package var labels: Labels

    package init(results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .yen, years: YearStyle = .western) {
        self.results = results
        self.language = language
        self.unit = unit
        self.labels = Labels.of(language, years: years)
    }

    var scenario: Scenario { results.scenario }

    /// `単位：千円`.
    package var unitLine: String { labels.unit(unit.name(language)) }

    package var periodLine: String { labels.period(scenario.fiscalYears.lowerBound, scenario.fiscalYears.upperBound) }

    func amount(_ units: Int64) -> String { NumberFormat.yen(units) }

    /// The name of the case every other is compared with, when it is not staying alone (`--against`).
    var baselineName: String? { results.against.map { labels.caseName($0.name) } }

    /// What savings are: stay-alone minus the case, or with `--against`, the other case minus this one.
    var savingsNote: String { baselineName.map(labels.savingsAgainstNote) ?? labels.savingsNote }

    var roundingNote: [String] { unit == .yen ? [] : [labels.roundingNote(unit.name(language))] }

    /// What the figures rest on that is not the user's own (see `InputNotes`), said under every table they are in.
    var inputNotes: [String] {
        InputNotes.notes(members: scenario.members, warnings: results.document.warnings, labels: labels, language: language)
    }

    // MARK: Comparison

    /// Every member's and the group's figures for a case compared with staying alone.
    package func comparison(_ result: CaseResult, _ comparison: Comparison) -> ReportTable {
        let divisor = unit.divisor
        let standalone = DisplayRounding.round(comparison.members.map(\.standaloneTotal), unit: divisor)
        let caseTotals = DisplayRounding.round(comparison.members.map(\.caseTotal), unit: divisor)
        var table = ReportTable(
            title: baselineName.map { labels.comparisonAgainstTitle($0, labels.caseName(result.name)) }
                ?? labels.comparisonTitle(labels.caseName(result.name)),
            columns: [
                .init(labels.member, .left), .init(baselineName.map(labels.caseTotal) ?? labels.standaloneTotal),
                .init(labels.caseTotal(labels.caseName(result.name))),
                .init(labels.savings), .init(labels.savingsRate), .init(labels.payback), .init(labels.npv),
            ])
        func row(_ name: String, _ summary: SavingsSummary, _ alone: Int64, _ total: Int64, joins: Month?) -> [String] {
            [
                name, amount(alone), amount(total), amount(alone - total), NumberFormat.percent(summary),
                labels.payback(summary.paybackFiscalYear, joins: joins, in: result.fiscalYears),
                amount(DisplayRounding.single(summary.npvSavings, unit: divisor)),
            ]
        }
        for (index, member) in result.members.enumerated() {
            table.rows.append(row(member.name, comparison.members[index], standalone[index], caseTotals[index], joins: member.joins))
        }
        table.rows.append(
            row(
                labels.groupTotal, comparison.group, standalone.reduce(0, +), caseTotals.reduce(0, +),
                joins: result.members.compactMap(\.joins).min()))
        table.totalRowCount = 1
        table.notes = roundingNote + [labels.npvNote(NumberFormat.percent(scenario.discountRate))] + inputNotes
        return table
    }

    // MARK: Costs by fiscal year

    /// The group's costs (or member `member`'s) by fiscal year and category, for a case.
    package func fiscalYears(_ result: CaseResult, member: Int? = nil) throws(AmountOverflowError) -> ReportTable {
        let figures: [CategoryFigures]
        if let member { figures = result.figures[member] } else { figures = try result.groupFigures() }
        return fiscalYears(
            caseName: result.name, whose: member.map { result.members[$0].name }, years: result.fiscalYears, figures: figures)
    }

    /// The costs of `whose` (a member's name; nil: the group) by fiscal year and category, in a case.
    package func fiscalYears(caseName: CaseName, whose: String?, years: ClosedRange<Int>, figures: [CategoryFigures]) -> ReportTable {
        yearTable(title: labels.yearTableTitle(labels.caseName(caseName), whose ?? labels.groupTotal), years: years, figures: figures)
    }

    /// The savings of `whose` (nil: the group) by fiscal year and category: stay-alone minus the case.
    package func savingsByYear(caseName: CaseName, whose: String?, years: ClosedRange<Int>, savings: [CategoryFigures]) -> ReportTable {
        var table = yearTable(
            title: labels.savingsYearTitle(labels.caseName(caseName), whose ?? labels.groupTotal), years: years, figures: savings)
        table.notes.append(savingsNote)
        return table
    }

    /// Fiscal years down, categories across, with a total column and a totals row.
    func yearTable(title: String, years: ClosedRange<Int>, figures: [CategoryFigures]) -> ReportTable {
        var (table, categories) = categoryTable(
            title: title, firstHeader: labels.fiscalYear, rows: zip(years, figures).map { (labels.year($0), $1) },
            lastHeader: labels.total, totalLabel: labels.total)
        table.notes = roundingNote + (categories.contains(.allocationTax) ? [labels.generalFundNote] : []) + inputNotes
        return table
    }

    /// Rows (fiscal years, or members) down, categories across (交付税措置 only where there is some),
    /// each row's total in the last column and a totals row. Row totals are rounded against the grand
    /// total, and each row's categories against its row total, so rows add up across and columns down.
    /// `alsoShowing` are further figures whose categories decide the columns (the group's).
    func categoryTable(
        title: String, firstHeader: String, rows: [(label: String, figures: CategoryFigures)], lastHeader: String, totalLabel: String,
        alsoShowing: [CategoryFigures] = []
    ) -> (table: ReportTable, categories: [CostCategory]) {
        let categories = shownCategories(rows.map(\.figures) + alsoShowing)
        var table = ReportTable(
            title: title,
            columns: [.init(firstHeader, .left)] + categories.map { .init(labels.categoryName($0)) } + [.init(lastHeader)])
        let totals = DisplayRounding.round(rows.map(\.figures.total), unit: unit.divisor)
        var columnSums = [Int64](repeating: 0, count: categories.count)
        for (index, row) in rows.enumerated() {
            let cells = DisplayRounding.distribute(categories.map { row.figures[$0] }, unit: unit.divisor, target: Int128(totals[index]))
            for (column, cell) in cells.enumerated() { columnSums[column] += cell }
            table.rows.append([row.label] + cells.map(amount) + [amount(totals[index])])
        }
        table.rows.append([totalLabel] + columnSums.map(amount) + [amount(totals.reduce(0, +))])
        table.totalRowCount = 1
        return (table, categories)
    }

    /// Every category, but allocation tax only where some figure has it (most scenarios have none).
    func shownCategories(_ figures: [CategoryFigures]) -> [CostCategory] {
        let hasAllocationTax = figures.contains { $0.allocationTax != 0 }
        return CostCategory.allCases.filter { $0 != .allocationTax || hasAllocationTax }
    }

    // MARK: Savings by category

    /// Each member's and the group's savings over the period by category, for a case: members down,
    /// categories across, the savings (as in the comparison table) in the last column.
    package func savingsByCategory(_ result: CaseResult, _ comparison: Comparison) -> ReportTable {
        var (table, _) = categoryTable(
            title: labels.savingsCategoryTitle(labels.caseName(result.name)), firstHeader: labels.member,
            rows: zip(result.members, comparison.members).map { ($0.name, $1.byCategory) }, lastHeader: labels.savings,
            totalLabel: labels.groupTotal, alsoShowing: [comparison.group.byCategory])
        table.notes = roundingNote + [savingsNote] + inputNotes
        return table
    }

    // MARK: Apportionment

    /// The secretariat's table: members down, fees across, with the fee total, subsidy and net amount.
    package func apportionment(_ apportionment: ApportionmentTable) -> ReportTable {
        let divisor = unit.divisor
        // A fee that charged nobody that year (it has ended, or not begun) has no column.
        let shownFees = apportionment.fees.filter { $0.total != 0 }
        let feeColumns = shownFees.map { fee in
            DisplayRounding.distribute(
                fee.shares.map(\.amount), unit: divisor,
                target: DisplayRounding.roundedUnits(Int128(fee.total), unit: divisor))
        }
        let subsidies = apportionment.memberNames.indices.map { member in
            apportionment.fees.reduce(Int64(0)) { $0 + $1.shares[member].subsidy }
        }
        let allocationTaxes = apportionment.memberNames.indices.map { member in
            apportionment.fees.reduce(Int64(0)) { $0 + $1.shares[member].allocationTax }
        }
        let shownSubsidies = DisplayRounding.round(subsidies, unit: divisor)
        // 交付税措置 only where there is some (most consortia have none).
        let shownAllocationTaxes = allocationTaxes.contains { $0 != 0 } ? DisplayRounding.round(allocationTaxes, unit: divisor) : nil
        var table = ReportTable(
            title: labels.apportionmentTitle(apportionment.fiscalYear, labels.caseName(apportionment.caseName)),
            columns: [.init(labels.member, .left)] + shownFees.map { .init($0.label) }
                + [.init(labels.feeTotal), .init(labels.subsidy)] + (shownAllocationTaxes == nil ? [] : [.init(labels.allocationTax)])
                + [.init(labels.net)])
        var sums = [Int64](repeating: 0, count: table.columns.count - 1)
        for (member, name) in apportionment.memberNames.enumerated() {
            let fees = feeColumns.map { $0[member] }
            let feeTotal = fees.reduce(0, +)
            let allocationTax = shownAllocationTaxes.map { [$0[member]] } ?? []
            let net = feeTotal + shownSubsidies[member] + (allocationTax.first ?? 0)
            let cells = fees + [feeTotal, shownSubsidies[member]] + allocationTax + [net]
            for (column, cell) in cells.enumerated() { sums[column] += cell }
            // A fee that names its members shows no share for the others: a dash, not a 0 they might be asked for.
            let feeCells = zip(shownFees, fees).map { fee, value in fee.shares[member].applies ? amount(value) : "—" }
            table.rows.append([name] + feeCells + cells.dropFirst(fees.count).map(amount))
        }
        table.rows.append([labels.total] + sums.map(amount))
        table.totalRowCount = 1
        table.notes = roundingNote + (shownAllocationTaxes == nil ? [] : [labels.generalFundNote])
        return table
    }

    /// Under the 負担金 table, the basis of each shared fee that charged anyone that year: its
    /// coefficients in the title, each member's population (and usage) that year, and what it paid by
    /// basis (均等割・人口割・利用量割), in exact yen, so that a member can check its bill.
    package func apportionmentBasis(_ apportionment: ApportionmentTable) -> [ReportTable] {
        apportionment.fees.compactMap { fee -> ReportTable? in
            guard let split = fee.split, fee.total != 0 else { return nil }
            let used = SplitBasis.allCases.filter { split.coefficient(of: $0) != .zero }
            let coefficients = used.map { "\(labels.basisName($0)) \(split.coefficient(of: $0))" }.joined(separator: "・")
            let showsUsage = used.contains(.usage)
            var table = ReportTable(
                title: labels.basisTitle(fee.label, coefficients),
                columns: [.init(labels.member, .left), .init(labels.population)] + (showsUsage ? [.init(labels.usage)] : [])
                    + used.map { .init(labels.basisName($0)) } + [.init(labels.feeTotal)])
            var sums = [Int64](repeating: 0, count: used.count + 1)
            for (index, share) in fee.shares.enumerated() where share.applies {
                let basis = apportionment.bases[index]
                let parts = used.map { share.part($0) }
                for (column, value) in (parts + [share.amount]).enumerated() { sums[column] += value }
                table.rows.append(
                    [share.name, NumberFormat.yen(basis.population)] + (showsUsage ? [basis.usage.map(\.description) ?? "0"] : [])
                        + (parts + [share.amount]).map(NumberFormat.yen))
            }
            table.rows.append([labels.total, ""] + (showsUsage ? [""] : []) + sums.map(NumberFormat.yen))
            table.totalRowCount = 1
            table.notes = [labels.basisNote]
            return table
        }
    }
}
