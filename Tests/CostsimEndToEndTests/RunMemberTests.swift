import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("run --member in every format")
struct RunMemberTests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path

    @Test("json and csv hold only the members named; the group's figures stay the whole group's")
    func jsonAndCSV() throws {
        let json = costsim("run", omi, "--format", "json", "--member", "kusatsu")
        #expect(json.status == 0, "\(json.standardError)")
        let result = try JSONParser.parse(json.standardOutput)
        guard case .array(let cases)? = result["cases"], case .array(let comparisons)? = result["comparisons"] else {
            Issue.record("no cases")
            return
        }
        for item in cases {
            guard case .array(let members)? = item["members"] else { continue }
            #expect(members.map { $0["id"] } == [.string("kusatsu")])
        }
        #expect(comparisons.first?["group"]?["savings"] == .number("4970447817"))  // the whole group's, as run prints it
        // 5 cases (standalone, plan, three variants) × 10 fiscal years × 6 categories of 草津市 alone, and the header.
        let csv = costsim("run", omi, "--format", "csv", "--member", "kusatsu").standardOutput
        #expect(csv.split(separator: "\r\n").count == 1 + 5 * 10 * 6)
        #expect(!csv.contains("moriyama"))
    }

    @Test("markdown and html are the member's council pack; two members there are refused")
    func pack() {
        let markdown = costsim("run", omi, "--format", "markdown", "--member", "kusatsu").standardOutput
        #expect(markdown.hasPrefix("# 草津市　おうみ自治体クラウド協議会"))
        let two = costsim("run", omi, "--format", "html", "--member", "kusatsu", "--member", "koka", "--lang", "en")
        #expect(two.status == 2 && two.standardError.contains("name one member"))
    }
}
