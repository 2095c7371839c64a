import CloudCostModel
import CostsimCore

extension ReportDocument {
    /// The report as workbook sheets, the same tables as its Markdown and HTML: 比較, 削減目標 (when the
    /// scenario states a target), 削減額の内訳, 年度別, 負担金 of the year, 按分の基礎 and 根拠・注記.
    package func workbookSheets() throws -> [WorkbookSheet] {
        let sections = try sections()
        let language = tables.language
        let yearLabel = tables.labels.yearShort(apportionmentYear)
        var sheets = [WorkbookSheet(language.text(ja: "比較", en: "Comparison"), sections.comparisons)]
        if !sections.target.isEmpty { sheets.append(WorkbookSheet(language.text(ja: "削減目標", en: "Target"), sections.target)) }
        sheets.append(WorkbookSheet(language.text(ja: "削減額の内訳", en: "Savings"), sections.savings))
        sheets.append(WorkbookSheet(language.text(ja: "年度別", en: "By year"), sections.years))
        if let apportionment = sections.apportionment.first {
            sheets.append(WorkbookSheet(language.text(ja: "負担金_\(yearLabel)", en: "Shares \(yearLabel)"), [apportionment]))
        }
        if sections.apportionment.count > 1 {
            sheets.append(WorkbookSheet(language.text(ja: "按分の基礎", en: "Basis"), Array(sections.apportionment.dropFirst())))
        }
        sheets.append(WorkbookSheet(language.text(ja: "根拠・注記", en: "Sources"), [Self.sources(provenance, tables: tables)]))
        return sheets
    }

    /// What made the figures: the version, each input with its SHA-256, the `--set` changes and the
    /// day; then what they rest on (estimates, figures still to be filled in).
    package static func sources(_ provenance: Provenance?, tables: ReportTables) -> ReportTable {
        let language = tables.language
        var table = ReportTable(
            title: language.text(ja: "根拠・注記", en: "Sources and notes"),
            columns: [.init(language.text(ja: "項目", en: "Item"), .left), .init(language.text(ja: "内容", en: "Detail"), .left)],
            format: tables.format)
        table.rows.append([.text(language.text(ja: "シナリオ", en: "Scenario")), .text(tables.results.scenario.name)])
        table.rows.append([.text(language.text(ja: "対象期間", en: "Period")), .text(tables.periodLine)])
        if let provenance {
            table.rows.append([.text(language.text(ja: "作成", en: "Made by")), .text("costsim \(provenance.version)")])
            for input in provenance.inputs {
                table.rows.append([
                    .text(language.text(ja: "入力", en: "Input")),
                    .text("\(input.name ?? language.text(ja: "標準入力", en: "standard input"))  SHA-256 \(input.sha256)"),
                ])
            }
            for change in provenance.changes {
                table.rows.append([.text(language.text(ja: "変更", en: "Changed")), .text("--set \(change)")])
            }
            table.rows.append([.text(language.text(ja: "作成日", en: "Made on")), .text(provenance.dayText(language, years: tables.years))])
        }
        for note in tables.inputNotes { table.rows.append([.text(language.text(ja: "注記", en: "Note")), .text(note)]) }
        return table
    }

    /// The workbook's bytes.
    package func workbook() throws -> [UInt8] {
        try SpreadsheetML(try workbookSheets(), provenance: provenance).bytes()
    }
}

/// The workbooks of single tables: the 負担金 table of `apportion`.
package enum ReportWorkbooks {
    /// 負担金 of the year (its 負担金計 and 計 as SUM formulas), the basis of each shared fee, and the sources.
    package static func apportionment(_ table: ApportionmentTable, tables: ReportTables, provenance: Provenance?) -> [WorkbookSheet] {
        let language = tables.language
        let year = tables.labels.yearShort(table.fiscalYear)
        let basis = tables.apportionmentBasis(table)
        return [WorkbookSheet(language.text(ja: "負担金_\(year)", en: "Shares \(year)"), [tables.apportionment(table)])]
            + (basis.isEmpty ? [] : [WorkbookSheet(language.text(ja: "按分の基礎", en: "Basis"), basis)])
            + [WorkbookSheet(language.text(ja: "根拠・注記", en: "Sources"), [ReportDocument.sources(provenance, tables: tables)])]
    }
}
