import CloudCostModel
import CostsimCore

/// A table of a report, independent of how it is shown (terminal text, Markdown, HTML).
package struct ReportTable: Sendable {
    package enum Alignment: Sendable { case left, right }

    package struct Column: Sendable {
        package var header: String
        package var alignment: Alignment
        package init(_ header: String, _ alignment: Alignment = .right) {
            self.header = header
            self.alignment = alignment
        }
    }

    package var title: String
    package var columns: [Column]
    package var rows: [[String]]
    /// How many rows at the end are totals (a rule is drawn above them).
    package var totalRowCount: Int
    /// Notes shown under the table (rounding, units).
    package var notes: [String]

    package init(title: String, columns: [Column], rows: [[String]] = [], totalRowCount: Int = 0, notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totalRowCount = totalRowCount
        self.notes = notes
    }

    /// Terminal text with columns lined up by display width.
    package func text() -> String {
        var table = TextTable(columns: columns.map { TextTable.Column($0.header, $0.alignment == .left ? .left : .right) })
        for (index, row) in rows.enumerated() {
            if index == rows.count - totalRowCount && totalRowCount > 0 { table.addRule() }
            table.add(row)
        }
        var output = "\(title)\n" + table.render()
        for note in notes { output += "※ \(note)\n" }
        return output
    }

    /// A GitHub-flavoured Markdown table, with its title as a heading.
    package func markdown(headingLevel: Int = 3) -> String {
        let escape = Markdown.escape
        var output = String(repeating: "#", count: headingLevel) + " \(escape(title))\n\n"
        output += "| " + columns.map { escape($0.header) }.joined(separator: " | ") + " |\n"
        output += "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for (index, row) in rows.enumerated() {
            let isTotal = index >= rows.count - totalRowCount
            output += "| " + row.map { isTotal && !$0.isEmpty ? "**\(escape($0))**" : escape($0) }.joined(separator: " | ") + " |\n"
        }
        if !notes.isEmpty { output += "\n" + notes.map { "※ \(escape($0))" }.joined(separator: "  \n") + "\n" }
        return output
    }

    /// About how wide the table prints, in ems of its font: each column's widest cell (a full-width
    /// character is one em, a half-width one half) and a little padding.
    var estimatedWidth: Double {
        columns.indices.reduce(0.0) { width, column in
            let widest =
                ([columns[column].header] + rows.compactMap { column < $0.count ? $0[column] : nil })
                .map(DisplayWidth.of).max() ?? 0
            return width + Double(widest) / 2 + 1
        }
    }

    /// How a table fits on A4: in portrait (about 58 ems of 9 pt across 186 mm), or on a page of its own
    /// turned to landscape (277 mm), in a smaller type when it needs it; wider still, headings wrap.
    /// A landscape page is short: it holds about 26 rows in 9 pt, so a longer table (28 members and a
    /// total) takes the smaller type too, to stay on its page rather than leave its total on the next.
    var printClass: String {
        let width = estimatedWidth
        if width <= 56 { return "table" }
        if width <= 84 && rows.count <= Self.landscapeRows { return "table wide" }
        return width <= 108 ? "table wide small" : "table wide small wrap"
    }

    /// The rows a landscape page holds in 9 pt, under the caption and the heading.
    static let landscapeRows = 26

    /// An HTML `<table>` (with a caption) and its notes.
    package func html() -> String {
        var output = "<div class=\"\(printClass)\"><table>\n<caption>\(HTML.escape(title))</caption>\n<thead><tr>"
        for column in columns {
            output += "<th class=\"\(column.alignment == .right ? "num" : "text")\">\(HTML.escape(column.header))</th>"
        }
        output += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let isTotal = index >= rows.count - totalRowCount
            output += isTotal ? "<tr class=\"total\">" : "<tr>"
            for (cell, column) in zip(row, columns) {
                output += "<td class=\"\(column.alignment == .right ? "num" : "text")\">\(HTML.escape(cell))</td>"
            }
            output += "</tr>\n"
        }
        output += "</tbody>\n</table></div>\n"
        for note in notes { output += "<p class=\"note\">※ \(HTML.escape(note))</p>\n" }
        return output
    }
}
