import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("What-if commands")
struct WhatIfCommandTests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
    let example = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path

    @Test("run --set changes one value for one run, validated like the file")
    func set() throws {
        // 西町 never joins: the plan's group savings become 東町's alone on the shared system, 3,000,000 (see WhatIfTests).
        let json = costsim("run", example, "--format", "json", "--set", "members.west.joins=null")
        #expect(json.status == 0)
        #expect(json.standardOutput.contains(#""savings": 3000000"#))
        let bad = costsim("run", example, "--set", "members.west.joins=2025-13")
        #expect(bad.status == 1)
        // The message names the member (issue 18, item 9): the file's second member, 西町.
        #expect(bad.standardError.contains("members[1]（西町）.joins: \"2025-13\" は年月ではありません。\"YYYY-MM\" で書いてください"))
        let english = costsim("run", example, "--set", "members.wset.joins=2025-04", "--lang", "en")
        #expect(english.standardError.contains("did you mean \"west\"?"))
    }

    @Test("sensitivity: table, json and an HTML tornado chart")
    func sensitivity() {
        let table = costsim("sensitivity", example)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("【感度分析】計画：削減額の変化"))
        #expect(table.standardOutput.contains("単独運用のシステム経費    −10%  -1,200,000   -900,000   -300,000"))
        let json = costsim("sensitivity", example, "--format", "json", "--change", "20")
        #expect(json.standardOutput.contains(#""change": 0.2"#))
        #expect(json.standardOutput.contains(#""swing": 4800000"#))  // twice the ±10 % swing of the stay-alone cost
        let html = costsim("sensitivity", omi, "--format", "html", "--case", "甲賀市不参加")
        #expect(html.standardOutput.contains("<svg") && html.standardOutput.contains("【感度分析】甲賀市不参加"))
        #expect(costsim("sensitivity", example, "--change", "0").status == 2)
        #expect(costsim("sensitivity", example, "--case", "nope").status == 2)
    }

    @Test("timing --case varies the join month in a variant: its figures are what run gives for that case (issue 18, item 15)")
    func timingOfACase() throws {
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        let variant = "事務局経費を均等3・人口7で按分"
        let timing = costsim(
            "timing", omi, "--member", "koka", "--case", variant, "--from", "2019-10", "--to", "2019-10", "--format", "json")
        #expect(timing.status == 0, "\(timing.standardError)")
        let result = try JSONParser.parse(timing.standardOutput)
        #expect(result["case"] == .string(variant))
        guard case .array(let months)? = result["months"], let joined = months.first(where: { $0["joins"] == .string("2019-10") }) else {
            Issue.record("no 2019-10 row")
            return
        }
        // run, with 甲賀市 joining 2019-10: the variant's comparison, 甲賀市's and the group's savings.
        let run = try JSONParser.parse(
            costsim("run", omi, "--set", "members.koka.joins=2019-10", "--format", "json").standardOutput)
        guard case .array(let comparisons)? = run["comparisons"],
            let compared = comparisons.first(where: { $0["case"] == .string(variant) }),
            case .array(let members)? = compared["members"], let koka = members.first(where: { $0["id"] == .string("koka") })
        else {
            Issue.record("no comparison of the variant")
            return
        }
        #expect(joined["savings"] == koka["savings"] && joined["npvSavings"] == koka["npvSavings"])
        #expect(joined["groupSavings"] == compared["group"]?["savings"])
        // The plan's timing differs (the variant splits 事務局経費 otherwise), and the title names the case.
        let plan = costsim("timing", omi, "--member", "koka", "--from", "2019-10", "--to", "2019-10", "--format", "json").standardOutput
        #expect(plan != timing.standardOutput)
        #expect(costsim("timing", omi, "--member", "koka", "--case", variant).standardOutput.contains("【参加時期の比較】甲賀市（\(variant)）"))
    }

    @Test("timing and fairness")
    func timingAndFairness() {
        let timing = costsim("timing", example, "--member", "west", "--format", "json")
        #expect(timing.status == 0)
        #expect(timing.standardOutput.contains(#""best": "2024-04""#))
        #expect(costsim("timing", example, "--member", "west").standardOutput.contains("★ 2024年4月"))
        #expect(costsim("timing", example).status == 2)
        #expect(costsim("timing", example, "--member", "west", "--from", "2024-13").status == 2)
        let fairness = costsim("fairness", example, "--format", "json")
        #expect(fairness.standardOutput.contains(#""shapley": 3500000"#))
        #expect(costsim("fairness", omi).standardOutput.contains("【公平性の検証】計画"))
    }
}
