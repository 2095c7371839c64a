import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// Fuzzing the members spreadsheet: mutated copies of a Shift_JIS and a UTF-8 CSV must end in a
/// scenario or in problems named by file, row and column — never a crash or a hang, each quickly.
@Suite("Fuzzing the members spreadsheet")
struct SpreadsheetFuzzTests {
    static let csv = """
        団体ID,団体コード,団体名,人口（人）,参加月,単独運用経費（円）,職員数,人件費単価,移行経費,移行経費補助率
        kusatsu,25206,草津市,"143,958",2016/10/1,"320,000,000",6,"8,000,000","225,000,000",50%
        moriyama,25207,,,2017年1月,推計,未入力,未入力,,
        ritto,252085,,,2017-04,"210,000,000",4,"8,000,000",,0.5

        """

    static let scenario: JSONValue = {
        var json = JSONValue.object(JSONObject())
        json["format"] = .string("costsim/1")
        json["name"] = .string("fuzz")
        json.set(.number("2016"), at: ["fiscalYears", "from"])
        json.set(.number("2020"), at: ["fiscalYears", "to"])
        json.set(.string("members.csv"), at: ["members", "csv"])
        json.set(.array([]), at: ["group", "fees"])
        return json
    }()

    @Test("mutated CSV: a scenario, or problems at file:row:column")
    func mutations() throws {
        var random = SplitMix64(seed: FuzzTests.seed &+ 99)
        let pieces = [
            "", ",", "\"", "\r\n", "\n", "2019-4", "７０００", "①", "髙", "1,2,3", "%", "推計", "未入力", "-", "0", "99999999999999999999", "\u{1B}",
        ]
        var failures = 0
        for round in 0..<FuzzTests.count {
            var text = Array(Self.csv)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0...text.count, using: &random)
                if Bool.random(using: &random) && position < text.count {
                    text.remove(at: position)
                } else {
                    text.insert(contentsOf: pieces.randomElement(using: &random)!, at: position)
                }
            }
            let string = String(text)
            let bytes = round % 2 == 0 ? Array(string.utf8) : [UInt8](string.data(using: .shiftJIS) ?? Data(string.utf8))
            let start = ContinuousClock.now
            do {
                let sheet = try ScenarioFile.sheet(bytes, named: "members.csv")
                _ = try ScenarioFile.decode(Self.scenario, sheet: sheet, overrides: [])
            } catch {
                failures += 1
                for issue in error.issues ?? [] {
                    let place = issue.text(.en)
                    #expect(place.hasPrefix("members.csv") || place.hasPrefix("group") || place.hasPrefix("members"), "\(place)")
                }
            }
            // A hang guard, not a speed test: only a runaway takes 30 s, however loaded the machine.
            #expect(ContinuousClock.now - start < .seconds(30), "round \(round)")
        }
        #expect(failures > 0)  // most mutations are caught
    }
}
