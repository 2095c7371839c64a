import ReferenceData
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// The README's worked example: 東町 (30,000 people, alone 6,000,000 a year, refresh 1,200,000 in 2024-10,
/// joins 2024-10, migration 600,000 half subsidised) and 西町 (10,000, alone 3,000,000, joins 2025-04);
/// システム利用料 100,000 per 10,000 a month, 事務局経費 1,000,000 a year split 0.5 equal / 0.5 population.
func workedExample() throws -> Scenario {
    try load(try String(contentsOfFile: packageRoot + "/Scenarios/worked-example.json", encoding: .utf8)).scenario
}

@Suite("What-if: --set")
struct OverrideTests {
    let base = try! JSONParser.parse(
        scenarioJSON(
            members: [memberJSON("koka", joins: "2020-10")],
            fees: [#"{"label": "事務局経費", "shared": {"monthly": 10}, "split": {"equal": 1}}"#],
            top: #""fx": 110"#))

    func value(_ json: JSONValue, _ path: [String]) -> JSONValue? {
        var node: JSONValue? = json
        for key in path {
            switch node {
            case .object(let object)?: node = object[key]
            case .array(let items)?: node = Int(key).map { items[$0] }
            default: return nil
            }
        }
        return node
    }

    @Test("a member by id, a fee by label; values read as JSON or as text")
    func paths() throws {
        let result = try ScenarioOverride.apply(
            [
                "members.koka.joins=2021-04", "group.fees.事務局経費.shared.monthly=25",
                "members.koka.overlapMonths=3",
            ], to: base)
        #expect(value(result, ["members", "0", "joins"]) == .string("2021-04"))
        #expect(value(result, ["members", "0", "overlapMonths"]) == .number("3"))
        #expect(value(result, ["group", "fees", "0", "shared", "monthly"]) == .number("25"))
    }

    @Test("a year under a plain number makes it a by-year value from fiscalYears.from")
    func promotion() throws {
        let result = try ScenarioOverride.apply(["fx.2027=160"], to: base)
        let expected = try JSONParser.parse(#"{"2020": 110, "2027": 160}"#)
        #expect(value(result, ["fx"]) == expected)
    }

    @Test("null removes, as in a merge patch: a member set to never join")
    func null() throws {
        let result = try ScenarioOverride.apply(["members.koka.joins=null"], to: base)
        #expect(value(result, ["members", "0", "joins"]) == nil)
        let document = try ScenarioDecoder.decode(result)
        #expect(document.scenario.members[0].joins == nil)
    }

    @Test("unknown names and malformed assignments say where")
    func errors() {
        do {
            _ = try ScenarioOverride.apply(["members.kokaa.joins=2021-04"], to: base)
            Issue.record("expected a problem")
        } catch {
            #expect(error.text(.en) == "--set members.kokaa.joins=2021-04: no item has the id \"kokaa\"; did you mean \"koka\"?")
            #expect(error.text(.ja) == "--set members.kokaa.joins=2021-04: id が \"kokaa\" の項目はありません。\"koka\" の誤りではありませんか？")
        }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.apply(["members.koka.joins"], to: base) }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.apply(["name.x=1"], to: base) }
        #expect(throws: ScenarioError.self) { try ScenarioOverride.apply(["members..joins=1"], to: base) }
    }

    @Test("an object for a member or fee that is not there appends it; null removes one")
    func appendAndRemove() throws {
        let added = try ScenarioOverride.apply(
            [#"members.toyosato={"code": "25441", "joins": "2021-04", "standalone": {"annualCost": {"estimate": "band"}}}"#], to: base)
        let document = try ScenarioDecoder.decode(added)
        #expect(document.scenario.members.map(\.id) == ["koka", "toyosato"])
        #expect(document.scenario.members[1].name == "豊郷町")  // from the census, by its code
        let fee = try ScenarioOverride.apply([#"group.fees.回線={"perMember": {"monthly": 5}}"#], to: base)
        #expect(try ScenarioDecoder.decode(fee).scenario.group.fees.map(\.label) == ["事務局経費", "回線"])
        let removed = try ScenarioOverride.apply(["members.toyosato=null"], to: added)
        #expect(try ScenarioDecoder.decode(removed).scenario.members.map(\.id) == ["koka"])
        do {
            _ = try ScenarioOverride.apply([#"members.toyosato={"id": "kora"}"#], to: base)
            Issue.record("expected a problem")
        } catch {
            #expect(error.text(.en).hasSuffix(#"the path names id "toyosato", the value another: leave "id" out of the value"#))
        }
    }

    @Test("the result is validated like a file")
    func validated() {
        let json = JSONWriter.write(base)
        do {
            _ = try ScenarioDecoder.load(Array(json.utf8), overrides: ["members.koka.joins=2021-13"])
            Issue.record("expected a problem")
        } catch {
            #expect(
                error.text(.en)
                    == "members[0].joins: \"2021-13\" is not a month: write \"YYYY-MM\" (e.g. \"2019-04\"), year 1900–2199, month 01–12")
        }
    }
}

@Suite("What-if: sensitivity, timing, fairness")
struct WhatIfTests {
    @Test("sensitivity: the stay-alone cost and the fee, by hand")
    func sensitivity() throws {
        let analysis = try Sensitivity(
            try workedExample(), caseName: .plan, change: ExactDecimal(jsonText: "0.1")!,
            growthPoints: ExactDecimal(jsonText: "0.005")!)
        // Stay-alone cost −10 %: 東町 5,400,000 a year → alone 12,000,000 (was 13,200,000); in the plan its own system
        // Apr–Sep 2024 costs 2,700,000 (was 3,000,000): savings 2,475,000, 900,000 less. 西町: alone 5,400,000 (was
        // 6,000,000), plan 2,700,000 + 1,575,000: savings 1,125,000, 300,000 less. Group −1,200,000; +10 % the reverse.
        let first = analysis.effects[0]
        #expect(first.input == .standaloneCost)
        #expect(first.lowMembers == [-900_000, -300_000] && first.lowGroup == -1_200_000)
        #expect(first.highMembers == [900_000, 300_000] && first.highGroup == 1_200_000)
        #expect(first.swing == 2_400_000)
        // システム利用料 −10 %: 10,000 less per unit and month. 東町 3 units × 18 months = 540,000; 西町 1 × 12 = 120,000.
        let second = analysis.effects[1]
        #expect(second.input == .fee(label: "システム利用料"))
        #expect(second.lowMembers == [540_000, 120_000] && second.lowGroup == 660_000)
        #expect(second.highGroup == -660_000)
        // 事務局経費 ±10 %: 1,500,000 charged in the period (500,000 in FY2024, 1,000,000 in FY2025) → ∓150,000.
        #expect(analysis.effects[2].input == .fee(label: "事務局経費"))
        #expect(analysis.effects[2].lowGroup == 150_000)
        // 移行経費 ±10 %: 60,000 more or less, half of it subsidised: ∓30,000.
        let migration = try #require(analysis.effects.first { $0.input == .joinCost })
        #expect(migration.lowGroup == 30_000 && migration.highGroup == -30_000)
        #expect(analysis.baseGroupSavings == 4_800_000)
        #expect(!analysis.effects.contains { $0.input == .exchangeRate || $0.input == .staffCost })  // no USD fee, no staff
    }

    @Test("sensitivity: a move that makes the scenario invalid is reported, not fatal (999,000,000 people)")
    func invalidMove() throws {
        // Growth +0.5 points over two years: 999,000,000 × 1.005 = 1,003,995,000 > 10^9 in FY2021. Before the fix the
        // moved scenario went unchecked to the engine, which stopped the process.
        let member = memberJSON("a", population: 999_000_000, annualCost: 1_000)
        let fee = #"{"label": "f", "shared": {"monthly": 10}, "split": {"population": 1}}"#
        let scenario = try load(scenarioJSON(from: 2020, to: 2021, members: [member], fees: [fee])).scenario
        let analysis = try Sensitivity(
            scenario, caseName: .plan, change: ExactDecimal(jsonText: "0.1")!,
            growthPoints: ExactDecimal(jsonText: "0.005")!)
        let refused = try #require(analysis.refused.first)
        #expect(refused.input == .populationGrowth && refused.up)
        #expect(refused.problems(.en) == ["a: a population would pass 10^9, or a growth rate leave the range between −1 and 1"])
        #expect(refused.problems(.ja) == ["a: 人口が上限の 10^9 人を超えるか、人口増減率が −1 より大きく 1 より小さい範囲を外れます"])
        #expect(!analysis.effects.contains { $0.input == .populationGrowth })
        #expect(analysis.effects.contains { $0.input == .fee(label: "f") })
    }

    @Test("timing: every join month for 西町, the best one, and the renewal 東町 avoids")
    func timing() throws {
        let timing = try JoinTiming(try workedExample(), memberID: "west")
        #expect(timing.rows.count == 1 + 24)  // never, then April 2024 … March 2026
        #expect(timing.rows[0].month == nil && timing.rows[0].memberSavings == 0)
        // Joining 2024-04: FY2024 the fee 1,200,000; 事務局経費 Apr–Sep alone 500,000, Oct–Mar with 東町 6 × 31,250 = 187,500
        // (its population part of each month is 10,416 or 10,417 and its equal part 20,833); total 1,887,500.
        // FY2025 as planned 1,575,000. Savings 6,000,000 − 3,462,500 = 2,537,500; NPV 1,112,500 + 1,425,000/1.02 → 2,509,559.
        let april = timing.rows[1]
        #expect(april.month == Month("2024-04"))
        #expect(april.memberSavings == 2_537_500)
        #expect(april.memberNPV == 2_509_559)
        #expect(timing.best == 1)  // better than never joining (0)
        // Joining as planned (2025-04) gives the plan's figures.
        #expect(
            timing.rows[13].month == Month("2025-04") && timing.rows[13].memberSavings == 1_425_000
                && timing.rows[13].groupSavings == 4_800_000)

        let east = try JoinTiming(try workedExample(), memberID: "east", from: Month("2024-09"), to: Month("2024-11"))
        #expect(east.rows.map(\.month) == [nil, Month("2024-09"), Month("2024-10"), Month("2024-11")])
        #expect(east.rows.map { $0.avoidedRenewals.count } == [0, 1, 1, 0])
    }

    @Test("timing: never joining competes with the months, and wins when every month loses money")
    func neverIsBest() throws {
        // 東町 alone costs nothing; any join month costs it the fee: 1,000 a month. Never joining (0) is best.
        let members = [memberJSON("east", joins: "2020-10"), memberJSON("west", joins: "2020-04")]
        let fee = #"{"label": "f", "perMember": {"monthly": 1000}}"#
        let timing = try JoinTiming(try load(scenarioJSON(members: members, fees: [fee])).scenario, memberID: "east")
        #expect(timing.best == 0 && timing.rows[0].month == nil)
        #expect(timing.rows[1].memberSavings == -12_000)
    }

    @Test("timing: months outside the period are an error, not an empty answer")
    func timingOutside() throws {
        #expect(throws: AnalysisError.self) { try JoinTiming(try workedExample(), memberID: "west", from: Month("2030-04")) }
    }

    @Test("fairness: the two-town game by hand")
    func twoTowns() throws {
        let fairness = try Fairness(try workedExample(), caseName: .plan)
        // 東町 alone on the shared system: FY2024 as planned 5,600,000; FY2025 the fee 3,600,000 and the whole 事務局経費
        // 1,000,000: 10,200,000 against 13,200,000 alone: v(東) = 3,000,000. 西町 alone: 3,000,000 + 1,200,000 + 1,000,000
        // = 5,200,000 against 6,000,000: v(西) = 800,000. Together v = 4,800,000.
        // Shapley: 東 ½(3,000,000 + 4,800,000 − 800,000) = 3,500,000; 西 ½(800,000 + 4,800,000 − 3,000,000) = 1,300,000.
        #expect(fairness.members.map(\.shapley) == [3_500_000, 1_300_000])
        #expect(fairness.members.map(\.savings) == [3_375_000, 1_425_000])
        #expect(fairness.members.allSatisfy { $0.gainsByJoining })
        #expect(fairness.grandCoalitionSavings == 4_800_000)
        #expect(fairness.method == .exact(coalitions: 3))
        // Neither town does better alone: 3,000,000 < 3,375,000 and 800,000 < 1,425,000.
        #expect(fairness.blockingCount == 0 && fairness.coalitionsChecked == 2)
    }

    @Test("coalitions that would do better alone are found")
    func blocking() throws {
        // Three towns of 10,000 people, each 12,000 a year alone. The fee per 10,000 rises with the group's size:
        // 1,000 a month up to 20,000 people, 3,000 above. All three together pay 3,000 a month each: savings
        // 12,000 − 36,000 = −24,000 each, so none gains by joining. Any two alone pay 1,000 each (savings 0), as does
        // one alone: every pair gains 48,000 by going alone, every single town 24,000.
        let members = ["a", "b", "c"].map { memberJSON($0, population: 10_000, annualCost: 12_000) }
        let fee = #"{"label": "f", "perTenThousand": {"monthly": [{"upTo": 20000, "rate": 1000}, {"upTo": null, "rate": 3000}]}}"#
        let fairness = try Fairness(try load(scenarioJSON(members: members, fees: [fee])).scenario, caseName: .plan)
        #expect(fairness.members.map(\.savings) == [-24_000, -24_000, -24_000])
        #expect(fairness.members.allSatisfy { !$0.gainsByJoining })
        #expect(fairness.blockingCount == 6 && fairness.coalitionsChecked == 6)
        #expect(fairness.blocking.map(\.members) == [[0, 1], [0, 2], [1, 2], [0], [1], [2]])
        #expect(fairness.blocking.map(\.gain) == [48_000, 48_000, 48_000, 24_000, 24_000, 24_000])
        // v = 0 for every single town and pair, −72,000 for all three: by symmetry each Shapley value is −24,000.
        #expect(fairness.members.map(\.shapley) == [-24_000, -24_000, -24_000])
    }

    @Test("every coalition's value is the engine's figure for the case in which only its members join, to the yen")
    func gameMatchesEngine() throws {
        for file in ["omi-cloud", "town-govcloud", "worked-example"] {
            let scenario = try load(try String(contentsOfFile: packageRoot + "/Scenarios/\(file).json", encoding: .utf8)).scenario
            let standalone = try Engine.run(scenario, mode: .standalone, name: .standalone)
            let game = try CoalitionGame(scenario, standalone: standalone, plan: try Engine.run(scenario, mode: .asWritten, name: .plan))
            let n = scenario.members.count
            for mask in 1..<(1 << n) {
                let members = (0..<n).filter { mask & (1 << $0) != 0 }
                var state = CoalitionGame.State(game)
                for member in members { try state.add(member) }
                #expect(state.value == (try coalitionValueByTheEngine(members, of: scenario)), "\(file) \(members)")
                // Taking members out again returns to nothing.
                for member in members { try state.remove(member) }
                #expect(state.value == 0)
            }
        }
    }

    @Test("a subsidy on a split fee: Shapley values add up to the group's savings (issue 8's example)")
    func subsidyOnASplitFee() throws {
        // Two towns, 120 yen a year alone; a shared fee of 3 yen a month split equally, 90 % subsidised. Together: shares
        // 2 and 1 a month (the odd yen to the town listed first), 24 and 12 a year; subsidies on the year's share
        // floor(21.6) = 21 and floor(10.8) = 10: a pays 3, b 2: savings 117 and 118, 235 for the group. Alone on the
        // system a town pays 36 a year less floor(32.4) = 32: 4, v({a}) = v({b}) = 116, v(N) = 235. Shapley:
        // ½(116 + 235 − 116) = 117.5 each; floors 117 + 117 = 234, the yen left to the first listed: 118 and 117.
        let members = ["a", "b"].map { memberJSON($0, annualCost: 120) }
        let fee = #"{"label": "f", "shared": {"monthly": 3}, "split": {"equal": 1}, "subsidyRate": 0.9}"#
        let fairness = try Fairness(try load(scenarioJSON(members: members, fees: [fee])).scenario, caseName: .plan)
        #expect(fairness.members.map(\.savings) == [117, 118])
        #expect(fairness.grandCoalitionSavings == 235)
        #expect(fairness.members.map(\.shapley) == [118, 117])
    }

    @Test("おうみ: the Shapley values add up to run's group savings, 4,970,447,817 yen")
    func omiShapleyTotal() throws {
        let scenario = try load(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8)).scenario
        let fairness = try Fairness(scenario, caseName: .plan)
        let results = try ScenarioResults(try load(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8)))
        #expect(try results.comparisons[0].group.savings == 4_970_447_817)  // the figure `run` prints
        #expect(fairness.grandCoalitionSavings == 4_970_447_817)
        #expect(fairness.members.reduce(Int64(0)) { $0 + $1.shapley } == 4_970_447_817)
    }

    @Test("exact Shapley values round by largest remainder: thirds of 100 are 34, 33, 33")
    func shapleyRounding() throws {
        // Three symmetric towns, v = 0 for one or two and 100 for all three: each φ = 100/3. Floors 33 + 33 + 33 = 99;
        // the yen left goes to the first listed (equal remainders).
        var values = [Int64](repeating: 0, count: 8)
        values[7] = 100
        #expect(try Fairness.exactShapley(values, memberCount: 3) == [34, 33, 33])
        // v = −100 for all three: φ = −33⅓ each, floors −34; 2 yen go back, to the first two.
        values[7] = -100
        #expect(try Fairness.exactShapley(values, memberCount: 3) == [-33, -33, -34])
    }

    @Test("exact fairness weighs its work first: 20 members, 50 years and a subsidised fee are refused (issue 18, item 17)")
    func exactWorkLimit() throws {
        // Everyone joins 2020-04, so each of the 50 fiscal years is one month group of all 20 with one subsidised
        // bill. A member going in or out touches its 50 entries: 1 unit each, plus the bill apportioned among
        // (20 + 1) / 2 = 10 members on average, weighted 10: 101 a year, 5,050 a change. Member m changes 2^(19 − m)
        // times: 5,050 × (2^20 − 1) = 5,295,306,750 > 3,000,000,000, refused before any coalition is tried. One
        // sampled order costs 50 × (20 + 10 × (1 + 2 + … + 20)) = 50 × 2,120 = 106,000: 3,000,000,000 / 106,000 =
        // 28,301 orders would fit.
        let members = (0..<20).map { memberJSON("t\($0)", population: 1_000 + $0, annualCost: 1_200) }
        let fee = #"{"label": "f", "shared": {"monthly": 1000}, "split": {"population": 1}, "subsidyRate": 0.5}"#
        let scenario = try load(scenarioJSON(from: 2020, to: 2069, members: members, fees: [fee])).scenario
        #expect(throws: AnalysisError.tooManyCoalitions(members: 20, fiscalYears: 50, fees: 1, fitting: 28_301)) {
            try Fairness(scenario, caseName: .plan)
        }
        // The way out the message gives: orders asked for are sampled, even with 20 members or fewer.
        let sampled = try Fairness(scenario, caseName: .plan, permutations: 3)
        #expect(sampled.method == .sampled(permutations: 3, seed: 1))
        #expect(sampled.members.reduce(Int64(0)) { $0 + $1.shapley } == sampled.grandCoalitionSavings)
    }

    @Test("exact fairness says how far it is: 13 members, progress at 4,096 of 8,191 coalitions and at the end")
    func exactProgress() throws {
        // 2^13 − 1 = 8,191 coalitions (all but the empty one); progress every 4,096 steps, then done.
        let members = (0..<13).map { memberJSON("t\($0)", annualCost: 1_200) }
        let fee = #"{"label": "f", "shared": {"monthly": 10}, "split": {"equal": 1}}"#
        let scenario = try load(scenarioJSON(members: members, fees: [fee])).scenario
        var calls: [[Int]] = []
        let fairness = try Fairness(scenario, caseName: .plan) { calls.append([$0, $1]) }
        #expect(calls == [[4_096, 8_191], [8_191, 8_191]])
        #expect(fairness.method == .exact(coalitions: 8_191))
    }

    @Test("more than 20 members: sampled Shapley values add up to the group's savings and repeat with the seed")
    func sampled() throws {
        let census = CensusPopulation.shipped
        let scenario = try ScenarioDecoder.load(Array(SyntheticScenario.json(Array(census.municipalities.prefix(24)), fiscalYears: 3).utf8))
            .scenario
        let first = try Fairness(scenario, caseName: .plan, permutations: 60, seed: 7)
        let again = try Fairness(scenario, caseName: .plan, permutations: 60, seed: 7)
        #expect(first.members.map(\.shapley) == again.members.map(\.shapley))
        #expect(first.method == .sampled(permutations: 60, seed: 7))
        // Each order's marginal contributions add up to v(N), so the averages do too; rounded by largest remainder,
        // the values add up to the group's savings exactly.
        let total = first.members.reduce(Int64(0)) { $0 + $1.shapley }
        #expect(total == first.grandCoalitionSavings)
        #expect(first.grandCoalitionSavings == first.members.reduce(Int64(0)) { $0 + $1.savings })
        #expect(first.members.allSatisfy { $0.shapleyMargin != nil })
        #expect(first.coalitionsChecked == 48)  // each alone, and all but each
    }
}
