import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("run --against: a case against another")
struct AgainstTests {
    // Two towns, 12,000 a year each alone; a shared fee of 1,000 a month split equally. The plan: both join,
    // each pays 500 a month = 6,000. The variant "b out": b never joins, a pays the whole 1,000 a month = 12,000.
    let json = #"""
        {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020},
         "members": [{"id": "a", "name": "A", "population": 10000, "joins": "2020-04", "standalone": {"annualCost": 12000}},
                     {"id": "b", "name": "B", "population": 10000, "joins": "2020-04", "standalone": {"annualCost": 12000}}],
         "group": {"fees": [{"label": "f", "shared": {"monthly": 1000}, "split": {"equal": 1}}]},
         "variants": [{"name": "b out", "patch": {"members": [{"id": "b", "joins": null}]}}]}
        """#

    @Test("what a's joining partner is worth to it: the plan against the variant in which b stays out, by hand")
    func planAgainstVariant() throws {
        let outcome = costsim("run", "-", "--against", "b out", "--format", "json", stdin: json)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        // a: 12,000 in "b out", 6,000 in the plan: 6,000 better off, paid back in its join year FY2020, NPV (rate 0)
        // 6,000; b: 12,000 alone in "b out" against 6,000: also 6,000. The group: 24,000 against 12,000.
        let result = try JSONParser.parse(outcome.standardOutput)
        guard case .array(let comparisons)? = result["comparisons"], case .array(let members)? = comparisons.first?["members"] else {
            Issue.record("no comparisons")
            return
        }
        let a = members[0]
        #expect(a["standaloneTotal"] == .number("12000") && a["caseTotal"] == .number("6000") && a["savings"] == .number("6000"))
        #expect(a["savingsRate"] == .number("0.5") && a["paybackFiscalYear"] == .number("2020") && a["npvSavings"] == .number("6000"))
        #expect(members[1]["savings"] == .number("6000"))
        let group = comparisons.first?["group"]
        #expect(
            group?["standaloneTotal"] == .number("24000") && group?["caseTotal"] == .number("12000")
                && group?["savings"] == .number("12000"))
        #expect(outcome.standardOutput.contains(#""against": "b out""#))
        let table = costsim("run", "-", "--against", "b out", stdin: json).standardOutput
        #expect(table.contains("【「b out」との比較】計画"))
        // The savings by fiscal year say what they are against, too (not "stay-alone minus the case").
        #expect(!table.contains("削減額＝単独運用の経費−ケースの経費"))
        #expect(table.contains("削減額＝「b out」の経費−ケースの経費（区分ごと）。"))
    }

    @Test("an unknown case, or cases of different fiscal years, are refused with the reason")
    func refused() {
        #expect(
            costsim("run", "-", "--against", "b ot", "--lang", "en", stdin: json).standardError.contains(
                "--against: no case is called \"b ot\"; the cases are standalone, plan, b out"))
        let longer = json.replacingOccurrences(
            of: #"{"members": [{"id": "b", "joins": null}]}"#, with: #"{"fiscalYears": {"from": 2020, "to": 2021}}"#)
        let outcome = costsim("run", "-", "--against", "b out", "--lang", "en", stdin: longer)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains("the case \"plan\" does not cover the same fiscal years as \"b out\""),
            "\(outcome.standardError)")
    }

    @Test("against a case without a member: the members both have are compared, the other is listed (issue 18, item 11)")
    func againstACaseWithoutAMember() throws {
        // "b out" removes b. In it a pays the whole 1,000 a month: 12,000 a year. The plan against it: a 12,000
        // against 6,000, savings 6,000 (rate 0.5); b is only in the plan, not compared. The groups as they are:
        // "b out" 12,000 (a alone), the plan 12,000 (a 6,000 + b 6,000): savings 0.
        let removed = json.replacingOccurrences(of: #"{"id": "b", "joins": null}"#, with: #"{"id": "b", "remove": true}"#)
        let outcome = costsim("run", "-", "--against", "b out", "--format", "json", stdin: removed)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let result = try JSONParser.parse(outcome.standardOutput)
        guard case .array(let comparisons)? = result["comparisons"], case .array(let plan)? = comparisons.first?["members"],
            case .array(let variant)? = comparisons.last?["members"]
        else {
            Issue.record("no comparisons")
            return
        }
        #expect(plan.count == 1 && plan[0]["id"] == .string("a"))
        #expect(
            plan[0]["standaloneTotal"] == .number("12000") && plan[0]["caseTotal"] == .number("6000")
                && plan[0]["savings"] == .number("6000"))
        let group = comparisons.first?["group"]
        #expect(
            group?["standaloneTotal"] == .number("12000") && group?["caseTotal"] == .number("12000") && group?["savings"] == .number("0"))
        #expect(comparisons.first?["notCompared"]?["onlyInCase"] == .array([.string("b")]))
        #expect(comparisons.first?["notCompared"]?["onlyInAgainst"] == .array([]))
        // "b out" against itself: a saves 0, every member compared, nothing listed.
        #expect(variant.count == 1 && variant[0]["savings"] == .number("0") && comparisons.last?["notCompared"] == nil)
        // The table lists b as not compared, with —, and says why.
        let table = costsim("run", "-", "--against", "b out", stdin: removed).standardOutput
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("B ") }).split(separator: " ")
        #expect(row == ["B", "—", "—", "—", "—", "—", "—"])
        #expect(table.contains("※ 比較なし: Bは「計画」にのみある団体のため、団体ごとには比較していません（—）。"))
        // The other way round: "b out" against the plan; b is only in the plan, the case compared with.
        let reverse = costsim("run", "-", "--against", "plan", "--lang", "en", stdin: removed).standardOutput
        #expect(reverse.contains("Not compared: B only in plan (—)."), "\(reverse)")
        let csv = costsim("run", "-", "--against", "b out", "--format", "csv", "--table", "comparison", stdin: removed).standardOutput
        #expect(csv.contains(",a,,A,") && !csv.contains(",b,,B,"), "\(csv)")
    }
}
