import CloudCostModel
import CostsimCore

/// A table of a report, built once from the results and shown by every format: terminal text,
/// Markdown, HTML and CSV. Its cells hold exact values (`TableCell`); `format` says how they are
/// shown (the unit, the year style, the language), so no builder rounds or formats an amount itself.
package struct ReportTable: Sendable {
    package enum Alignment: Sendable {
        case left, right

        var text: TextTable.Alignment {
            switch self {
            case .left: return .left
            case .right: return .right
            }
        }

        /// The Markdown rule under the header: `---:` aligns right.
        var markdownRule: String {
            switch self {
            case .left: return " --- |"
            case .right: return " ---: |"
            }
        }

        /// The class of the HTML cell: `num` (right-aligned, tabular figures) or `text`.
        var htmlClass: String {
            switch self {
            case .left: return "text"
            case .right: return "num"
            }
        }
    }

    package struct Column: Sendable {
        package var header: String
        package var alignment: Alignment
        package init(_ header: String, _ alignment: Alignment = .right) {
            self.header = header
            self.alignment = alignment
        }
    }

    /// A cell that is the sum of others (a total): in a workbook, a `SUM` formula with the cell's
    /// exact figure as its cached value; the other formats show the figure.
    package struct Sum: Sendable, Equatable {
        package enum Over: Sendable, Equatable {
            /// Rows of the same column (indices into `rows`, end excluded).
            case rows(Range<Int>)
            /// Columns of the same row.
            case columns(Range<Int>)
        }
        package var row: Int
        package var column: Int
        package var over: Over

        package init(row: Int, column: Int, over: Over) {
            self.row = row
            self.column = column
            self.over = over
        }
    }

    package var title: String
    package var columns: [Column]
    package var rows: [[TableCell]]
    /// How many rows at the end are totals (a rule is drawn above them).
    package var totalRowCount: Int
    /// Notes shown under the table (what the figures rest on), after the rounding note.
    package var notes: [String]
    /// How the cells are shown.
    package var format: CellFormat
    /// Whether the rounding note is shown under the table (a report that says its notes once for a
    /// section of tables turns it off; see `shownNotes`).
    package var saysRounding = true
    /// The cells that are sums of others, for a workbook's formulas.
    package var sums: [Sum] = []

    package init(
        title: String, columns: [Column], rows: [[TableCell]] = [], totalRowCount: Int = 0, notes: [String] = [], format: CellFormat
    ) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totalRowCount = totalRowCount
        self.notes = notes
        self.format = format
    }

    /// The notes as shown: the rounding note first when some amount is rounded to the unit, then `notes`.
    package var shownNotes: [String] {
        guard saysRounding, let note = format.roundingNote, rows.contains(where: { $0.contains(where: \.isMoney) }) else {
            return notes
        }
        return [note] + notes
    }

    /// The title as every format shows it: with the table's own unit where it holds amounts
    /// (`【2025年度 負担金按分表】計画（単位：千円）`), so that a table taken out of its page — a sheet
    /// handed round at a meeting, a table of yen under a page in 千円 — still says what its figures are.
    package var caption: String {
        guard rows.contains(where: { $0.contains(where: \.isMoney) }) else { return title }
        switch format.language {
        case .ja: return title + "（" + format.labels.unit(format.unit.name(.ja)) + "）"
        case .en: return title + " (" + format.labels.unit(format.unit.name(.en)).lowercased() + ")"
        }
    }

    /// The rows as the terminal, Markdown and HTML show them.
    package var shownRows: [[String]] { rows.map { $0.map(format.text) } }

    /// Terminal text with columns lined up by display width.
    package func text() -> String {
        var table = TextTable(columns: columns.map { TextTable.Column($0.header, $0.alignment.text) })
        for (index, row) in shownRows.enumerated() {
            if index == rows.count - totalRowCount && totalRowCount > 0 { table.addRule() }
            table.add(row)
        }
        var output = "\(caption)\n" + table.render()
        for note in shownNotes { output += "※ \(note)\n" }
        return output
    }

    /// A GitHub-flavoured Markdown table, with its title as a heading.
    package func markdown(headingLevel: Int = 3) -> String {
        let escape = Markdown.escape
        var output = String(repeating: "#", count: headingLevel) + " \(escape(caption))\n\n"
        output += "| " + columns.map { escape($0.header) }.joined(separator: " | ") + " |\n"
        output += "|" + columns.map { $0.alignment.markdownRule }.joined() + "\n"
        for (index, row) in shownRows.enumerated() {
            let isTotal = index >= rows.count - totalRowCount
            output += "| " + row.map { isTotal && !$0.isEmpty ? "**\(escape($0))**" : escape($0) }.joined(separator: " | ") + " |\n"
        }
        let notes = shownNotes
        if !notes.isEmpty { output += "\n" + notes.map { "※ \(escape($0))" }.joined(separator: "  \n") + "\n" }
        return output
    }

    /// About how wide the table prints, in ems of its font: each column's widest cell (a full-width
    /// character is one em, a half-width one half) and a little padding. A heading wraps (the
    /// stylesheet lets it), so it widens its column only up to `headingWrap` columns of display width
    /// beyond the cells: a long case name in 「…」総額 takes two or three lines rather than the page's width.
    var estimatedWidth: Double {
        let shown = shownRows
        return columns.indices.reduce(0.0) { width, column in
            let cells = shown.compactMap { column < $0.count ? $0[column] : nil }.map(DisplayWidth.of).max() ?? 0
            let heading = min(DisplayWidth.of(columns[column].header), max(cells, Self.headingWrap))
            return width + Double(max(cells, heading)) / 2 + 1
        }
    }

    /// The display width (8 full-width characters) past which a heading wraps rather than widen its column.
    static let headingWrap = 16

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

    /// Whether the table prints on a landscape page of its own.
    var printsLandscape: Bool { printClass.hasPrefix("table wide") }

    /// The rows a landscape page holds in 9 pt, under the caption and the heading.
    static let landscapeRows = 26

    /// An HTML `<table>` (with a caption) and its notes.
    package func html() -> String {
        var output = "<div class=\"\(printClass)\"><table>\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        for column in columns {
            output += "<th class=\"\(column.alignment.htmlClass)\">\(HTML.escape(column.header))</th>"
        }
        output += "</tr></thead>\n<tbody>\n"
        for (index, row) in shownRows.enumerated() {
            let isTotal = index >= rows.count - totalRowCount
            output += isTotal ? "<tr class=\"total\">" : "<tr>"
            for (cell, column) in zip(row, columns) {
                output += "<td class=\"\(column.alignment.htmlClass)\">\(HTML.escape(cell))</td>"
            }
            output += "</tr>\n"
        }
        output += "</tbody>\n</table>\n"
        // The notes inside the table's block, so that they print on its page (a landscape one too).
        for note in shownNotes { output += "<p class=\"note\">※ \(HTML.escape(note))</p>\n" }
        return output + "</div>\n"
    }

    /// CSV for Excel: the headers, then every row with its cells exact (yen, six-place rates, Western
    /// years); the title and notes are not data and are left out.
    /// - Parameter headings: rows written before the header row (a title, what the table is of).
    package func csv(to sink: OutputSink, headings: [[String]] = []) {
        var writer = CSVWriter(sink: sink)
        for heading in headings { writer.row(heading) }
        writer.row(columns.map(\.header))
        for row in rows {
            guard !sink.failed else { return }
            writer.row(cells: row)
        }
    }
}
