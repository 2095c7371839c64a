import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// `costsim risk` on the command line: formats, the seed, and what it refuses.
@Suite("costsim risk")
struct RiskCommandTests {
    let towns = packageRoot.appendingPathComponent("Scenarios/town-govcloud.json").path

    @Test("table, JSON and CSV of the same draws agree; the same seed repeats byte for byte")
    func formats() throws {
        let json = costsim("risk", towns, "--draws", "60", "--format", "json")
        #expect(json.status == 0, "\(json.standardError)")
        #expect(costsim("risk", towns, "--draws", "60", "--format", "json").standardOutput == json.standardOutput)
        let result = try JSONParser.parse(json.standardOutput)
        #expect(result["format"] == .string("costsim-risk/1") && result["draws"] == .number("60"))
        // The CSV: a heading and one row per draw and member (60 × 4), in exact yen.
        let csv = costsim("risk", towns, "--draws", "60", "--format", "csv").standardOutput
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == 1 + 60 * 4)
        #expect(rows[0] == "\u{FEFF}試行,団体ID,団体コード,団体名,削減額（円）,削減額の現在価値（円）,回収年度,参加月")
        // The group's mean in the JSON is the mean of the CSV's per-draw group savings, summed by member.
        var groupSavings: [Int64] = Array(repeating: 0, count: 60)
        for row in rows.dropFirst() {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            groupSavings[Int(cells[0])! - 1] += Int64(cells[4])!
        }
        let mean = Yen.roundedQuotient(groupSavings.reduce(Int128(0)) { $0 + Int128($1) }, 60)
        #expect(result["group"]?["savings"]?["mean"] == .number(String(mean)))
        let table = costsim("risk", towns, "--draws", "60", "--lang", "en").standardOutput
        #expect(table.contains("Risk: savings over the draws (plan)"))
        // In the variant where 安堵町 stays out, it has no chance to save: it does not join. (Its chance of meeting the
        // target, alone, follows: 0.0 %, its stay-alone cost being above it in every draw.)
        let out = costsim("risk", towns, "--draws", "20", "--case", "安堵町不参加").standardOutput
        #expect(out.split(separator: "\n").contains { $0.hasPrefix("安堵町") && $0.hasSuffix("不参加                0.0%") })
    }

    @Test("no uncertainty: every draw is the plan, and the figures are run's")
    func noUncertainty() throws {
        let example = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        let risk = try JSONParser.parse(costsim("risk", example, "--draws", "5", "--format", "json").standardOutput)
        let run = try JSONParser.parse(costsim("run", example, "--format", "json").standardOutput)
        guard case .array(let comparisons)? = run["comparisons"] else {
            Issue.record("no comparisons")
            return
        }
        let savings = comparisons[0]["group"]?["savings"]
        #expect(risk["group"]?["savings"]?["mean"] == savings && risk["group"]?["savings"]?["p5"] == savings)
        #expect(costsim("risk", example, "--draws", "5").standardOutput.contains("※ シナリオに不確実な入力（uncertainty）がないため"))
    }

    @Test("too many draws for the scenario's size is refused with the number that fits; --unit refused with JSON")
    func refused() {
        // 1,100 members × 50 fiscal years = 55,000 cells; 2,000 draws = 110,000,000 > 60,000,000:
        // at most 60,000,000 / 55,000 = 1,090 draws fit.
        let members = (0..<1_100).map {
            #"{"id": "t\#($0)", "name": "T\#($0)", "population": 1000, "joins": "2020-04", "standalone": {"annualCost": 1200}}"#
        }
        let large =
            #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2069}, "members": ["#
            + members.joined(separator: ",")
            + #"], "group": {"fees": []}}"#
        let outcome = costsim("risk", "-", "--draws", "2000", "--lang", "en", stdin: large)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains(
                "2000 draws of 1100 members over 50 fiscal years would take many minutes; use --draws 1090 or fewer"))
        #expect(costsim("risk", towns, "--format", "json", "--unit", "thousand").status == 2)
        #expect(costsim("risk", towns, "--draws", "0").status == 2)
    }

    @Test("called from inside Swift concurrency, several at once, it never starves the cooperative pool (it hung before)")
    func insideConcurrency() async {
        let towns = towns
        let statuses = await withTaskGroup(of: Int32.self) { group in
            for _ in 0..<6 { group.addTask { costsim("risk", towns, "--draws", "20", "--format", "json").status } }
            var statuses: [Int32] = []
            for await status in group { statuses.append(status) }
            return statuses
        }
        #expect(statuses == Array(repeating: 0, count: 6))
    }
}
