import Testing

@testable import CloudCostModel

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
        let summary = comparison.members[0]
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
        #expect(try Comparison.paybackYear(yearly, years: 2020...2022, joins: joins.flatMap(Month.init)) == expected)
    }

    @Test("a member kept out by a variant has no payback year (甲賀市不参加)")
    func keptOut() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let index = try #require(results.scenario.members.firstIndex { $0.id == "koka" })
        let variant = try #require(try results.comparisons.firstIndex { $0.caseName == "甲賀市不参加" })
        #expect(try results.comparisons[variant].members[index].paybackFiscalYear == nil)
        #expect(try results.comparisons[0].members[index].paybackFiscalYear != nil)
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
