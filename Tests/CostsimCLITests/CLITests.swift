import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// The package's root, found from this file's path, so tests can read `Scenarios/` and `Reports/`.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func costsim(_ arguments: String..., stdin: String = "") -> Costsim.Outcome {
    Costsim(readStandardInput: { Array(stdin.utf8) }).run(arguments)
}

func temporaryFile(_ bytes: [UInt8]) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-test-\(UUID().uuidString).json").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

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
        #expect(costsim("--help").standardOutput.contains("Usage: costsim COMMAND"))
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

@Suite("Reports")
struct ReportTests {
    @Test("the committed Reports/ are what the current code makes of Scenarios/")
    func reportsAreCurrent() throws {
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(scenarios.count == 4)
        for file in scenarios {
            let path = packageRoot.appendingPathComponent("Scenarios/\(file)").path
            let results = try ScenarioResults(try ScenarioDecoder.load([UInt8](FileManager.default.contents(atPath: path)!)))
            for (name, contents) in try ReportFiles.make(results, name: ReportFiles.baseName(of: path)) {
                let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(name)").path)
                    .map { String(decoding: $0, as: UTF8.self) }
                #expect(committed == contents, "Reports/\(name) is stale: run scripts/make-reports")
            }
        }
        // 草津市's council pack, in Japanese era years.
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        let results = try ScenarioResults(try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: omi)))))
        for (name, contents) in try ReportFiles.make(results, name: "omi-cloud-kusatsu", years: .japanese, member: "kusatsu") {
            let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(name)").path)
                .map { String(decoding: $0, as: UTF8.self) }
            #expect(committed == contents, "Reports/\(name) is stale: run scripts/make-reports")
        }
    }

    @Test(
        "the committed risk pages are what costsim risk makes of Scenarios/ (1,000 draws, seed 1)",
        arguments: ["omi-cloud", "town-govcloud"])
    func riskPagesAreCurrent(name: String) async throws {
        let path = packageRoot.appendingPathComponent("Scenarios/\(name).json").path
        let document = try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let analysis = try await RiskAnalysis.run(document.scenario, caseName: .plan, draws: 1_000, seed: 1)
        let page = RiskPage(RiskTables(analysis, unit: .thousand), scenarioName: document.scenario.name)
        for (file, contents) in [("\(name)-risk.md", page.markdown()), ("\(name)-risk.html", page.html())] {
            let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(file)").path)
                .map { String(decoding: $0, as: UTF8.self) }
            #expect(committed == contents, "Reports/\(file) is stale: run scripts/make-reports")
        }
    }

    /// The search runs here in full (8 starts, seed 1), as the command does: the page must be what
    /// `costsim schedule` makes today, the months found included.
    @Test("the committed schedule page is what costsim schedule makes of Scenarios/kinokuni-cloud.json")
    func schedulePageIsCurrent() async throws {
        let path = packageRoot.appendingPathComponent("Scenarios/kinokuni-cloud.json").path
        let document = try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let space = try ScheduleSpace(document.scenario)
        let plan = try SchedulePlan(space, try await ScheduleSearch.run(space))
        let page = SchedulePage(ScheduleTables(plan, unit: .thousand))
        for (file, contents) in [("kinokuni-cloud-schedule.md", page.markdown()), ("kinokuni-cloud-schedule.html", page.html())] {
            let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(file)").path)
                .map { String(decoding: $0, as: UTF8.self) }
            #expect(committed == contents, "Reports/\(file) is stale: run scripts/make-reports")
        }
        // Every member saves, and the plan as written (everyone at its contract's end) breaks the capacity.
        #expect(plan.losers.isEmpty)
        #expect(plan.breaches.contains(.monthOverCapacity(month: Month(year: 2028, month: 4), migrations: 8, limit: 3)))
    }

    @Test("a member's council pack holds only that member's figures, and its 負担金 row")
    func councilPack() throws {
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        let results = try ScenarioResults(try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: omi)))))
        let markdown = try ReportDocument(results: results, unit: .yen, member: "kusatsu").markdown()
        #expect(markdown.hasPrefix("# 草津市　おうみ自治体クラウド協議会"))
        // Its savings in the plan, as `run` prints them: 990,153,049 yen, paid back in FY2017.
        #expect(markdown.contains("| 草津市 | 3,178,500,000 | 2,188,346,951 | 990,153,049 | 31.2% | 2017年度 |"))
        for other in ["守山市", "栗東市", "米原市", "団体計"] { #expect(!markdown.contains("| \(other) |"), "\(other)") }
        let html = try ReportDocument(results: results, member: "kusatsu").html()
        #expect(html.split(separator: "<svg").count - 1 == 2)
        #expect(html.contains("草津市の累積削減額（ケースごと）"))
        let unknown = costsim("report", omi, "--out", "/tmp", "--member", "kusatu")
        #expect(unknown.status == 2 && unknown.standardError.contains("kusatsu の誤りではありませんか？"))
    }

    @Test("report writes Markdown and HTML, and replaces files only with --force")
    func reportCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        let first = costsim("report", scenario, "--out", folder)
        #expect(first.status == 0)
        #expect(first.standardOutput == "wrote \(folder)/worked-example.md\nwrote \(folder)/worked-example.html\n")
        let html = try String(contentsOfFile: folder + "/worked-example.html", encoding: .utf8)
        #expect(html.contains("東町・西町"))
        // A second run must not overwrite what is there…
        try "mine".write(toFile: folder + "/worked-example.md", atomically: true, encoding: .utf8)
        let second = costsim("report", scenario, "--out", folder, "--unit", "yen")
        #expect(second.status == 1)
        #expect(second.standardError.contains("が既にあります。何も書き込んでいません。置き換えるには --force を付けてください。"))
        #expect(costsim("report", scenario, "--out", folder, "--lang", "en").standardError.contains("nothing was written. Add --force"))
        #expect(try String(contentsOfFile: folder + "/worked-example.md", encoding: .utf8) == "mine")
        // …unless asked to.
        #expect(costsim("report", scenario, "--out", folder, "--force").status == 0)
        #expect(try String(contentsOfFile: folder + "/worked-example.md", encoding: .utf8).hasPrefix("# 東町・西町"))
    }

    @Test("formats and units from the command line")
    func formats() {
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        #expect(costsim("run", omi, "--format", "csv").standardOutput.hasPrefix("\u{FEFF}ケース,"))
        #expect(costsim("run", omi, "--format", "csv", "--table", "comparison").standardOutput.contains("単独運用の総額（円）"))
        #expect(costsim("run", omi, "--format", "markdown").standardOutput.contains("| 団体 | 単独運用の総額 |"))
        #expect(costsim("run", omi, "--format", "html", "--fiscal-year", "2020").standardOutput.contains("【2020年度 負担金按分表】計画"))
        #expect(costsim("run", omi, "--unit", "million").standardOutput.contains("単位：百万円"))
        #expect(
            costsim("apportion", omi, "--fiscal-year", "2020", "--format", "csv").standardOutput.contains(
                "2020,計画,基幹系システム利用料,システム経費,kusatsu,草津市,"))
        #expect(
            costsim("apportion", omi, "--fiscal-year", "2020", "--format", "markdown", "--unit", "thousand").standardOutput.contains(
                "636,475"))
        // Combinations that make no sense are usage errors, not silently ignored.
        #expect(costsim("run", omi, "--format", "csv", "--unit", "thousand").status == 2)
        #expect(costsim("run", omi, "--table", "comparison").status == 2)
        #expect(costsim("run", omi, "--fiscal-year", "2020").status == 2)
        #expect(costsim("run", omi, "--format", "json", "--unit", "yen").status == 2)
        #expect(costsim("report", omi).status == 2)  // --out is required
    }
}

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
        #expect(bad.standardError.contains("members[1].joins: \"2025-13\" は年月ではありません。\"YYYY-MM\" で書いてください"))
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
