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

    @Test("an unknown case, or cases with different members, are refused with the reason")
    func refused() {
        #expect(
            costsim("run", "-", "--against", "b ot", "--lang", "en", stdin: json).standardError.contains(
                "--against: no case is called \"b ot\"; the cases are standalone, plan, b out"))
        let removed = json.replacingOccurrences(of: #"{"id": "b", "joins": null}"#, with: #"{"id": "b", "remove": true}"#)
        let outcome = costsim("run", "-", "--against", "b out", "--lang", "en", stdin: removed)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("does not have the same members (by id, in order) and fiscal years"))
    }
}
