import CloudCostModel
import CostsimCore

/// Builds the tables of `costsim run` and of the reports from computed results, in a language and
/// a display unit. Cells hold exact yen; `CellFormat` rounds them to the unit when they are shown.
package struct ReportTables: Sendable {
    package var results: ScenarioResults
    package var language: Language
    package var unit: DisplayUnit
    package var labels: Labels
    /// How years are written (the labels write them so; the report's footer writes its day so too).
    package var years: YearStyle

    package init(results: ScenarioResults, language: Language = .ja, unit: DisplayUnit = .yen, years: YearStyle = .western) {
        self.results = results
        self.language = language
        self.unit = unit
        self.labels = Labels.of(language, years: years)
        self.years = years
    }

    var scenario: Scenario { results.scenario }

    /// `単位：千円`.
    package var unitLine: String { labels.unit(unit.name(language)) }

    package var periodLine: String { labels.period(scenario.fiscalYears.lowerBound, scenario.fiscalYears.upperBound) }

    /// How the tables' cells are shown: the unit, the year style, the language.
    package var format: CellFormat { CellFormat(unit: unit, labels: labels, language: language) }

    /// The name of the case every other is compared with, when it is not staying alone (`--against`).
    var baselineName: String? { results.against.map { labels.caseName($0.name) } }

    /// What savings are: stay-alone minus the case, or with `--against`, the other case minus this one.
    var savingsNote: String { baselineName.map(labels.savingsAgainstNote) ?? labels.savingsNote }

    /// What the figures rest on that is not the user's own (see `InputNotes`), said under every table they are in.
    package var inputNotes: [String] {
        InputNotes.notes(members: scenario.members, warnings: results.document.warnings, labels: labels, language: language)
    }

    // MARK: Comparison

    /// The line under a comparison that says whether the case meets the reduction target: the
    /// group's (`member` nil) or one member's (by its position in `target.members`).
    /// - Parameter pointing: whether it points to `costsim target` (on a terminal; a report has its own target page).
    package func targetLine(_ target: TargetResult, member: Int? = nil, pointing: Bool = false) -> String {
        let caseName = labels.caseName(target.caseName)
        guard let member else { return TargetLabels.runLine(target, caseName: caseName, labels, format, language, pointing: pointing) }
        return TargetLabels.memberLine(
            target.figures[member], name: target.members[member].name, target: target.target, caseName: caseName, labels, format, language)
    }

    /// Every member's and the group's figures for a case compared with staying alone.
    /// - Parameter targetLine: whether the case meets the reduction target, said in one line under the table.
    package func comparison(_ result: CaseResult, _ comparison: Comparison, targetLine: String? = nil) -> ReportTable {
        var table = ReportTable(
            title: baselineName.map { labels.comparisonAgainstTitle($0, labels.caseName(result.name)) }
                ?? labels.comparisonTitle(labels.caseName(result.name)),
            columns: [
                .init(labels.member, .left), .init(baselineName.map(labels.caseTotal) ?? labels.standaloneTotal),
                .init(labels.caseTotal(labels.caseName(result.name))),
                .init(labels.savings), .init(labels.savingsRate), .init(labels.payback), .init(labels.npv),
            ], format: format)
        func row(_ name: String, _ summary: SavingsSummary?, joins: Month?) -> [TableCell] {
            guard let summary else { return [.text(name)] + Array(repeating: .text("—"), count: 6) }
            return [
                .text(name), .amount(summary.standaloneTotal), .amount(summary.caseTotal), .amount(summary.savings),
                .rate(numerator: summary.savingsRate.numerator, denominator: summary.savingsRate.denominator),
                labels.paybackCell(summary.paybackFiscalYear, joins: joins, in: result.fiscalYears), .amount(summary.npvSavings),
            ]
        }
        for (index, member) in result.members.enumerated() {
            table.rows.append(row(member.name, comparison.members[index], joins: member.joins))
        }
        table.rows.append(row(labels.groupTotal, comparison.group, joins: result.members.compactMap(\.joins).min()))
        table.totalRowCount = 1
        table.notes = notComparedNotes(result, comparison) + [labels.npvNote(NumberFormat.percent(scenario.discountRate))] + inputNotes
        if let targetLine { table.notes.append(targetLine) }
        return table
    }

    /// Against another case: which members are in only one of the two, and so not compared.
    func notComparedNotes(_ result: CaseResult, _ comparison: Comparison) -> [String] {
        guard !comparison.comparesEveryMember, let baselineName else { return [] }
        let onlyInCase = zip(result.members, comparison.members).filter { $0.1 == nil }.map(\.0.name)
        return [labels.notComparedNote(labels.caseName(result.name), onlyInCase, baselineName, comparison.onlyInBaseline.map(\.name))]
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
            title: title, firstHeader: labels.fiscalYear, rows: zip(years, figures).map { (.fiscalYear($0), $1) },
            lastHeader: labels.total, totalLabel: labels.total)
        table.notes = (categories.contains(.allocationTax) ? [labels.generalFundNote] : []) + inputNotes
        return table
    }

    /// Rows (fiscal years, or members) down, categories across (交付税措置 only where there is some),
    /// each row's total in the last column and a totals row: the exact sums of the rows.
    /// `alsoShowing` are further figures whose categories decide the columns (the group's).
    /// `totals`, when given, are the totals row's figures instead of the rows' sums (the group's, when
    /// some members are not compared: a row of nil figures shows — in every column).
    func categoryTable(
        title: String, firstHeader: String, rows: [(label: TableCell, figures: CategoryFigures?)], lastHeader: String, totalLabel: String,
        alsoShowing: [CategoryFigures] = [], totals: CategoryFigures? = nil
    ) -> (table: ReportTable, categories: [CostCategory]) {
        let categories = shownCategories(rows.compactMap(\.figures) + alsoShowing)
        var table = ReportTable(
            title: title,
            columns: [.init(firstHeader, .left)] + categories.map { .init(labels.categoryName($0)) } + [.init(lastHeader)],
            format: format)
        for row in rows {
            guard let figures = row.figures else {
                table.rows.append([row.label] + Array(repeating: .text("—"), count: categories.count + 1))
                continue
            }
            table.rows.append([row.label] + categories.map { .amount(figures[$0]) } + [.total(of: [figures.total])])
        }
        if let totals {
            table.rows.append([.text(totalLabel)] + categories.map { .amount(totals[$0]) } + [.amount(totals.total)])
        } else {
            let figures = rows.compactMap(\.figures)
            table.rows.append(
                [.text(totalLabel)] + categories.map { category in .total(of: figures.lazy.map { $0[category] }) }
                    + [.total(of: figures.lazy.map(\.total))])
        }
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
            rows: zip(result.members, comparison.members).map { (.text($0.name), $1?.byCategory) }, lastHeader: labels.savings,
            totalLabel: labels.groupTotal, alsoShowing: [comparison.group.byCategory],
            totals: comparison.comparesEveryMember ? nil : comparison.group.byCategory)
        table.notes = notComparedNotes(result, comparison) + [savingsNote] + inputNotes
        return table
    }

    // MARK: Apportionment

    /// The secretariat's table: members down, fees across, with the fee total, subsidy and net amount.
    package func apportionment(_ apportionment: ApportionmentTable) -> ReportTable {
        Self.apportionment(apportionment, format: format)
    }

    /// The 負担金 table in `format` (the wide CSV takes it in yen).
    package static func apportionment(_ apportionment: ApportionmentTable, format: CellFormat) -> ReportTable {
        let labels = format.labels
        // A fee that charged nobody that year (it has ended, or not begun) has no column.
        let shownFees = apportionment.fees.filter { $0.total != 0 }
        // 交付税措置 only where there is some (most consortia have none).
        let withAllocationTax = apportionment.fees.contains { $0.shares.contains { $0.allocationTax != 0 } }
        var table = ReportTable(
            title: labels.apportionmentTitle(apportionment.fiscalYear, labels.caseName(apportionment.caseName)),
            columns: [.init(labels.member, .left)] + shownFees.map { .init($0.label) }
                + [.init(labels.feeTotal), .init(labels.subsidy)] + (withAllocationTax ? [.init(labels.allocationTax)] : [])
                + [.init(labels.net)],
            format: format)
        func sums(_ members: [Int]) -> [TableCell] {
            let fees = shownFees.map { fee in TableCell.total(of: members.map { fee.shares[$0].amount }) }
            let amounts = members.flatMap { member in shownFees.map { $0.shares[member].amount } }
            let subsidies = members.flatMap { member in apportionment.fees.map { $0.shares[member].subsidy } }
            let allocationTaxes = members.flatMap { member in apportionment.fees.map { $0.shares[member].allocationTax } }
            return fees + [.total(of: amounts), .total(of: subsidies)] + (withAllocationTax ? [.total(of: allocationTaxes)] : [])
                + [.total(of: amounts + subsidies + allocationTaxes)]
        }
        for (member, name) in apportionment.memberNames.enumerated() {
            var cells = sums([member])
            // A fee that names its members shows no share for the others: a dash, not a 0 they might be asked for.
            for (column, fee) in shownFees.enumerated() where !fee.shares[member].applies { cells[column] = .notCharged }
            table.rows.append([.text(name)] + cells)
        }
        table.rows.append([.text(labels.total)] + sums(Array(apportionment.memberNames.indices)))
        table.totalRowCount = 1
        table.notes = withAllocationTax ? [labels.generalFundNote] : []
        // In a workbook, 負担金計 and the 計 row are SUM formulas (their cached values these exact sums).
        let memberCount = apportionment.memberNames.count
        let feeTotal = 1 + shownFees.count
        if !shownFees.isEmpty {
            table.sums = (0..<memberCount).map { ReportTable.Sum(row: $0, column: feeTotal, over: .columns(1..<feeTotal)) }
        }
        table.sums += (1..<table.columns.count).map { ReportTable.Sum(row: memberCount, column: $0, over: .rows(0..<memberCount)) }
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
            // In exact yen whatever the report's unit: the basis is for checking a bill to the yen.
            var table = ReportTable(
                title: labels.basisTitle(fee.label, coefficients),
                columns: [.init(labels.member, .left), .init(labels.population)] + (showsUsage ? [.init(labels.usage)] : [])
                    + used.map { .init(labels.basisName($0)) } + [.init(labels.feeTotal)],
                format: CellFormat(unit: .yen, labels: labels, language: language))
            let applying = fee.shares.indices.filter { fee.shares[$0].applies }
            for index in applying {
                let share = fee.shares[index]
                let basis = apportionment.bases[index]
                table.rows.append(
                    [.text(share.name), .count(basis.population)] + (showsUsage ? [basis.usage.map(TableCell.decimal) ?? .count(0)] : [])
                        + used.map { .amount(share.part($0)) } + [.amount(share.amount)])
            }
            table.rows.append(
                [.text(labels.total), .blank] + (showsUsage ? [.blank] : [])
                    + used.map { basis in .total(of: applying.map { fee.shares[$0].part(basis) }) }
                    + [.total(of: applying.map { fee.shares[$0].amount })])
            table.totalRowCount = 1
            table.notes = [labels.basisNote]
            return table
        }
    }
}
