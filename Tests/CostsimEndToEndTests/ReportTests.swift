import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("Reports")
struct ReportTests {
    /// What `scripts/make-reports` says made the pages: the file as it names it, its SHA-256, and
    /// the day it fixes with SOURCE_DATE_EPOCH (1796083200: 2026-12-01).
    static func provenance(_ relativePath: String) throws -> Provenance {
        let bytes = [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)))
        return Provenance(inputs: [.init(name: relativePath, bytes: bytes)], made: Provenance.Day(unixTime: 1_796_083_200))
    }

    @Test("the committed Reports/ are what the current code makes of Scenarios/")
    func reportsAreCurrent() throws {
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(scenarios.count == 4)
        for file in scenarios {
            let path = packageRoot.appendingPathComponent("Scenarios/\(file)").path
            let results = try ScenarioResults(try ScenarioDecoder.load([UInt8](FileManager.default.contents(atPath: path)!)))
            let made = try Self.provenance("Scenarios/\(file)")
            for (name, contents) in try ReportFiles.make(results, name: ReportFiles.baseName(of: path), provenance: made) {
                let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(name)").path)
                    .map { String(decoding: $0, as: UTF8.self) }
                #expect(committed == contents, "Reports/\(name) is stale: run scripts/make-reports")
            }
            // The workbook beside them, byte for byte (the same day in every entry makes the same bytes).
            let (name, workbook) = try ReportFiles.makeWorkbook(results, name: ReportFiles.baseName(of: path), provenance: made)
            let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Reports/\(name)").path)
            #expect(committed.map { [UInt8]($0) } == workbook, "Reports/\(name) is stale: run scripts/make-reports")
        }
        // 草津市's council pack, in Japanese era years.
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        let results = try ScenarioResults(try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: omi)))))
        let made = try Self.provenance("Scenarios/omi-cloud.json")
        for (name, contents) in try ReportFiles.make(
            results, name: "omi-cloud-kusatsu", years: .japanese, member: "kusatsu", provenance: made)
        {
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
        let page = RiskPage(
            RiskTables(analysis, unit: .thousand), scenarioName: document.scenario.name,
            provenance: try Self.provenance("Scenarios/\(name).json"))
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
        let page = SchedulePage(ScheduleTables(plan, unit: .thousand), provenance: try Self.provenance("Scenarios/kinokuni-cloud.json"))
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
        // Its savings in the plan, as `run` prints them: 990,153,059 yen, paid back in FY2017 (10 yen more than when
        // its subsidies were taken month by month: issue 19).
        #expect(markdown.contains("| 草津市 | 3,178,500,000 | 2,188,346,941 | 990,153,059 | 31.2% | 2017年度 |"))
        for other in ["守山市", "栗東市", "米原市", "団体計"] { #expect(!markdown.contains("| \(other) |"), "\(other)") }
        let html = try ReportDocument(results: results, member: "kusatsu").html()
        // Its costs, its cumulative savings, and (the scenario states a target) its waterfall to the target year.
        #expect(html.split(separator: "<svg").count - 1 == 3)
        #expect(html.contains("草津市：基準年度から目標年度への増減（計画）"))
        #expect(html.contains("草津市の累積削減額（ケースごと）"))
        let unknown = costsim("report", omi, "--out", "/tmp", "--member", "kusatu")
        #expect(unknown.status == 2 && unknown.standardError.contains("kusatsu の誤りではありませんか？"))
    }

    @Test("report writes Markdown, HTML and the workbook, and replaces files only with --force")
    func reportCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scenario = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        let first = costsim("report", scenario, "--out", folder)
        #expect(first.status == 0)
        #expect(
            first.standardOutput
                == "\(folder)/worked-example.md を作成しました。\n\(folder)/worked-example.html を作成しました。\n"
                + "\(folder)/worked-example.xlsx を作成しました。\n")
        // The workbook is a ZIP package (its local header's signature, PK\u{3}\u{4}).
        let workbook = try Data(contentsOf: URL(fileURLWithPath: folder + "/worked-example.xlsx"))
        #expect(Array(workbook.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
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

    @Test("report --unit thousand: the 負担金 table in 千円 and the 按分の基礎 in 円, each caption saying so (issue 18, item 4)")
    func mixedUnits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-units-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        #expect(costsim("report", omi, "--out", folder, "--unit", "thousand").status == 0)
        let markdown = try String(contentsOfFile: folder + "/omi-cloud.md", encoding: .utf8)
        #expect(markdown.contains("### 【2025年度 負担金按分表】計画（単位：千円）\n"))
        #expect(markdown.contains("### 【按分の基礎】事務局経費（均等割 1）（単位：円）\n"))
        #expect(markdown.contains("### 【単独運用との比較】計画（単位：千円）\n"))
    }

    @Test("the committed pages: 紀の国's 28 members in the savings chart chosen and the rest named; the calendar's months labelled")
    func chartsSayWhatTheyShow() throws {
        let report = try String(contentsOf: packageRoot.appendingPathComponent("Reports/kinokuni-cloud.html"), encoding: .utf8)
        // 28 members, 12 colours: 16 named as not shown.
        let note = try #require(report.split(separator: "\n").first { $0.contains("表示していない団体：") })
        let named = try #require(note.split(separator: "：").last).split(separator: "、")
        #expect(named.count == 16, "\(note)")
        let schedule = try String(contentsOf: packageRoot.appendingPathComponent("Reports/kinokuni-cloud-schedule.html"), encoding: .utf8)
        #expect(schedule.contains(">4月</text>") && schedule.contains(">10月</text>"))
        // おうみ's risk table is printed landscape: its section heading goes with it, not alone at the foot of page 1.
        let risk = try String(contentsOf: packageRoot.appendingPathComponent("Reports/omi-cloud-risk.html"), encoding: .utf8)
        #expect(risk.contains("<h2 class=\"wide\">削減額の見通し</h2>\n<div class=\"table wide\">"))
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
                "2020,計画,基幹系システム利用料,システム経費,kusatsu,252069,草津市,"))
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

    @Test("costsim --version; every page says the version, the input and its SHA-256, the --set changes and the day")
    func traceablePaper() throws {
        #expect(costsim("--version").standardOutput == "costsim \(CostsimVersion.current)\n")
        let path = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path
        // The digest `sha256sum` gives of the file, worked out independently of costsim's own SHA-256.
        let digest = try #require(Self.sha256sum(path))
        var fixed = Costsim()
        fixed.today = { Provenance.Day(year: 2026, month: 12, day: 1) }
        let markdown = fixed.run(["run", path, "--format", "markdown", "--set", "discountRate=0.01"]).standardOutput
        #expect(
            markdown.contains(
                "costsim \(CostsimVersion.current)／入力: \(Markdown.escape(path))（SHA-256: \(digest)）／変更: --set discountRate=0.01／作成日: 2026年12月1日"
            ))
        let html = fixed.run(["run", path, "--format", "html", "--lang", "en", "--era", "japanese"]).standardOutput
        #expect(html.contains("(SHA-256 \(digest)) · made Reiwa 8-12-01</span></footer>"))
        let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path
        let risk = fixed.run(["risk", omi, "--draws", "10", "--format", "markdown"]).standardOutput
        #expect(risk.contains("／ケース: 計画／作成日: 2026年12月1日"))
    }

    static func sha256sum(_ path: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: " ").first.map(String.init)
    }
}
