import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("The costsim command line")
struct CLITests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
    let towns = packageRoot.appendingPathComponent("Scenarios/town-govcloud.json").path

    @Test("every shipped scenario runs, validates and apportions", arguments: ["omi-cloud.json", "town-govcloud.json"])
    func shippedScenarios(file: String) throws {
        let path = packageRoot.appendingPathComponent("Scenarios/\(file)").path
        #expect(costsim("validate", path).standardOutput == "OK\n")
        let run = costsim("run", path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("【単独運用との比較】計画"))
        let json = costsim("run", path, "--format", "json")
        #expect(json.status == 0)
        let document = try JSONParser.parse(json.standardOutput)
        guard case .object(let top) = document, case .array(let cases)? = top["cases"] else {
            Issue.record("no cases")
            return
        }
        #expect(top["format"] == .string("costsim-result/1"))
        #expect(cases.count >= 2)
    }

    @Test("the README's worked example, by hand")
    func workedExample() throws {
        let path = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        let json = costsim("run", path, "--format", "json")
        #expect(json.status == 0, "\(json.standardError)")
        let result = try JSONParser.parse(json.standardOutput)
        guard case .object(let top) = result, case .array(let comparisons)? = top["comparisons"],
            case .object(let plan)? = comparisons.first, case .object(let group)? = plan["group"]
        else {
            Issue.record("unexpected shape")
            return
        }
        // See README "A worked example": stay alone 19,200,000; plan 14,400,000; savings 4,800,000 (25%);
        // yearly savings 1,600,000 and 3,200,000 → payback FY2024; NPV 1,600,000 + 3,200,000/1.02 = 4,737,254.9 → 4,737,255.
        #expect(group["standaloneTotal"] == .number("19200000"))
        #expect(group["caseTotal"] == .number("14400000"))
        #expect(group["savings"] == .number("4800000"))
        #expect(group["savingsRate"] == .number("0.25"))
        #expect(group["paybackFiscalYear"] == .number("2024"))
        #expect(group["npvSavings"] == .number("4737255"))
        let apportion = costsim("apportion", path, "--fiscal-year", "2025", "--format", "json")
        #expect(apportion.status == 0)
        // 事務局経費 1,000,000 in FY2025 split equal 0.5 / population 0.5 between 30,000 and 10,000 people:
        // equal 250,000 each; population 500,000 × 3/4 = 375,000 and × 1/4 = 125,000.
        #expect(apportion.standardOutput.contains(#""amount": 625000"#))
        #expect(apportion.standardOutput.contains(#""amount": 375000"#))
    }

    @Test("apportionment JSON: every fee's shares add up to its total")
    func apportionmentAddsUp() throws {
        for year in 2016...2025 {
            let outcome = costsim("apportion", omi, "--fiscal-year", String(year), "--format", "json")
            #expect(outcome.status == 0)
            guard case .object(let top) = try JSONParser.parse(outcome.standardOutput), case .array(let fees)? = top["fees"] else {
                Issue.record("unexpected shape")
                continue
            }
            #expect(fees.count == 5)
            for case .object(let fee) in fees {
                guard case .number(let total)? = fee["total"], case .array(let shares)? = fee["shares"] else { continue }
                let sum = shares.reduce(Int64(0)) { sum, share in
                    guard case .object(let object) = share, case .number(let amount)? = object["amount"] else { return sum }
                    return sum + Int64(amount)!
                }
                #expect(sum == Int64(total)!)
                #expect(shares.count == 8)
            }
        }
    }

    @Test("tables line up with full-width names")
    func alignment() {
        let output = costsim("run", omi).standardOutput
        let lines = output.split(separator: "\n").map(String.init)
        // In the first comparison table, every row has the same display width as its rule.
        guard let start = lines.firstIndex(where: { $0.hasPrefix("【単独運用との比較】") }) else {
            Issue.record("no comparison table")
            return
        }
        let table = lines[(start + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("【") && !$0.hasPrefix("※") }
        let width = DisplayWidth.of(table[table.startIndex + 1])
        for line in table { #expect(DisplayWidth.of(line) == width, "\(line)") }
        #expect(table.count == 12)  // header, rule, 8 members, rule, group
    }

    @Test("--member adds the member's fiscal-year tables; --lang en switches labels")
    func memberAndLanguage() {
        let output = costsim("run", omi, "--member", "maibara").standardOutput
        #expect(output.contains("【年度別経費】計画（米原市）"))
        let english = costsim("run", omi, "--lang", "en").standardOutput
        #expect(english.contains("[Compared with staying alone] plan"))
        let unknown = costsim("run", omi, "--member", "maibra", "--lang", "en")
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("did you mean maibara?"))
    }

    @Test(
        "bad usage exits 2 with a hint",
        arguments: [
            ["run"], ["frobnicate"], ["run", "a.json", "--formt", "json"], ["run", "a.json", "--format", "xml"],
            ["apportion", "a.json"], ["apportion", "a.json", "--fiscal-year", "twenty"], [],
        ])
    func usage(arguments: [String]) {
        let outcome = Costsim(readStandardInput: { [] }).run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("costsim: "))
        #expect(outcome.standardError.contains("--help"))
    }

    @Test("help exits 0")
    func help() {
        #expect(costsim("--help", "--lang", "en").standardOutput.contains("Usage: costsim COMMAND"))
        #expect(costsim("run", "--help").standardOutput.contains("--member ID"))
        #expect(costsim("apportion", "-h").standardOutput.contains("--fiscal-year Y"))
        #expect(costsim("validate", "--help").status == 0)
    }

    @Test("a period or case that the scenario does not have")
    func wrongYearOrCase() {
        #expect(
            costsim("apportion", omi, "--fiscal-year", "2030", "--lang", "en").standardError.contains(
                "outside the scenario's period, 2016–2025"))
        let outcome = costsim("apportion", omi, "--fiscal-year", "2020", "--case", "nope")
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("甲賀市不参加"))
    }

    @Test(
        "unreadable input exits 1 with a clear message, never a crash",
        arguments: [
            ([UInt8](), "the file is empty"),
            ([0xEF, 0xBB, 0xBF], "the file is empty"),
            ([0x7B, 0xFF, 0xFE, 0x7D], "not UTF-8"),
            (Array(String(repeating: "[", count: 100_000).utf8), "nests more than 128 levels"),
            (Array("{\"format\": \"costsim/1\",}".utf8), "line 1, column 24"),
            (Array("[1, 2]".utf8), "(the whole file): expected an object {…}, found a list"),
        ])
    func badFiles(bytes: [UInt8], message: String) {
        let path = temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = costsim("run", path, "--lang", "en")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("a missing file or a folder exits 1")
    func missingFile() {
        #expect(
            costsim("run", "/nonexistent/scenario.json", "--lang", "en").standardError
                == "costsim: /nonexistent/scenario.json: no such file\n")
        #expect(costsim("validate", packageRoot.path).status == 1)
    }

    @Test("validate lists every problem as PATH: message")
    func validateProblems() {
        let bad =
            #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020}, "members": [{"id": "a", "name": "a", "population": 1, "joins": "2020-4", "standalone": {"annualCost": 0}}], "group": {"fees": [], "remaindr": "largest"}}"#
        let outcome = costsim("validate", "-", "--lang", "en", stdin: bad)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError == """
                costsim: standard input: 2 problems found:
                members[0].joins: "2020-4" is not a month: write "YYYY-MM" (e.g. "2019-04"), year 1900–2199, month 01–12
                group.remaindr: unknown key "remaindr"; did you mean "remainder"?

                """)
    }

    @Test("figures too large for 64-bit yen exit 1 with a message naming where")
    func overflow() {
        // Ten members of 10^9 people at 10^13 yen per 10,000 a month: 10^18 yen a month each.
        let members = (0..<10).map {
            #"{"id": "m\#($0)", "name": "町\#($0)", "population": 1000000000, "joins": "2020-04", "standalone": {"annualCost": 0}}"#
        }
        let json =
            #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020}, "members": ["#
            + members.joined(separator: ",") + #"], "group": {"fees": [{"label": "f", "perTenThousand": {"monthly": 10000000000000}}]}}"#
        let outcome = costsim("run", "-", "--lang", "en", stdin: json)
        #expect(outcome.status == 1)
        // The message names the member, the fiscal year, the fee and the category.
        #expect(
            outcome.standardError.contains("町0, fiscal year 2020, f, system: the amount exceeds 9,223,372,036,854,775,807 yen"),
            "\(outcome.standardError)")
        // The same place and figure in Japanese, the default.
        #expect(
            costsim("run", "-", stdin: json).standardError.contains(
                "町0、2020年度、f、システム経費: 金額が 9,223,372,036,854,775,807 円を超えます"))
    }
}
