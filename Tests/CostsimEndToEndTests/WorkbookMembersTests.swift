import CostsimCore
import Foundation
import Testing

@testable import CostsimCLI

/// Members from a workbook saved by a real spreadsheet application: LibreOffice Calc turns a members
/// CSV into `.xlsx` here (headless), so the file under test is not costsim's own writing.
@Suite("Members from an Excel workbook")
struct WorkbookMembersTests {
    /// Converts `csv` (UTF-8) in `folder` to `members.xlsx` with LibreOffice; false when it is not installed.
    static func saveAsWorkbook(_ csv: String, in folder: String) throws -> Bool {
        guard let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: FileManager.default.isExecutableFile) else {
            return false
        }
        try csv.write(toFile: folder + "/members.csv", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // Column separator 44 (,), text delimiter 34 ("), UTF-8 (76), first line 1.
        process.arguments = [
            "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder,
            folder + "/members.csv",
        ]
        process.environment = ["HOME": folder + "/home", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return FileManager.default.fileExists(atPath: folder + "/members.xlsx")
    }

    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costsim-xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/home", withIntermediateDirectories: true)
        for (name, reference) in [("csv.json", #"{"csv": "members.csv"}"#), ("xlsx.json", #"{"xlsx": "members.xlsx"}"#)] {
            try """
            {"format": "costsim/1", "name": "滋賀県内共同利用（試算）", "fiscalYears": {"from": 2026, "to": 2026},
             "members": \(reference),
             "group": {"fees": [{"label": "利用料", "perMember": {"monthly": 500000}}]}}
            """.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("a workbook LibreOffice saved from the members CSV gives exactly the CSV's members and figures")
    func sameAsCSV() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var rows = ["団体コード,参加月,単独運用経費（円）,職員数,人件費単価,移行経費補助率"]
        for code in SpreadsheetCLITests.shiga {
            switch code {
            case "25441": rows.append("25441,2026/10/1,\"12,000,000\",0,0,50%")
            case "25206": rows.append("25206,2026年4月,推計,未入力,未入力,")
            default: rows.append("\(code),,推計,0,0,0.25")
            }
        }
        guard try Self.saveAsWorkbook(rows.joined(separator: "\n") + "\n", in: folder) else {
            print("skipped: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
            return
        }
        let fromCSV = costsim("import-members", folder + "/members.csv")
        let fromWorkbook = costsim("import-members", folder + "/members.xlsx")
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.standardError)")
        #expect(fromWorkbook.standardOutput == fromCSV.standardOutput)
        let run = costsim("run", folder + "/xlsx.json", "--format", "json")
        #expect(run.status == 0, "\(run.standardError)")
        // The same figures to the yen; only where a warning points differs (the workbook's cell, the CSV's row).
        #expect(
            run.standardOutput.replacingOccurrences(of: "members.xlsx:members!D6", with: "members.csv:6")
                == costsim("run", folder + "/csv.json", "--format", "json").standardOutput)
        // The warnings name the workbook, its sheet and the cell: 草津市 is row 6, 職員数 column D.
        #expect(run.standardError.contains("members.xlsx:members!D6:職員数: 未入力です"), "\(run.standardError)")
    }

    @Test("a mistake names the workbook, the sheet and the cell; a missing sheet names those there are")
    func mistakes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard try Self.saveAsWorkbook("団体コード,参加月,単独運用経費\n25441,2019-4,1000\n", in: folder) else {
            print("skipped: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
            return
        }
        let outcome = costsim("validate", folder + "/xlsx.json")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(#"members.xlsx:members!B2:参加月: "2019-4" は年月ではありません"#), "\(outcome.standardError)")
        let sheet = #"{"xlsx": "members.xlsx", "sheet": "構成団体"}"#
        try String(contentsOfFile: folder + "/xlsx.json", encoding: .utf8).replacingOccurrences(
            of: #"{"xlsx": "members.xlsx"}"#, with: sheet
        )
        .write(toFile: folder + "/sheet.json", atomically: true, encoding: .utf8)
        let missing = costsim("validate", folder + "/sheet.json")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains(#"members.xlsx: "構成団体" というシートはありません。シートは "members" です"#), "\(missing.standardError)")
    }
}
