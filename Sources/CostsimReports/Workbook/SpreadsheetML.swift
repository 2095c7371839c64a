import CloudCostModel
import CostsimCore

/// A workbook (ECMA-376 SpreadsheetML in a ZIP package) made from the same tables every other
/// format shows: each sheet a group of tables, each table its caption, its header row (bold, on a pale
/// fill), its rows and its notes.
///
/// **Cells that compute.** An amount is a number holding the exact yen; the table's unit is a number
/// format (`#,##0,` shows 千円, `#,##0,,` 百万円), so a cell shows the digits every other format shows
/// (Excel rounds a scaled display half away from zero, as `CellFormat` does) while keeping the yen. A
/// rate is the exact fraction as a number (twelve decimal places) shown as a percentage; a fiscal year
/// or a month is a number (the year; the month's date serial) whose format writes it as the tables
/// print it (`2025年度`, `令和7年度`), so that it sorts. A sum a table marks (`ReportTable.sums`) is a
/// `SUM` formula with its cached value, the exact yen costsim computed: Excel recalculating shows the
/// same figure. Text is always a text cell, never a formula: `=…` typed into a name stays text.
///
/// **Readable and printable as it opens.** Column widths from the display width of what they show
/// (full-width characters count double), the header row of a one-table sheet frozen and repeated on
/// every printed page, A4 fitted to one page wide (landscape where a table prints landscape in the
/// report), and a footer with the page number, the costsim version and each input's SHA-256.
package struct SpreadsheetML: Sendable {
    package var sheets: [WorkbookSheet]
    package var provenance: Provenance?

    package init(_ sheets: [WorkbookSheet], provenance: Provenance? = nil) {
        self.sheets = sheets
        self.provenance = provenance
    }

    /// The package's bytes.
    package func bytes() throws(ZIPWriter.TooLarge) -> [UInt8] {
        var styles = WorkbookStyles()
        let names = WorkbookSheet.uniqueNames(sheets.map(\.name))
        var sheetXML: [String] = []
        var printTitles: [(sheet: Int, row: Int)] = []
        for (index, sheet) in sheets.enumerated() {
            let (xml, titleRow) = Self.sheet(sheet, styles: &styles, footer: footer)
            sheetXML.append(xml)
            if let titleRow { printTitles.append((index, titleRow)) }
        }
        let made = provenance?.made ?? Provenance.Day(year: 1980, month: 1, day: 1)
        var zip = ZIPWriter(year: made.year, month: made.month, day: made.day)
        try zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        try zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        try zip.add("xl/workbook.xml", Array(Self.workbook(names, printTitles: printTitles).utf8))
        try zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
        try zip.add("xl/styles.xml", Array(styles.xml.utf8))
        for (index, xml) in sheetXML.enumerated() { try zip.add("xl/worksheets/sheet\(index + 1).xml", Array(xml.utf8)) }
        return try zip.finish()
    }

    // MARK: Package parts

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var contentTypes: String {
        var xml = Self.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml +=
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
            xml += "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let packageRelationships =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    var workbookRelationships: String {
        var xml = Self.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            xml +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    static func workbook(_ names: [String], printTitles: [(sheet: Int, row: Int)]) -> String {
        var xml = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationshipsNamespace)\"><workbookPr/>"
        xml += "<bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        if !printTitles.isEmpty {
            xml += "<definedNames>"
            for (sheet, row) in printTitles {
                let quoted = "'" + names[sheet].replacingOccurrences(of: "'", with: "''") + "'"
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(sheet)\">\(escape(quoted))!$\(row):$\(row)</definedName>"
            }
            xml += "</definedNames>"
        }
        // Formulas' cached values are costsim's exact figures; a full calculation on load shows the same.
        return xml + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    }

    /// The printed footer: the page and the pages on the left; the version and each input's SHA-256
    /// on the right (`&` doubled: it starts a code in a footer), within Excel's 255 characters.
    var footer: String {
        var trace =
            provenance.map { made in
                (["costsim \(made.version)"] + made.inputs.map { "\($0.name ?? "-") SHA-256 \($0.sha256)" }).joined(separator: "  ")
            } ?? ""
        trace = trace.replacingOccurrences(of: "&", with: "&&")
        if trace.count > 230 { trace = String(trace.prefix(230)) + "…" }
        return "&L&P / &N&R" + trace
    }

    // MARK: A sheet

    /// A sheet's XML, and the row to repeat on every printed page (a one-table sheet's header), if any.
    static func sheet(_ sheet: WorkbookSheet, styles: inout WorkbookStyles, footer: String) -> (String, Int?) {
        var rows: [String] = []
        var widths: [Int] = []
        var headerRow: Int?
        var row = 0
        var merges: [String] = []
        func cellReference(_ column: Int, _ row: Int) -> String { columnName(column) + String(row) }
        // The widths first: a note's row height follows the width of its table.
        for table in sheet.tables {
            for (column, heading) in table.columns.enumerated() { widen(&widths, column, min(DisplayWidth.of(heading.header), 24)) }
            for cells in table.rows {
                for (column, cell) in cells.enumerated() { widen(&widths, column, DisplayWidth.of(table.format.text(cell))) }
            }
        }
        for (tableIndex, table) in sheet.tables.enumerated() {
            if tableIndex > 0 { row += 1 }  // a blank row between tables
            row += 1
            rows.append(
                "<row r=\"\(row)\">" + textCell(cellReference(0, row), table.caption, styles.index(.init(bold: true))) + "</row>")
            row += 1
            if tableIndex == 0 { headerRow = row }
            let headerStyle = styles.index(.init(bold: true, header: true))
            var header = "<row r=\"\(row)\">"
            for (column, heading) in table.columns.enumerated() {
                header += textCell(cellReference(column, row), heading.header, headerStyle)
            }
            rows.append(header + "</row>")
            let firstDataRow = row + 1
            for (index, cells) in table.rows.enumerated() {
                row += 1
                let isTotal = index >= table.rows.count - table.totalRowCount
                var line = "<row r=\"\(row)\">"
                for (column, cell) in cells.enumerated() {
                    let reference = cellReference(column, row)
                    let sum = table.sums.first { $0.row == index && $0.column == column }
                    line += Self.cell(
                        cell, reference: reference, format: table.format, bold: isTotal, styles: &styles,
                        formula: sum.map { formula($0, firstDataRow: firstDataRow) })
                }
                rows.append(line + "</row>")
            }
            // Each note wraps across its table's columns (merged), its row as tall as its lines, so that
            // a long note neither widens the printed page nor runs off it.
            let last = max(table.columns.count - 1, 0)
            let across = (0...last).reduce(0) { $0 + min(widths[$1], 60) + 2 }
            for note in table.shownNotes {
                row += 1
                let text = "※ " + note
                let lines = max(1, (DisplayWidth.of(text) + across - 1) / max(across, 1))
                rows.append(
                    "<row r=\"\(row)\" ht=\"\(lines * 13 + 2)\" customHeight=\"1\">"
                        + textCell(cellReference(0, row), text, styles.index(.init(wrap: true))) + "</row>")
                if last > 0 { merges.append("\(cellReference(0, row)):\(cellReference(last, row))") }
            }
        }
        let single = sheet.tables.count == 1
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationshipsNamespace)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(cellReference(max(widths.count, 1) - 1, max(row, 1)))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if single, let headerRow {
            xml += "<pane ySplit=\"\(headerRow)\" topLeftCell=\"A\(headerRow + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A\(headerRow + 1)\" sqref=\"A\(headerRow + 1)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (column, width) in widths.enumerated() {
                // Excel's width is in characters of its digit; a full-width character is two.
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(width, 60) + 2)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + rows.joined() + "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        let landscape = sheet.tables.contains(where: \.printsLandscape)
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        xml += "<headerFooter><oddFooter>\(escape(footer))</oddFooter></headerFooter>"
        return (xml + "</worksheet>", single ? headerRow : nil)
    }

    static func widen(_ widths: inout [Int], _ column: Int, _ width: Int) {
        while widths.count <= column { widths.append(4) }
        widths[column] = max(widths[column], width)
    }

    /// `SUM(B4:B11)` over the rows of a column, or `SUM(B4:F4)` over columns of a row.
    static func formula(_ sum: ReportTable.Sum, firstDataRow: Int) -> String {
        let row = firstDataRow + sum.row
        switch sum.over {
        case .rows(let rows):
            let column = columnName(sum.column)
            return "SUM(\(column)\(firstDataRow + rows.lowerBound):\(column)\(firstDataRow + rows.upperBound - 1))"
        case .columns(let columns):
            return "SUM(\(columnName(columns.lowerBound))\(row):\(columnName(columns.upperBound - 1))\(row))"
        }
    }

    // MARK: Cells

    static func textCell(_ reference: String, _ text: String, _ style: Int) -> String {
        "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
    }

    /// A cell as the workbook keeps it: a number with the format that shows it as the tables do.
    static func cell(
        _ cell: TableCell, reference: String, format: CellFormat, bold: Bool, styles: inout WorkbookStyles, formula: String?
    ) -> String {
        func number(_ value: String, _ numberFormat: String) -> String {
            let style = styles.index(.init(format: numberFormat, bold: bold))
            let f = formula.map { "<f>\($0)</f>" } ?? ""
            return "<c r=\"\(reference)\" s=\"\(style)\">\(f)<v>\(value)</v></c>"
        }
        let scale = String(repeating: ",", count: format.unit.scaleCommas)
        switch cell {
        case .text(let text): return textCell(reference, text, styles.index(.init(bold: bold)))
        case .amount(let yen): return number(String(yen), "#,##0" + scale)
        case .change(let yen): return number(String(yen), "+#,##0\(scale);-#,##0\(scale);0")
        case .margin(let yen): return number(String(yen), "\"±\"#,##0" + scale)
        case .count(let count): return number(String(count), "#,##0")
        case .decimal(let value): return number(value.description, "General")
        case .rate(let numerator, let denominator): return number(fraction(numerator, denominator), "0.0%")
        case .changeRate(let numerator, let denominator): return number(fraction(numerator, denominator), "+0.0%;-0.0%;0.0%")
        case .fiscalYear(let year): return number(String(year), literal(format.labels.year(year)))
        case .month(let month): return number(String(dateSerial(month)), literal(format.labels.month(month)))
        case .notCharged: return number("0", "\"—\"")
        case .blank: return ""
        }
    }

    /// A number format that shows `text` whatever the value (the value stays, for sorting).
    static func literal(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "") + "\"" }

    /// `numerator / denominator` to twelve decimal places, halves away from zero (0 for a zero denominator).
    static func fraction(_ numerator: Int64, _ denominator: Int64) -> String {
        guard denominator != 0 else { return "0" }
        let scaled = Yen.roundedQuotient(Int128(numerator) * 1_000_000_000_000, Int128(denominator))
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let fraction = String(magnitude % 1_000_000_000_000)
        return "\(sign)\(magnitude / 1_000_000_000_000)." + String(repeating: "0", count: 12 - fraction.count) + fraction
    }

    /// The first day of `month` as a date serial of the 1900 date system (1900-03-01 is 61; Excel
    /// counts a 29 February 1900 that never was, so later serials are the days since 1899-12-30).
    static func dateSerial(_ month: Month) -> Int {
        // Days from 1970-01-01 (Howard Hinnant's days_from_civil), then from 1899-12-30 (25,569 days before).
        let year = month.month <= 2 ? month.year - 1 : month.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let monthFromMarch = (month.month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + 25_569
    }

    static func columnName(_ index: Int) -> String { CellReference.columnName(index) }

    /// Text as XML character data or an attribute value: the escaping HTML uses (`&`, `<`, `>`, `"`).
    static func escape(_ text: String) -> String { HTML.escape(text) }
}
