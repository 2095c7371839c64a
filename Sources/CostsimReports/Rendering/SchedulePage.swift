import CloudCostModel
import CostsimCore

/// `costsim schedule` as a page: Markdown (tables to paste), or one self-contained HTML page with the
/// calendar of join months and the group's cumulative savings against the plan's, printable on A4.
package struct SchedulePage: Sendable {
    package let tables: ScheduleTables

    /// What made the page, said under it (nil: nothing said).
    package var provenance: Provenance?

    package init(_ tables: ScheduleTables, provenance: Provenance? = nil) {
        self.tables = tables
        self.provenance = provenance
    }

    /// The footer's second line: version, inputs and the day.
    var trace: String? { provenance?.text(language, years: tables.base.years) }

    var plan: SchedulePlan { tables.plan }
    var language: Language { tables.language }
    var title: String { ScheduleLabels.pageTitle(plan.scenario.name, language) }
    var meta: String { tables.labels.unit(tables.base.unit.name(language)) }

    package func markdown() -> String {
        var text = "# \(Markdown.escape(title))\n\n\(Markdown.escape(meta))\n\n"
        for table in tables.tables { text += table.markdown(headingLevel: 2) + "\n" }
        return text + Markdown.footer(tables.labels.reportFooter, trace: trace)
    }

    package func html() -> String {
        var body = "<section>\n<h2>\(HTML.escape(ScheduleLabels.title(language)))</h2>\n"
        body += "<figure>\n<figcaption>\(HTML.escape(ScheduleLabels.calendarTitle(language)))</figcaption>\n\(calendar())</figure>\n"
        body += tables.schedule().html() + "</section>\n"
        let group = tables.group()
        body += HTML.sectionStart(ScheduleLabels.groupTitle(language), before: group) + group.html()
        let labels = tables.labels
        let years = plan.scenario.fiscalYears
        body +=
            "<figure>\n"
            + SVGChart.cumulativeSavings(
                [
                    (ScheduleLabels.scheduleRow(language), plan.group.yearlySavings, plan.group.paybackFiscalYear),
                    (ScheduleLabels.planRow(language), plan.planGroup.yearlySavings, plan.planGroup.paybackFiscalYear),
                ], years: years, caseName: labels.groupTotal, labels: labels, unit: tables.base.unit == .yen ? .thousand : tables.base.unit,
                language: language) + "</figure>\n</section>\n"
        for table in [tables.breaches(), tables.losers()].compactMap({ $0 }) {
            body += HTML.sectionStart(table.title, before: table) + table.html() + "</section>\n"
        }
        return HTML.pageStart(language: language, title: title, meta: meta) + body + HTML.pageEnd(footer: labels.reportFooter, trace: trace)
    }

    /// Members down, months across (from the first month any member may join, or joins, to the last):
    /// each member's candidate months pale, its join month dark, the plan's month ringed; closed months
    /// shaded; under them, the migrations of each month against the capacity.
    func calendar() -> String {
        let labels = tables.labels
        let rows = plan.rows
        let months =
            rows.compactMap(\.joins) + rows.compactMap(\.planJoins)
            + rows.flatMap { [$0.candidates.first, $0.candidates.last].compactMap { $0 } }
        let inPeriod = months.filter { $0 >= plan.scenario.firstMonth && $0 <= plan.scenario.lastMonth }
        guard let low = inPeriod.min(), let high = inPeriod.max() else { return "" }
        // Whole fiscal years, so the year labels sit over their twelve months.
        let first = Month.firstOfFiscalYear(low.fiscalYear).serial
        let last = Month.firstOfFiscalYear(high.fiscalYear).serial + 11
        let count = last - first + 1
        let (left, top, rowHeight) = (92.0, 30.0, 13.0)
        let cell = min(12.0, (676 - left) / Double(count))
        let height = top + Double(rows.count) * rowHeight + 44
        let width = left + cell * Double(count) + 4
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGChart.f(width)) \(SVGChart.f(height))\" width=\"\(SVGChart.f(width))\" "
            + "height=\"\(SVGChart.f(height))\" role=\"img\" aria-label=\"\(HTML.escape(ScheduleLabels.calendarTitle(language)))\">\n"
        func x(_ serial: Int) -> Double { left + Double(serial - first) * cell }
        let bottom = top + Double(rows.count) * rowHeight
        for serial in first...last {
            let month = Month(serial: serial)
            if plan.capacity.isClosed(month) {
                svg += rect(x(serial), top, cell, bottom - top, fill: "#e6e6e6")
            }
            if month.month == 4 {
                svg +=
                    "<line x1=\"\(SVGChart.f(x(serial)))\" y1=\"\(SVGChart.f(top - 14))\" x2=\"\(SVGChart.f(x(serial)))\" y2=\"\(SVGChart.f(bottom + 18))\" stroke=\"#999\" stroke-width=\"0.6\"/>\n"
                svg += SVGChart.text(x(serial) + 2, top - 4, labels.year(month.fiscalYear), size: 9.5)
            }
        }
        for (number, row) in rows.enumerated() {
            let y = top + Double(number) * rowHeight
            svg += SVGChart.text(left - 4, y + rowHeight - 3, row.member.name, anchor: "end", size: 9.5)
            for month in row.candidates where month.serial >= first && month.serial <= last {
                svg += rect(x(month.serial) + 0.5, y + 2, cell - 1, rowHeight - 4, fill: "#c6dbef")
            }
            if let joins = row.joins, joins.serial >= first, joins.serial <= last {
                svg +=
                    "<rect x=\"\(SVGChart.f(x(joins.serial) + 0.5))\" y=\"\(SVGChart.f(y + 1.5))\" width=\"\(SVGChart.f(cell - 1))\" height=\"\(SVGChart.f(rowHeight - 3))\" fill=\"#08519c\"><title>\(HTML.escape(row.member.name)): \(HTML.escape(labels.month(joins)))</title></rect>\n"
            }
            if let planned = row.planJoins, planned != row.joins, planned.serial >= first, planned.serial <= last {
                svg +=
                    "<circle cx=\"\(SVGChart.f(x(planned.serial) + cell / 2))\" cy=\"\(SVGChart.f(y + rowHeight / 2))\" r=\"\(SVGChart.f(max(cell / 2 - 1, 2)))\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"1.2\"/>\n"
            }
        }
        // Month labels under the rows: each quarter's first month (April and October where the cells are narrow),
        // so a join month can be read off the calendar, not only hovered.
        let ticks: Set<Int> = cell * 3 >= 16 ? [4, 7, 10, 1] : [4, 10]
        svg += SVGChart.text(left - 4, bottom + 30, ScheduleLabels.monthRow(language), anchor: "end", size: 9.5)
        for serial in first...last where ticks.contains(Month(serial: serial).month) {
            let month = Month(serial: serial).month
            svg +=
                "<line x1=\"\(SVGChart.f(x(serial)))\" y1=\"\(SVGChart.f(bottom + 19))\" x2=\"\(SVGChart.f(x(serial)))\" y2=\"\(SVGChart.f(bottom + 23))\" stroke=\"#999\" stroke-width=\"0.6\"/>\n"
            svg += SVGChart.text(x(serial) + 1, bottom + 31, ScheduleLabels.monthTick(month, language), size: 7.5)
        }
        // Migrations per month, and the fill of the month against its capacity.
        svg += SVGChart.text(left - 4, bottom + 14, ScheduleLabels.capacityRow(language), anchor: "end", size: 9.5)
        for serial in first...last {
            let used = plan.migrations[Month(serial: serial)] ?? 0
            guard used > 0 else { continue }
            let limit = plan.capacity.perMonth
            let full = limit.map { used >= $0 } ?? false
            svg += rect(x(serial) + 0.5, bottom + 4, cell - 1, 12, fill: full ? "#f28e2b" : "#9ecae1")
            svg += SVGChart.text(x(serial) + cell / 2, bottom + 13.5, "\(used)", anchor: "middle", size: 8)
        }
        return svg + "</svg>\n"
    }

    func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String) -> String {
        "<rect x=\"\(SVGChart.f(x))\" y=\"\(SVGChart.f(y))\" width=\"\(SVGChart.f(width))\" height=\"\(SVGChart.f(height))\" fill=\"\(fill)\"/>\n"
    }
}
