import CloudCostModel
import CostsimCore

/// The cell styles of a workbook (`xl/styles.xml`): each distinct number format, weight and fill a
/// cell needs, numbered as Excel numbers them (custom number formats from 164, cell formats from 0).
struct WorkbookStyles {
    struct Style: Hashable {
        var format: String = "General"
        var bold = false
        /// The header's pale fill.
        var header = false
        /// Long text (a note) wraps within its row.
        var wrap = false
    }

    private(set) var styles: [Style] = [Style()]
    private var indices: [Style: Int] = [Style(): 0]
    private(set) var formats: [String] = []

    /// The index of `style`, added when new.
    mutating func index(_ style: Style) -> Int {
        if let index = indices[style] { return index }
        styles.append(style)
        indices[style] = styles.count - 1
        if style.format != "General" && !formats.contains(style.format) { formats.append(style.format) }
        return styles.count - 1
    }

    func formatID(_ format: String) -> Int {
        guard format != "General", let index = formats.firstIndex(of: format) else { return 0 }
        return 164 + index
    }

    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        xml += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"\(formats.count)\">"
        for (index, format) in formats.enumerated() {
            xml += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(SpreadsheetML.escape(format))\"/>"
        }
        xml += "</numFmts>"
        xml += "<fonts count=\"2\"><font><sz val=\"10\"/><name val=\"Noto Sans CJK JP\"/><family val=\"3\"/><charset val=\"128\"/></font>"
        xml += "<font><b/><sz val=\"10\"/><name val=\"Noto Sans CJK JP\"/><family val=\"3\"/><charset val=\"128\"/></font></fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEEF2F7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        xml += "<border><left style=\"thin\"><color rgb=\"FFBBBBBB\"/></left><right style=\"thin\"><color rgb=\"FFBBBBBB\"/></right>"
        xml +=
            "<top style=\"thin\"><color rgb=\"FFBBBBBB\"/></top><bottom style=\"thin\"><color rgb=\"FFBBBBBB\"/></bottom><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for (index, style) in styles.enumerated() {
            let bordered = index > 0 && !style.wrap
            xml += "<xf numFmtId=\"\(formatID(style.format))\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"\(style.header ? 2 : 0)\" "
            xml += "borderId=\"\(bordered ? 1 : 0)\" xfId=\"0\""
            xml += style.format != "General" ? " applyNumberFormat=\"1\"" : ""
            xml += style.bold ? " applyFont=\"1\"" : ""
            xml += style.header ? " applyFill=\"1\"" : ""
            xml += bordered ? " applyBorder=\"1\"" : ""
            xml += style.wrap ? " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" : "/>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
