import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Comparison with staying alone")
struct ComparisonTests {
    @Test(
        "payback: the first year from which cumulative savings stay ≥ 0",
        arguments: [
            // yearly savings → cumulative → index of the payback year
            ([-100, 50, 60], 2 as Int?),  // −100, −50, 10
            ([100, -200, 150], 2),  // 100, −100, 50: ≥ 0 in the first year does not count, it dips later
            ([10, 20], 0),  // 10, 30
            ([0, 0], 0),  // 0 counts as paid back
            ([50, -60], nil),  // 50, −10: negative at the end
            ([-1], nil),
        ] as [([Int64], Int?)])
    func payback(yearly: [Int64], expected: Int?) throws {
        #expect(try Comparison.paybackIndex(yearly) == expected)
    }

    @Test("savings, rate, payback fiscal year and NPV for a member and the group")
    func summary() throws {
        // One member, FY2020–2021, standalone 1,200 a year. Plan: joins 2021-04, joinCost 1,000, fee 10 a month.
        // Standalone: 1,200 + 1,200 = 2,400. Plan: 1,200 (FY2020) + 1,000 + 120 (FY2021) = 2,320.
        // Yearly savings: 0, 80 → savings 80; rate 80/2,400 = 0.0333…; cumulative 0, 80. The cumulative 0 of FY2020
        // does not count: MODEL.md's payback year is not before the fiscal year the member joins, FY2021.
        // NPV at 0.1: 0 + 80/1.1 = 72.7… → 73.
        let member = memberJSON("a", joins: "2021-04", annualCost: 1_200, #""joinCost": 1000"#)
        let json = scenarioJSON(
            from: 2020, to: 2021, members: [member], fees: [#"{"label": "f", "perMember": {"monthly": 10}}"#],
            top: #""discountRate": 0.1"#)
        let comparison = try compute(json).comparisons[0]
        let summary = try #require(comparison.members[0])
        #expect(summary.standaloneTotal == 2_400)
        #expect(summary.caseTotal == 2_320)
        #expect(summary.savings == 80)
        #expect(summary.yearlySavings == [0, 80])
        #expect(summary.savingsRate(places: 6) == ExactDecimal(jsonText: "0.033333"))
        #expect(summary.paybackFiscalYear == 2021)
        #expect(summary.npvSavings == 73)
        #expect(comparison.group == summary)
    }

    @Test(
        "payback is not before the join year, and none for a member that never joins in the case",
        arguments: [
            // yearly savings, period, join month → payback year
            ([0, 0, 50] as [Int64], "2021-10" as String?, 2021 as Int?),  // cumulative 0, 0, 50: from its join year
            ([0, -10, 50], "2021-10", 2022),  // 0, −10, 40: the join year is negative
            ([0, 0, 0], nil, nil),  // never joins: no payback, though all is 0
            ([0, 0, 0], "2023-04", nil),  // joins after the period
            ([5, 5, 5], "2015-04", 2020),  // joined before the period: its first year
        ] as [([Int64], String?, Int?)])
    func paybackFromJoining(yearly: [Int64], joins: String?, expected: Int?) throws {
        #expect(try Comparison.paybackYear(yearly, years: 2020...2022, joins: joins.flatMap { Month($0) }) == expected)
    }

    @Test("a member kept out by a variant has no payback year (甲賀市不参加)")
    func keptOut() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let index = try #require(results.scenario.members.firstIndex { $0.id == "koka" })
        let variant = try #require(try results.comparisons.firstIndex { $0.caseName == .variant("甲賀市不参加") })
        #expect(try results.comparisons[variant].members[index]?.paybackFiscalYear == nil)
        #expect(try results.comparisons[0].members[index]?.paybackFiscalYear != nil)
    }

    @Test("a savings rate is 0 where the stay-alone total is 0, and rounds halves away from zero")
    func rate() {
        let zero = SavingsSummary(
            standaloneTotal: 0, caseTotal: 10, savings: -10, yearlySavings: [-10], paybackFiscalYear: nil, npvSavings: -10)
        #expect(zero.savingsRate(places: 6) == .zero)
        // 1/8 = 0.125 → 2 places: 0.13; −1/8 → −0.13.
        let eighth = SavingsSummary(standaloneTotal: 8, caseTotal: 7, savings: 1, yearlySavings: [1], paybackFiscalYear: nil, npvSavings: 1)
        #expect(eighth.savingsRate(places: 2) == ExactDecimal(jsonText: "0.13"))
        let minus = SavingsSummary(
            standaloneTotal: 8, caseTotal: 9, savings: -1, yearlySavings: [-1], paybackFiscalYear: nil, npvSavings: -1)
        #expect(minus.savingsRate(places: 2) == ExactDecimal(jsonText: "-0.13"))
    }

    @Test("a variant is compared with its own members' stay-alone figures")
    func variantBaseline() throws {
        // The variant adds member b (standalone 600 a year, never joins): its stay-alone total includes b.
        let json = """
            {"format": "costsim/1", "name": "t", "fiscalYears": {"from": 2020, "to": 2020},
             "members": [\(memberJSON("a", annualCost: 1200))],
             "group": {"fees": []},
             "variants": [{"name": "with b", "patch": {"members": [\(memberJSON("b", joins: nil, annualCost: 600))]}}]}
            """
        let results = try compute(json)
        #expect(results.caseNames == [.standalone, .plan, .variant("with b")])
        // Plan: a on the shared system all year, no fees: 0. Standalone 1,200. Variant: a 0 + b 600, alone 1,800.
        #expect(try results.comparisons[0].group.standaloneTotal == 1_200)
        #expect(try results.comparisons[1].group.standaloneTotal == 1_800)
        #expect(try results.comparisons[1].group.caseTotal == 600)
    }
}

@Suite("Savings by category")
struct SavingsByCategoryTests {
    @Test("the worked example's savings by category and fiscal year, by hand")
    func workedExample() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8))
        let plan = results.planComparison
        // 東町 FY2024: system alone 6,000,000 + the refresh 1,200,000 = 7,200,000; in the plan its own system
        // April–September 3,000,000, the fee 1,800,000 and 事務局経費 500,000: 5,300,000 → saves 1,900,000.
        // One-off: the migration 600,000 is spent (−600,000); its subsidy 300,000 is received (+300,000).
        // FY2025: 6,000,000 − 4,225,000 = 1,775,000. Period: system 3,675,000 − 600,000 + 300,000 = 3,375,000.
        #expect(
            plan.members[0]?.yearlyByCategory == [
                CategoryFigures(system: 1_900_000, oneOff: -600_000, subsidy: 300_000), CategoryFigures(system: 1_775_000),
            ])
        #expect(plan.members[0]?.byCategory == CategoryFigures(system: 3_675_000, oneOff: -600_000, subsidy: 300_000))
        #expect(plan.members[0]?.byCategory.total == plan.members[0]?.savings)
        // 西町 alone in FY2024 (nothing saved), FY2025: 3,000,000 − 1,575,000 = 1,425,000.
        #expect(plan.members[1]?.byCategory == CategoryFigures(system: 1_425_000))
        // The group: system 5,100,000, one-off −600,000, subsidy +300,000: 4,800,000.
        #expect(plan.group.byCategory == CategoryFigures(system: 5_100_000, oneOff: -600_000, subsidy: 300_000))
        #expect(plan.group.yearlyByCategory.map(\.total) == [1_600_000, 3_200_000])
        // The result JSON carries them as added fields.
        let json = try ResultJSON.result(results)
        #expect(
            json.contains(
                #""savingsByCategory": {"system": 3675000, "personnel": 0, "governmentCloud": 0, "oneOff": -600000, "subsidy": 300000, "allocationTax": 0, "total": 3375000}"#
            ))
        #expect(
            json.contains(
                #"{"fiscalYear": 2024, "system": 1900000, "personnel": 0, "governmentCloud": 0, "oneOff": -600000, "subsidy": 300000, "allocationTax": 0, "total": 1600000}"#
            ))
    }

    @Test("the savings table holds exact yen, which add up across and down; 千円 only as it is shown")
    func table() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let table = ReportTables(results: results, unit: .thousand).savingsByCategory(results.plan, results.planComparison)
        func yen(_ cell: TableCell) -> Int64 {
            guard case .amount(let amount) = cell else { return .min }
            return amount
        }
        for row in table.rows { #expect(row.dropFirst().dropLast().map(yen).reduce(0, +) == yen(row.last ?? .blank)) }
        for column in 1..<table.columns.count {
            #expect(table.rows.dropLast().map { yen($0[column]) }.reduce(0, +) == yen(table.rows.last?[column] ?? .blank))
        }
        // The group's savings, 4,970,447,817 yen, is 4,970,448 千円.
        #expect(table.rows.last?.last == .amount(4_970_447_817))
        #expect(table.shownRows.last?.last == "4,970,448")
    }
}
