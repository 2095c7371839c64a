import CostsimCore
import Foundation
import Testing

@testable import CostsimCLI
@testable import CostsimReports

/// `costsim target`, and the target's line under `run`'s comparison, on the hand-worked scenario of
/// `TargetTests` (CloudCostModelTests): a, b, c over FY2018–2020, the target checked in 2020.
@Suite("costsim target")
struct TargetCommandTests {
    static let scenario = #"""
        {"format": "costsim/1", "name": "目標", "fiscalYears": {"from": 2018, "to": 2020}, "target": {"fiscalYear": 2020},
         "members": [
          {"id": "a", "name": "a", "population": 10000, "joins": "2019-04", "standalone": {"annualCost": 1200000}},
          {"id": "b", "name": "b", "population": 30000, "joins": "2019-10", "standalone": {"annualCost": 3000000}, "baseline": 2400000},
          {"id": "c", "name": "c", "population": 20000, "standalone": {"annualCost": {"2018": 600000, "2020": 900000}}}],
         "group": {"fees": [
          {"label": "利用料", "perTenThousand": {"monthly": 50000}},
          {"label": "ガバクラ", "category": "governmentCloud", "shared": {"annual": 360000}, "split": {"equal": 1}, "subsidyRate": 0.5}]}}
        """#

    static let file = temporaryFile(Array(scenario.utf8))

    @Test("JSON costsim-target/1: every case, the members' figures and bridges, the group's")
    func json() throws {
        let outcome = costsim("target", Self.file, "--format", "json")
        #expect(outcome.status == 0)
        let json = try JSONParser.parse(outcome.standardOutput)
        #expect(json["format"] == .string("costsim-target/1"))
        #expect(json["baselineFiscalYear"] == .number("2018"))
        #expect(json["reduction"] == .number("0.3"))
        #expect(json["categories"] == .array([.string("system"), .string("governmentCloud")]))
        guard case .array(let cases)? = json["cases"] else { throw Failure("no cases") }
        #expect(cases.map { $0["case"] } == [.string("standalone"), .string("plan")])
        guard case .array(let members)? = cases[1]["members"] else { throw Failure("no members") }
        // b (worked in TargetTests): baseline 2,400,000, target 1,680,000, cost 1,980,000, change −420,000 = −17.5 %.
        let b = members[1]
        #expect(b["id"] == .string("b"))
        #expect(b["baseline"] == .number("2400000"))
        #expect(b["targetCost"] == .number("1680000"))
        #expect(b["cost"] == .number("1980000"))
        #expect(b["change"] == .number("-420000"))
        #expect(b["changeRate"] == .number("-0.175"))
        #expect(b["met"] == .bool(false))
        #expect(b["excess"] == .number("300000"))
        #expect(
            b["bridge"]
                == .array([
                    .object(JSONObject([("item", .string("own")), ("amount", .number("-2400000"))])),
                    .object(JSONObject([("item", .string("利用料")), ("amount", .number("1800000"))])),
                    .object(JSONObject([("item", .string("ガバクラ")), ("amount", .number("180000"))])),
                ]))
        #expect(b["baselineSource"] == .string("settled"))
        #expect(members[0]["baselineSource"] == .string("standalone"))
        let group = try #require(cases[1]["group"])
        #expect(group["excess"] == .number("780000"))
        #expect(group["membersMet"] == .number("1"))
        #expect(group["met"] == .bool(false))
    }

    @Test("the council's table and the bridge, in 千円, as printed")
    func markdown() {
        let outcome = costsim("target", Self.file, "--format", "markdown", "--case", "plan")
        #expect(outcome.status == 0)
        let text = outcome.standardOutput
        // b: 2,400 / 1,680 / 1,980 千円, −420 (−17.5 %), not met, 300 above.
        #expect(text.contains("| b | 2,400 | 1,680 | 1,980 | -420 | -17.5% | × | 300 | 決算 |"))
        // c: 600 → 900, +50.0 %; its baseline the 2018 stand-alone figure, computed.
        #expect(text.contains("| c | 600 | 420 | 900 | +300 | +50.0% | × | 480 | 試算（単独運用） |"))
        // The group's bridge: 4,200 − 3,300 + 2,400 + 360 = 3,660.
        #expect(text.contains("| **団体計** | **4,200** | **-3,300** | **+2,400** | **+360** | **3,660** |"))
        #expect(!text.contains("単独運用：2020年度"))  // --case plan: the plan alone
    }

    @Test("the waterfall writes each amount as the bridge table does (one amount, one display)")
    func waterfallDigits() throws {
        let page = costsim("target", Self.file, "--format", "html", "--case", "plan").standardOutput
        let svg = try #require(
            page.range(of: "<svg").flatMap { start in page.range(of: "</svg>").map { page[start.lowerBound..<$0.upperBound] } })
        for label in [">4,200<", ">-3,300<", ">+2,400<", ">+360<", ">3,660<", ">目標額 2,940<"] {
            #expect(svg.contains(label), "\(label)")
        }
        // A name wider than its bar's slot breaks before its bracket: 2018年度 / （基準）, never a bracket alone.
        #expect(WaterfallChart.wrap("平成30年度（基準）", width: 16) == ["平成30年度", "（基準）"])
        #expect(WaterfallChart.wrap("2018年度（基準）", width: 16) == ["2018年度（基準）"])
        // Increases are hatched and decreases solid, so that black and white print tells them apart.
        #expect(svg.contains("url(#up-case0)"))
        #expect(page.contains("<td class=\"num\">-3,300</td>"))
    }

    @Test("--member keeps the named rows and the whole group's figures; the CSV is exact")
    func memberAndCSV() {
        let csv = costsim("target", Self.file, "--format", "csv", "--member", "b", "--case", "plan").standardOutput
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 3)  // header, b, the group
        #expect(lines[1] == "計画,b,,b,2018,2020,2400000,決算,1680000,1980000,-420000,-0.175,×,300000,-2400000,1800000,180000")
        #expect(lines[2] == "計画,,,団体計,2018,2020,4200000,,2940000,3660000,-540000,-0.128571,×,780000,-3300000,2400000,360000")
    }

    @Test("run says under each comparison whether the case meets the target")
    func runLine() {
        let text = costsim("run", Self.file).standardOutput
        #expect(text.contains("※ 削減目標（2018年度比30%削減、2020年度）：計画は計で未達成（3団体中1団体が達成、目標超過額の計 780,000円）。内訳は costsim target"))
        let english = costsim("run", Self.file, "--lang", "en").standardOutput
        #expect(english.contains("plan misses it in total (1 of 3 members meet it; 780,000 yen above target in all)"))
    }

    @Test("without a target: a clear error, exit 1; --set adds one")
    func noTarget() {
        let plain = temporaryFile(Array(Self.scenario.replacingOccurrences(of: #""target": {"fiscalYear": 2020},"#, with: "").utf8))
        let outcome = costsim("target", plain)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("このシナリオには削減目標（target）がありません"))
        // The example it gives is a year of the period (its last, 2020), one --set can use as it stands.
        #expect(outcome.standardError.contains("--set target.fiscalYear=2020 で試してください"))
        #expect(costsim("target", plain, "--set", "target.fiscalYear=2020", "--set", "members.b.baseline=2400000").status == 0)
        // A baseline with no target to use it is a warning, never silently dropped.
        let warned = costsim("validate", plain, "--set", "members.b.baseline=2400000")
        #expect(warned.standardError.contains("members[1].baseline"))
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
