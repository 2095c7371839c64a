import CostsimCore
import Foundation
import Testing

@testable import CostsimCLI

/// `--format xlsx` on the command line: where the workbook goes, and what is refused.
@Suite("Workbooks on the command line")
struct WorkbookCommandTests {
    static let scenario = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path

    @Test("to standard output when it is not a terminal; refused on a terminal, saying how")
    func standardOutput() throws {
        let piped = costsim("run", Self.scenario, "--format", "xlsx")
        #expect(piped.status == 0)
        #expect(piped.standardOutput.hasPrefix("PK\u{3}\u{4}"))
        var terminal = Costsim(readStandardInput: { [] })
        terminal.outputIsTerminal = true
        let refused = terminal.run(["run", Self.scenario, "--format", "xlsx"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--format xlsx は Excel のブックを書くため、端末には表示できません"))
    }

    @Test("--out writes FILE.xlsx and never over a file without --force; --out is for xlsx alone; the name must end .xlsx")
    func out() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/負担金.xlsx"
        let made = costsim("apportion", Self.scenario, "--fiscal-year", "2024", "--format", "xlsx", "--out", file)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput == "\(file) を作成しました。\n")
        let again = costsim("apportion", Self.scenario, "--fiscal-year", "2024", "--format", "xlsx", "--out", file)
        #expect(again.status == 1 && again.standardError.contains("既にあります"))
        #expect(costsim("apportion", Self.scenario, "--fiscal-year", "2024", "--format", "xlsx", "--out", file, "--force").status == 0)
        let csv = costsim("run", Self.scenario, "--format", "csv", "--out", file)
        #expect(csv.status == 2 && csv.standardError.contains("--out"))
        let named = costsim("run", Self.scenario, "--format", "xlsx", "--out", folder + "/report.xls")
        #expect(named.status == 2 && named.standardError.contains(".xlsx で終えてください"))
    }
}
