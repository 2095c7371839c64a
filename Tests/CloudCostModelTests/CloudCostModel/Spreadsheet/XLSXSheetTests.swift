import Testing

@testable import CloudCostModel
@testable import CostsimCore

@Suite("Reading a workbook's sheet (xlsx)")
struct XLSXSheetTests {
    /// A workbook written part by part as the standard lays it out (ECMA-376): two sheets, shared strings
    /// with a rich run, a date format built in (14) and one of its own, a merged title, an empty last row.
    static func workbook(date1904: Bool = false, cells: String) throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZIPWriter(year: 2026, month: 12, day: 1)
        try zip.add(
            "_rels/.rels",
            Array(
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                    .utf8))
        try zip.add(
            "xl/workbook.xml",
            Array(
                #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><workbookPr date1904="\#(date1904 ? 1 : 0)"/><sheets><sheet name="説明" sheetId="1" r:id="rId2"/><sheet name="構成団体" sheetId="2" r:id="rId1"/></sheets></workbook>"#
                    .utf8))
        try zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(relationships)/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>"#
                    .utf8))
        try zip.add(
            "xl/sharedStrings.xml",
            Array(
                #"<sst xmlns="\#(main)" count="3"><si><t>団体コード</t></si><si><r><t>参加</t></r><r><rPr><b/></rPr><t>月</t></r></si><si><t xml:space="preserve"> 守山市 &amp; 栗東市 </t></si></sst>"#
                    .utf8))
        try zip.add(
            "xl/styles.xml",
            Array(
                #"<styleSheet xmlns="\#(main)"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="&quot;day&quot;0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>"#
                    .utf8))
        try zip.add(
            "xl/worksheets/sheet1.xml",
            Array(
                #"<worksheet xmlns="\#(main)"><sheetData>\#(cells)</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>"#
                    .utf8))
        try zip.add(
            "xl/worksheets/sheet2.xml",
            Array(
                #"<worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>説明</t></is></c></row></sheetData></worksheet>"#
                    .utf8))
        return try zip.finish()
    }

    @Test("strings shared and inline, numbers, booleans, formulas' cached values, errors; the sheet by name or the first")
    func cells() throws {
        let cells = #"""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
            <row r="3"><c r="A3"><v>25441</v></c><c r="B3" t="inlineStr"><is><t>豊郷町</t></is></c><c r="D3" t="b"><v>1</v></c>
              <c r="E3" t="str"><f>A3&amp;""</f><v>25441</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="s"><v>2</v></c></row>
            <row r="4"><c r="A4"><v>0.30000000000000004</v></c><c r="B4"><v>1.5E-2</v></c><c r="C4"><v>7139</v></c><c r="D4" s="3"><v>12</v></c></row>
            <row r="9"/>
            """#
        let sheet = try XLSXSheet(try Self.workbook(cells: cells), sheet: "構成団体")
        #expect(sheet.name == "構成団体")
        #expect(sheet.sheets == ["説明", "構成団体"])
        #expect(
            sheet.rows == [
                .init(number: 1, cells: ["団体コード", "", "参加月"]),
                .init(number: 3, cells: ["25441", "豊郷町", "", "TRUE", "25441", "#N/A", " 守山市 & 栗東市 "]),
                // A formula's noise at Excel's precision (15 digits): 0.3; "day"0 is not a date format.
                .init(number: 4, cells: ["3e-1", "1.5E-2", "7139", "12"]),
            ])
        #expect(sheet.merged == ["A1:C1"])
        // Without a name: the first sheet of the workbook (説明), wherever its part is.
        #expect(try XLSXSheet(try Self.workbook(cells: cells), sheet: nil).name == "説明")
        #expect(throws: XLSXSheet.Failure.noSuchSheet(quoted: "\"構成\"", sheets: ["説明", "構成団体"])) {
            try XLSXSheet(try Self.workbook(cells: cells), sheet: "構成")
        }
    }

    @Test("dates as serials: the 1900 system with its 29 February 1900, and the 1904 system")
    func dates() throws {
        // 1900 system: 43,556 is 2019-04-01 (Excel shows it so); 59 is 1900-02-28, 60 the 1900-02-29 Excel counts,
        // 61 is 1900-03-01. Built-in format 14 and the custom yyyy"年"m"月" are both dates.
        let cells =
            #"<row r="1"><c r="A1" s="1"><v>43556</v></c><c r="B1" s="2"><v>43739</v></c><c r="C1" s="1"><v>59</v></c><c r="D1" s="1"><v>60</v></c><c r="E1" s="1"><v>61</v></c></row>"#
        let sheet = try XLSXSheet(try Self.workbook(cells: cells), sheet: "構成団体")
        // 43,739 = 43,556 + 183 days: 2019-10-01.
        #expect(sheet.rows.first?.cells == ["2019/4/1", "2019/10/1", "1900/2/28", "1900/2/29", "1900/3/1"])
        // 1904 system: serial 0 is 1904-01-01, 41 is 1904-02-11, and 42,094 is 2019-04-01 (1,462 days fewer than in 1900's).
        let cells1904 = #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>41</v></c><c r="C1" s="1"><v>42094</v></c></row>"#
        let sheet1904 = try XLSXSheet(try Self.workbook(date1904: true, cells: cells1904), sheet: "構成団体")
        #expect(sheet1904.rows.first?.cells == ["1904/1/1", "1904/2/11", "2019/4/1"])
    }

    @Test("which number formats are dates: not General (its e and G), nor an exponent's E")
    func dateCodes() {
        // LibreOffice writes General as a custom format: read as a date, 25441 became 1969/8/26.
        #expect(!XLSXSheet.isDateCode("General"))
        #expect(!XLSXSheet.isDateCode("0.00E+00"))
        #expect(!XLSXSheet.isDateCode("#,##0\"円\""))
        #expect(XLSXSheet.isDateCode("yyyy/m/d"))
        #expect(XLSXSheet.isDateCode("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""))
        #expect(!XLSXSheet.isDateCode("[Red]0.0"))
    }

    @Test("not a workbook, a broken part, a bomb: each a clear error")
    func failures() throws {
        #expect(throws: XLSXSheet.Failure.archive(.notZIP)) { try XLSXSheet(Array("団体コード\n".utf8), sheet: nil) }
        let broken = try Self.workbook(cells: "<row><c r=\"A1\"><v>1</v></row>")  // </c> missing
        #expect(throws: XLSXSheet.Failure.self) { try XLSXSheet(broken, sheet: "構成団体") }
        // 32 MiB of spaces: costsim's own DEFLATE shrinks them about 159 times (zlib's, a thousand); with a ratio
        // limit of 100 the part is refused from the directory, before it is inflated.
        var zip = ZIPWriter(year: 2026, month: 12, day: 1)
        try zip.add("xl/workbook.xml", [UInt8](repeating: 0x20, count: 32 << 20))
        var limits = ZIPArchive.Limits()
        limits.ratio = 100
        #expect(throws: XLSXSheet.Failure.archive(.suspiciousRatio(name: "xl/workbook.xml", ratio: 100))) {
            try XLSXSheet(try zip.finish(), sheet: nil, limits: limits)
        }
    }

    @Test("XML: entities, character references, comments, CDATA, prefixes; nesting too deep is refused")
    func xml() throws {
        let root = try XMLReader.parse(
            Array(#"<?xml version="1.0"?><!-- c --><x:a x:k='v&#x3042;'>t&lt;<![CDATA[<raw>]]><x:b/>&#12354;</x:a>"#.utf8))
        #expect(root.localName == "a")
        #expect(root["k"] == "vあ")
        #expect(root.text == "t<<raw>あ")
        #expect(root.children.map(\.name) == ["x:b"])
        let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
        #expect(throws: XMLReader.Failure.self) { try XMLReader.parse(Array(deep.utf8)) }
        #expect(throws: XMLReader.Failure.self) { try XMLReader.parse(Array("<a>&bogus;</a>".utf8)) }
    }
}
