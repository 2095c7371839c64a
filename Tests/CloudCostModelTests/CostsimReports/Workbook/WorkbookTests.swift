import Foundation
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Workbooks (xlsx)")
struct WorkbookTests {
    @Test("cells: date serials, column letters, sheet names, rates to twelve places")
    func cells() {
        // Excel's serials (1900 system): 1900-03-01 is 61 (it counts a 29 February 1900); 2026-01-01 is 46,023
        // (2025-01-01 is 45,658, plus 365); 2026-04-01 is 46,023 + 31 + 28 + 31 = 46,113.
        #expect(SpreadsheetML.dateSerial(Month(year: 1900, month: 3)) == 61)
        #expect(SpreadsheetML.dateSerial(Month(year: 2026, month: 1)) == 46_023)
        #expect(SpreadsheetML.dateSerial(Month(year: 2026, month: 4)) == 46_113)
        #expect([0, 25, 26, 701, 702].map(SpreadsheetML.columnName) == ["A", "Z", "AA", "ZZ", "AAA"])
        #expect(WorkbookSheet.legalName("負担金:R7/[案]") == "負担金_R7__案_")
        #expect(WorkbookSheet.legalName(String(repeating: "長", count: 40)).count == 31)
        #expect(WorkbookSheet.uniqueNames(["比較", "Sheet", "sheet", "比較"]) == ["比較", "Sheet", "sheet_2", "比較_2"])
        // −420,000 / 2,400,000 = −0.175 exactly; 1/3 to twelve places.
        #expect(SpreadsheetML.fraction(-420_000, 2_400_000) == "-0.175000000000")
        #expect(SpreadsheetML.fraction(1, 3) == "0.333333333333")
        #expect(SpreadsheetML.fraction(5, 0) == "0")
    }

    @Test("the 負担金 table's SUM formulas: each cached value is the exact sum of the cells it sums, every shipped scenario")
    func sumsAreExact() throws {
        for file in ["omi-cloud", "town-govcloud", "kinokuni-cloud", "worked-example"] {
            let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/\(file).json", encoding: .utf8))
            for year in results.scenario.fiscalYears {
                guard let apportionment = try ApportionmentTable(results.plan, fiscalYear: year) else { continue }
                let table = ReportTables(results: results, unit: .thousand).apportionment(apportionment)
                #expect(!table.sums.isEmpty)
                func yen(_ cell: TableCell) -> Int128 {
                    switch cell {
                    case .amount(let yen), .change(let yen): return Int128(yen)
                    case .notCharged: return 0
                    default: return -1_000_000_000_000_000_000  // not a figure: the sum cannot match
                    }
                }
                for sum in table.sums {
                    let summed: Int128
                    switch sum.over {
                    case .rows(let rows): summed = rows.reduce(0) { $0 + yen(table.rows[$1][sum.column]) }
                    case .columns(let columns): summed = columns.reduce(0) { $0 + yen(table.rows[sum.row][$1]) }
                    }
                    #expect(summed == yen(table.rows[sum.row][sum.column]), "\(file) FY\(year) \(sum)")
                }
            }
        }
    }

    @Test("openpyxl reads the 負担金 workbook: sheets, number formats, formulas and their cached values, frozen header, A4")
    func openpyxlReadsIt() throws {
        let results = try compute(try String(contentsOfFile: packageRoot + "/Scenarios/omi-cloud.json", encoding: .utf8))
        let apportionment = try #require(try ApportionmentTable(results.plan, fiscalYear: 2025))
        let tables = ReportTables(results: results, unit: .thousand, years: .japanese)
        let provenance = Provenance(
            inputs: [.init(name: "omi-cloud.json", bytes: Array("x".utf8))], made: .init(year: 2026, month: 12, day: 1))
        let bytes = try SpreadsheetML(
            ReportWorkbooks.apportionment(apportionment, tables: tables, provenance: provenance), provenance: provenance
        )
        .bytes()
        let script = """
            import io, sys, openpyxl
            data = sys.stdin.buffer.read()
            formulas = openpyxl.load_workbook(io.BytesIO(data))
            values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            print(formulas.sheetnames)
            ws, wv = formulas['負担金_R7'], values['負担金_R7']
            print(ws.freeze_panes, ws.print_title_rows, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.sheet_properties.pageSetUpPr.fitToPage)
            print(ws['A1'].value)
            print(ws['B3'].number_format, wv['B3'].value, ws['F3'].value, wv['F3'].value, ws['F11'].value, wv['F11'].value)
            print('SHA-256' in ws.oddFooter.right.text, ws.oddFooter.left.text)
            """
        guard let (status, output) = try python(script, input: bytes) else {
            print("skipped: /usr/bin/python3 is not installed")
            return
        }
        let text = String(decoding: output, as: UTF8.self)
        if status != 0 && text.isEmpty {
            print("skipped: openpyxl is not installed (apt-get install python3-openpyxl)")
            return
        }
        // 草津市's 基幹系システム利用料 in FY2025 (run's figure): 155,474,640 yen, shown in 千円 by the format;
        // its 負担金計 the SUM of its four fees, 174,221,808; the 計 row's the SUM of the eight members, 745,363,320.
        #expect(
            text == """
                ['負担金_R7', '按分の基礎', '根拠・注記']
                A3 $2:$2 9 1 True
                【令和7年度 負担金按分表】計画（単位：千円）
                #,##0, 155474640 =SUM(B3:E3) 174221808 =SUM(F3:F10) 745363320
                True &P / &N

                """)
    }
}
