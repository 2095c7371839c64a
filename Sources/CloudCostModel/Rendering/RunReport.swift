/// The text tables of `costsim run`: comparison with staying alone, then costs by fiscal year.
public struct RunReport {
    public var results: ScenarioResults
    public var labels: Labels
    /// Member ids whose fiscal-year tables are added.
    public var memberIDs: [String]

    public init(results: ScenarioResults, language: Language = .ja, memberIDs: [String] = []) {
        self.results = results
        self.labels = Labels.of(language)
        self.memberIDs = memberIDs
    }

    public func render() throws(AmountOverflowError) -> String {
        let scenario = results.scenario
        var output = "\(scenario.name)\n"
        output += "\(labels.period(scenario.fiscalYears.lowerBound, scenario.fiscalYears.upperBound))  \(labels.unitYen)\n"
        for (result, comparison) in zip(results.cases.dropFirst(), results.comparisons) {
            output += "\n\(labels.comparisonTitle(labels.caseName(result.name)))\n"
            output += comparisonTable(result, comparison).render()
        }
        for result in results.cases {
            output += "\n\(labels.yearTableTitle(labels.caseName(result.name), labels.groupTotal))\n"
            output += try yearTable(try result.groupFigures(), years: result.fiscalYears).render()
        }
        for id in memberIDs {
            for result in results.cases {
                guard let index = result.members.firstIndex(where: { $0.id == id }) else { continue }
                output += "\n\(labels.yearTableTitle(labels.caseName(result.name), result.members[index].name))\n"
                output += try yearTable(result.figures[index], years: result.fiscalYears).render()
            }
        }
        return output
    }

    func comparisonTable(_ result: CaseResult, _ comparison: Comparison) -> TextTable {
        var table = TextTable(columns: [
            .init(labels.member, .left), .init(labels.standaloneTotal), .init(labels.caseTotal(labels.caseName(result.name))),
            .init(labels.savings), .init(labels.savingsRate), .init(labels.payback), .init(labels.npv),
        ])
        func row(_ name: String, _ summary: SavingsSummary) -> [String] {
            [name, NumberFormat.yen(summary.standaloneTotal), NumberFormat.yen(summary.caseTotal), NumberFormat.yen(summary.savings),
             NumberFormat.percent(summary), summary.paybackFiscalYear.map(labels.year) ?? labels.notPaidBack,
             NumberFormat.yen(summary.npvSavings)]
        }
        for (member, summary) in zip(result.members, comparison.members) { table.add(row(member.name, summary)) }
        table.addRule()
        table.add(row(labels.groupTotal, comparison.group))
        return table
    }

    func yearTable(_ figures: [CategoryFigures], years: ClosedRange<Int>) throws(AmountOverflowError) -> TextTable {
        var table = TextTable(columns: [.init(labels.fiscalYear, .left)]
            + CostCategory.allCases.map { .init(labels.categoryName($0)) } + [.init(labels.total)])
        var sum = CategoryFigures()
        for (year, value) in zip(years, figures) {
            table.add([labels.year(year)] + CostCategory.allCases.map { NumberFormat.yen(value[$0]) } + [NumberFormat.yen(value.total)])
            sum = try sum + value
        }
        table.addRule()
        table.add([labels.total] + CostCategory.allCases.map { NumberFormat.yen(sum[$0]) } + [NumberFormat.yen(sum.total)])
        return table
    }
}

/// The text table of `costsim apportion`: members down, fees across.
public struct ApportionmentReport {
    public var scenarioName: String
    public var table: ApportionmentTable
    public var labels: Labels

    public init(scenarioName: String, table: ApportionmentTable, language: Language = .ja) {
        self.scenarioName = scenarioName
        self.table = table
        self.labels = Labels.of(language)
    }

    public func render() throws(AmountOverflowError) -> String {
        var output = "\(scenarioName)\n\(labels.apportionmentTitle(table.fiscalYear, labels.caseName(table.caseName)))  \(labels.unitYen)\n"
        var text = TextTable(columns: [.init(labels.member, .left)] + table.fees.map { .init($0.label) }
            + [.init(labels.feeTotal), .init(labels.subsidy), .init(labels.net)])
        let names = table.memberNames
        var columnTotals = [Int64](repeating: 0, count: 3)
        for index in names.indices {
            var amount: Int64 = 0, subsidy: Int64 = 0
            for fee in table.fees {
                amount = try Yen.add(amount, fee.shares[index].amount, "fees total")
                subsidy = try Yen.add(subsidy, fee.shares[index].subsidy, "subsidy total")
            }
            let net = try Yen.add(amount, subsidy, "net")
            columnTotals[0] = try Yen.add(columnTotals[0], amount, "fees total")
            columnTotals[1] = try Yen.add(columnTotals[1], subsidy, "subsidy total")
            columnTotals[2] = try Yen.add(columnTotals[2], net, "net")
            text.add([names[index]] + table.fees.map { NumberFormat.yen($0.shares[index].amount) }
                + [amount, subsidy, net].map(NumberFormat.yen))
        }
        text.addRule()
        text.add([labels.total] + table.fees.map { NumberFormat.yen($0.total) } + columnTotals.map(NumberFormat.yen))
        output += text.render()
        return output
    }
}
