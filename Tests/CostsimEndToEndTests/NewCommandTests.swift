import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// `costsim new`: from municipality codes to a first estimate, without writing JSON by hand.
@Suite("costsim new")
struct NewCommandTests {
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the fee that saves 30 % of the estimated stay-alone costs, by hand")
    func reductionRate() throws {
        // 豊郷町 alone: E(7,139) = 57,319,243 (the band estimate, see ReferenceDataTests); keep 70 %:
        // floor(0.7 · 57,319,243 · 10,000 / (12 · 7,139)) = floor(401,234,701,000 / 85,668) = 4,683,600.
        let toyosato = try #require(Census2020.municipality(code: "25441"))
        let one = StarterScenario(
            name: "x", members: [.init(toyosato, joins: nil)], fiscalYears: 2026...2031, fee: .reduction(ExactDecimal(millionths: 300_000)))
        #expect(one.rate == 4_683_600)
        // 豊郷町, 甲良町 and 多賀町: estimates 57,319,243 + 55,166,852 + 57,719,688 = 170,205,783 for 20,787 people:
        // floor(0.7 · 170,205,783 · 10,000 / (12 · 20,787)) = floor(1,191,440,481,000 / 249,444) = 4,776,384.
        let three = try ["25441", "25442", "25443"].map {
            StarterScenario.Member(try #require(Census2020.municipality(code: $0)), joins: nil)
        }
        #expect(
            StarterScenario(name: "x", members: three, fiscalYears: 2026...2031, fee: .reduction(ExactDecimal(millionths: 300_000))).rate
                == 4_776_384)
        #expect(StarterScenario(name: "x", members: three, fiscalYears: 2026...2031, fee: .perTenThousand(950_000)).rate == 950_000)
    }

    @Test("new names every member that does not save, under the comparison, with the table's own figures (issue 18, item 12)")
    func losersSaidOutLoud() throws {
        // The 紀北 example: the group saves 30 % (the default fee), かつらぎ町 does not; 九度山町 and 高野町 do.
        let new = costsim("new", "--name", "紀北", "--member", "303411", "--member", "30343:2027-04", "--member", "30344")
        #expect(new.status == 0, "\(new.standardError)")
        let lines = new.standardError.split(separator: "\n").map(String.init)
        let row = try #require(lines.first { $0.hasPrefix("かつらぎ町") }).split(separator: " ").map(String.init)
        // Row: name, stay-alone, plan, savings, rate, …: the savings and rate as the table prints them.
        let (savings, rate) = (row[3], row[4])
        #expect(savings.hasPrefix("-"))
        let said = try #require(lines.first { $0.hasPrefix("※ 単独運用より負担が増える（削減にならない）団体：") })
        #expect(said.contains("：かつらぎ町（削減額 \(savings) 円、\(rate)）。"), "\(said)")
        #expect(!said.contains("九度山町") && !said.contains("高野町"))
        // Said right after the comparison's notes, before what to do next.
        let index = try #require(lines.firstIndex(of: said))
        #expect(lines[index - 1].hasPrefix("※ 未入力"))
        // Where every member saves, nothing is said.
        let all = costsim("new", "--name", "湖東", "--member", "25441", "--member", "25442", "--member", "25443")
        #expect(!all.standardError.contains("削減にならない"))
        let english = costsim("new", "--name", "紀北", "--member", "303411", "--member", "30343:2027-04", "--member", "30344", "--lang", "en")
        #expect(
            english.standardError.contains(
                "※ Members that do not save (they would pay more than staying alone): かつらぎ町 (savings \(savings) yen, \(rate))."))
    }

    @Test("new then run: the issue's two commands, from codes to a first comparison")
    func twoCommands() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/x.json"
        let new = costsim(
            "new", "--name", "湖東", "--member", "25441", "--member", "25442:2026-10", "--member", "25443:2027-04", "--out", file)
        #expect(new.status == 0, "\(new.standardError)")
        #expect(new.standardOutput.hasPrefix("\(file) を作成しました。\n"))
        #expect(new.standardOutput.contains("人口1万人当たり月額 4,776,384 円"))
        let document = try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(document.scenario.fiscalYears == 2026...2031)  // from the first join month given, six years
        #expect(document.scenario.members.map(\.name) == ["豊郷町", "甲良町", "多賀町"])
        #expect(document.scenario.members.map { $0.joins?.description } == ["2026-04", "2026-10", "2027-04"])
        #expect(document.warnings.count == 6)  // personnel and migration cost of each: 未入力
        let run = costsim("run", file)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("※ 推計: 豊郷町、甲良町、多賀町の単独運用のシステム経費は"))
        #expect(run.standardError.contains("警告 6 件"))
        // The what-if tables say so too.
        for command in ["sensitivity", "fairness", "risk"] {
            #expect(costsim(command, file).standardOutput.contains("※ 推計: 豊郷町、甲良町、多賀町"), "\(command)")
        }
        #expect(costsim("timing", file, "--member", "254428").standardOutput.contains("※ 推計: 豊郷町、甲良町、多賀町"))
        // Never over an existing file without --force; with it, replaced.
        let again = costsim("new", "--name", "湖東", "--member", "25441", "--out", file)
        #expect(again.status == 1 && again.standardError.contains("が既にあります"))
        #expect(try ScenarioDecoder.load([UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))).scenario.members.count == 3)
        #expect(costsim("new", "--name", "湖東", "--member", "25441", "--out", file, "--force").status == 0)
    }

    @Test("new --target-year writes the target and each member's FY2018 cost as the survey's estimate (推計)")
    func targetYear() throws {
        let folder = try Self.temporaryFolder()
        let file = folder + "/koto.json"
        let made = costsim("new", "--name", "湖東", "--member", "25441", "--target-year", "R10", "--out", file)
        #expect(made.status == 0)
        let json = try JSONParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(json["target"]?["fiscalYear"] == .number("2028"))
        #expect(json["target"]?["baselineFiscalYear"] == .number("2018"))
        guard case .array(let members)? = json["members"] else { throw Failure("no members") }
        #expect(members[0]["baseline"] == .object(JSONObject([("estimate", .string("band"))])))
        // 豊郷町's estimate is E(7,139) = 57,319,243 (see `reductionRate`); its target 57,319,243 − 17,195,772 = 40,123,471.
        let target = costsim("target", file, "--format", "json", "--case", "plan")
        #expect(target.status == 0)
        guard case .array(let cases)? = try JSONParser.parse(target.standardOutput)["cases"],
            case .array(let held)? = cases.first?["members"]
        else { throw Failure("no cases") }
        #expect(held[0]["baseline"] == .number("57319243"))
        #expect(held[0]["targetCost"] == .number("40123471"))
        #expect(held[0]["baselineSource"] == .string("surveyEstimate"))
        #expect(made.standardOutput.contains("平成30年度経費（baseline）も全国調査からの推計です"))
        // A target year outside the period written (2026–2031 from the default), or not after 2018: refused.
        let outside = costsim("new", "--name", "湖東", "--member", "25441:2026-04", "--target-year", "2035")
        #expect(outside.status == 2)
        #expect(outside.standardError.contains("--target-year 2035 は書くシナリオの期間 2026〜2031 の外です"))
    }

    @Test("without --out the scenario goes to standard output, the comparison to standard error")
    func standardOutput() throws {
        let outcome = costsim("new", "--name", "甲良", "--member", "254428", "--from", "2027", "--fee-per-10k", "950000")
        #expect(outcome.status == 0)
        let json = try JSONParser.parse(outcome.standardOutput)
        #expect(json["fiscalYears"]?["from"] == .number("2027") && json["fiscalYears"]?["to"] == .number("2032"))
        #expect(outcome.standardError.contains("【単独運用との比較】計画"))
    }

    @Test("mistakes on the command line: an unknown code names the nearest, a bad month, both fee options")
    func mistakes() {
        let unknown = costsim("new", "--name", "x", "--member", "25440")
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("costsim: --member: \"25440\" は2020年国勢調査のどの市区町村のコードでもありません。近いコード: 25441 豊郷町、"))
        #expect(costsim("new", "--name", "x", "--member", "25441:2026-4").status == 2)
        #expect(costsim("new", "--name", "x", "--member", "25441", "--fee-per-10k", "1", "--reduction", "30").status == 2)
        #expect(costsim("new", "--member", "25441").status == 2)  // --name is required
        let twice = costsim("new", "--name", "x", "--member", "25441", "--member", "254410")
        #expect(twice.status == 2 && twice.standardError.hasPrefix("costsim: --member \"254410\": 豊郷町が2回指定されています\n"))
    }
}
