import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// `costsim schedule` on the command line: the table, the JSON's variant as run reads it, and refusals.
@Suite("costsim schedule")
struct ScheduleCommandTests {
    /// 甲町 saves 50,000 a month on the shared system and 乙町 150,000 (own costs 100,000 and 200,000
    /// a month against a fee of 50,000); one may migrate a month, April to June 2026. 乙町 first: April
    /// (12 × 150,000 = 1,800,000), 甲町 May (11 × 50,000 = 550,000); the plan (both in June) saves
    /// 10 × 200,000 = 2,000,000 and puts two in one month.
    static let twoTowns = """
        {"format": "costsim/1", "name": "二町の例", "fiscalYears": {"from": 2026, "to": 2026},
         "members": [
          {"id": "a", "name": "甲町", "population": 10000, "joins": "2026-06", "standalone": {"annualCost": 1200000},
           "earliestJoin": "2026-04", "latestJoin": "2026-06"},
          {"id": "b", "name": "乙町", "population": 20000, "joins": "2026-06", "standalone": {"annualCost": 2400000},
           "earliestJoin": "2026-04", "latestJoin": "2026-06"}],
         "group": {"migrationCapacity": {"perMonth": 1}, "fees": [{"label": "回線", "perMember": {"monthly": 50000}}]}}
        """

    @Test("the table: each member's month and savings, the group against the plan, what the plan breaks (hand-worked)")
    func table() {
        let outcome = costsim("schedule", "-", stdin: Self.twoTowns)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("甲町    2026年5月  2026年4月             +1か月  2026年6月       550,000           550,000  2026年度  なし"))
        #expect(lines.contains("乙町    2026年4月  2026年4月               最早  2026年6月     1,800,000         1,800,000  2026年度  なし"))
        #expect(lines.contains { $0.hasPrefix("団体計") && $0.components(separatedBy: "2,350,000").count == 3 })
        #expect(lines.contains { $0.hasPrefix("計画（記載どおり）") && $0.contains("2,000,000") && $0.hasSuffix("1") })
        #expect(lines.contains { $0.hasPrefix("差（日程案 − 計画）") && $0.contains("+350,000") })
        #expect(lines.contains("2026年6月: 2 団体が移行（1か月 1 団体まで）"))
        #expect(outcome.standardOutput.contains("すべて計算しました"))
        let english = costsim("schedule", "-", "--lang", "en", stdin: Self.twoTowns).standardOutput
        #expect(english.contains("甲町    2026-05  2026-04         +1 month  2026-06         550,000"))
    }

    @Test("the JSON's variant, added to the scenario as it is, makes run compute the schedule's figures")
    func variantRunsAsItIs() throws {
        let outcome = costsim("schedule", "-", "--format", "json", stdin: Self.twoTowns)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let result = try JSONParser.parse(outcome.standardOutput)
        #expect(result["format"] == .string("costsim-schedule/1"))
        #expect(result["provenBest"] == .bool(true))
        #expect(result["group"]?["npvSavings"] == .number("2350000"))
        guard let variant = result["variant"] else {
            Issue.record("no variant")
            return
        }
        var scenario = try JSONParser.parse(Self.twoTowns)
        scenario["variants"] = .array([variant])
        let run = costsim("run", "-", "--format", "json", stdin: JSONWriter.write(scenario))
        #expect(run.status == 0, "\(run.standardError)")
        let cases = try JSONParser.parse(run.standardOutput)["comparisons"]
        guard case .array(let comparisons)? = cases else {
            Issue.record("no comparisons in \(run.standardOutput.prefix(300))")
            return
        }
        let schedule = comparisons.first { $0["case"] == .string("日程案") }
        #expect(schedule?["group"]?["savings"] == .number("2350000"))
    }

    @Test("nothing to move, more members than the capacity takes, a format it has not: exit 1 or 2 with the reason")
    func refusals() {
        let nobody = Self.twoTowns.replacingOccurrences(
            of: #""earliestJoin": "2026-04", "latestJoin": "2026-06""#, with: #""overlapMonths": 0"#)
        let none = costsim("schedule", "-", stdin: nobody)
        #expect(none.status == 1)
        #expect(none.standardError.hasPrefix("costsim: 参加時期を書いた構成団体がありません。"))
        #expect(
            costsim("schedule", "-", "--lang", "en", stdin: nobody).standardError.hasPrefix("costsim: no member states when it may join"))
        let tight = Self.twoTowns.replacingOccurrences(of: #""latestJoin": "2026-06""#, with: #""latestJoin": "2026-04""#)
        let full = costsim("schedule", "-", "--lang", "en", stdin: tight)
        #expect(full.status == 1)
        #expect(
            full.standardError
                == "costsim: 2 members (甲町, 乙町) can only join in months and fiscal years with room for 1 migration in all (\"migrationCapacity\"): widen their windows or the capacity\n"
        )
        #expect(costsim("schedule", "-", "--format", "csv", stdin: Self.twoTowns).status == 2)
    }

    /// The windows, the capacity and every other field mutated: schedule ends in a schedule or a
    /// message (exit 0 or 1), never a crash or a hang; a schedule it prints keeps the rules.
    @Test("mutated small scenarios: schedule answers or says why, never crashes")
    func fuzz() throws {
        let document = try JSONParser.parse(Self.twoTowns)
        var random = SplitMix64(seed: 12)
        var answered = 0
        for round in 0..<150 {
            let bytes = FuzzTests.mutate(document, &random)
            let outcome = Costsim(readStandardInput: { bytes }).run(["schedule", "-", "--format", "json", "--lang", "en"])
            #expect(outcome.status == 0 || outcome.status == 1, "round \(round): \(outcome.standardError.prefix(300))")
            guard outcome.status == 0 else {
                #expect(outcome.standardError.hasPrefix("costsim: "))
                continue
            }
            answered += 1
            let result = try JSONParser.parse(outcome.standardOutput)
            #expect(result["planBreaches"] != nil && result["variant"] != nil)
        }
        #expect(answered > 10)
    }
}
