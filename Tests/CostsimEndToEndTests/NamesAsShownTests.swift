import CloudCostModel
import CostsimCore
import Foundation
import Testing

@testable import CostsimCLI

/// Cases and members named as the tables print them (issue 18, item 7): before, `--case 計画` was
/// "no such case" and `--member 草津市` "no member has the id".
@Suite("Names as shown: --case and --member")
struct NamesAsShownTests {
    let omi = packageRoot.appendingPathComponent("Scenarios/omi-cloud.json").path

    @Test("--case takes 計画, 単独運用, plan, standalone, and a variant's name with other brackets or spaces")
    func cases() {
        let plan = costsim("apportion", omi, "--fiscal-year", "2020").standardOutput
        #expect(costsim("apportion", omi, "--fiscal-year", "2020", "--case", "計画").standardOutput == plan)
        #expect(costsim("apportion", omi, "--fiscal-year", "2020", "--case", "plan").standardOutput == plan)
        let alone = costsim("apportion", omi, "--fiscal-year", "2020", "--case", "単独運用")
        #expect(alone.status == 0)
        #expect(alone.standardOutput == costsim("apportion", omi, "--fiscal-year", "2020", "--case", "standalone").standardOutput)
        let variant = costsim("apportion", omi, "--fiscal-year", "2020", "--case", "甲賀市不参加").standardOutput
        // A space typed inside the name, and full-width letters, fold to the name as written (NFKC).
        #expect(costsim("apportion", omi, "--fiscal-year", "2020", "--case", "甲賀市　不参加").standardOutput == variant)
        #expect(variant != plan)
        let unknown = costsim("apportion", omi, "--fiscal-year", "2020", "--case", "甲賀市参加")
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("--case: \"甲賀市参加\" というケースはありません"))
    }

    @Test("--against takes the names as shown too")
    func against() {
        let byName = costsim("run", omi, "--against", "甲賀市 不参加", "--format", "csv", "--table", "comparison")
        #expect(byName.status == 0)
        #expect(
            byName.standardOutput == costsim("run", omi, "--against", "甲賀市不参加", "--format", "csv", "--table", "comparison").standardOutput)
    }

    @Test("--member takes the id, the 5- or 6-digit code, or the name as printed")
    func members() {
        let byID = costsim("run", omi, "--member", "kusatsu", "--format", "json").standardOutput
        for words in ["草津市", "25206", "252069"] {
            #expect(costsim("run", omi, "--member", words, "--format", "json").standardOutput == byID, "\(words)")
        }
        let timing = costsim("timing", omi, "--member", "甲賀市", "--from", "2020-01", "--to", "2020-02")
        #expect(timing.status == 0)
        #expect(timing.standardOutput.contains("【参加時期の比較】甲賀市"))
    }

    @Test("words that name two members are refused, listing both by id and name")
    func ambiguous() throws {
        // Two members called 東町 (in two prefectures): the name alone cannot say which.
        let json = """
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020},
             "members": [{"id": "a", "name": "東町", "population": 1, "joins": "2020-04", "standalone": {"annualCost": 1}},
                         {"id": "b", "name": "東町", "population": 1, "joins": "2020-04", "standalone": {"annualCost": 1}}],
             "group": {"fees": []}}
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-names-\(UUID().uuidString).json").path
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let outcome = costsim("run", file, "--member", "東町")
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("--member: \"東町\" に当たる構成団体が複数あります（a（東町）、b（東町））。ID で指定してください"))
        #expect(costsim("run", file, "--member", "a").status == 0)
    }

    @Test("months and fiscal years as written in Japanese offices, on the command line and in JSON (issue 18, item 8)")
    func datesAsWritten() {
        let western = costsim("apportion", omi, "--fiscal-year", "2020").standardOutput
        for year in ["令和2", "R2", "令和2年度", "2020年度"] {
            #expect(costsim("apportion", omi, "--fiscal-year", year).standardOutput == western, "\(year)")
        }
        let plain = costsim("run", omi, "--set", "members.koka.joins=2021-04", "--format", "json").standardOutput
        for month in ["2021/4", "2021年4月", "令和3年4月"] {
            #expect(costsim("run", omi, "--set", "members.koka.joins=\(month)", "--format", "json").standardOutput == plain, "\(month)")
        }
        let timing = costsim("timing", omi, "--member", "koka", "--from", "2020/1", "--to", "2020年2月", "--format", "json")
        #expect(timing.status == 0)
        #expect(costsim("apportion", omi, "--fiscal-year", "令和0").status == 2)
        // --era on sensitivity and fairness too (their tables name years where an input is by year).
        #expect(costsim("sensitivity", omi, "--era", "japanese").status == 0)
        #expect(costsim("fairness", omi, "--era", "japanese").status == 0)
    }
}
