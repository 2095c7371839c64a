import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

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
        #expect(first.standardOutput == "\(folder)/worked-example.md を作成しました。\n\(folder)/worked-example.html を作成しました。\n")
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
