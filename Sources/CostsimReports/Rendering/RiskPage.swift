import CloudCostModel
import CostsimCore

/// `costsim risk` as a page: Markdown (tables to paste), or one self-contained HTML page with a
/// histogram of the group's savings and a bar chart of its payback year, printable on A4.
package struct RiskPage: Sendable {
    package let tables: RiskTables
    package let scenarioName: String
    /// What made the page, said under it (nil: nothing said).
    package var provenance: Provenance?

    package init(_ tables: RiskTables, scenarioName: String, provenance: Provenance? = nil) {
        self.tables = tables
        self.scenarioName = scenarioName
        self.provenance = provenance
    }

    /// The footer's second line: version, inputs, the case drawn and the day.
    var trace: String? { provenance?.text(language, years: tables.years, caseName: tables.caseName) }

    var language: Language { tables.language }
    var title: String { scenarioName + (language.text(ja: "　リスク分析", en: " — risk")) }

    package func markdown() -> String {
        var text = "# \(Markdown.escape(title))\n\n\(Markdown.escape(tables.labels.unit(tables.unit.name(language))))\n\n"
        for table in tables.tables { text += table.markdown(headingLevel: 2) + "\n" }
        return text + Markdown.footer(tables.labels.reportFooter, trace: trace)
    }

    package func html() -> String {
        let headings = RiskLabels.sections(language)
        let savings = tables.savings()
        var body = HTML.sectionStart(headings.savings, before: savings) + savings.html()
        body +=
            "<figure>\n<figcaption>\(HTML.escape(RiskLabels.histogramTitle(language)))</figcaption>\n\(histogram())</figure>\n</section>\n"
        let payback = tables.payback()
        body += HTML.sectionStart(headings.payback, before: payback) + payback.html()
        body +=
            "<figure>\n<figcaption>\(HTML.escape(RiskLabels.paybackChartTitle(language)))</figcaption>\n\(paybackChart())</figure>\n</section>\n"
        for (heading, table) in [(headings.npv, tables.npv())]
            + (tables.analysis.drivers.isEmpty ? [] : [(headings.drivers, tables.drivers())])
        {
            body += HTML.sectionStart(heading, before: table) + table.html() + "</section>\n"
        }
        return HTML.pageStart(language: language, title: title, meta: tables.labels.unit(tables.unit.name(language))) + body
            + HTML.pageEnd(footer: tables.labels.reportFooter, trace: trace)
    }

    /// Twenty equal bins from the least to the most the group saves; bars of the draws in each.
    func histogram() -> String {
        let analysis = tables.analysis
        let (low, high) = (Int128(analysis.group.savings.minimum), Int128(analysis.group.savings.maximum))
        let bins = 20
        var counts = [Int](repeating: 0, count: bins)
        let values = analysis.groupSavings
        let span = max(high - low, 1)
        for value in values { counts[min(bins - 1, Int((Int128(value) - low) * Int128(bins) / span))] += 1 }
        let (left, right, top, bottom) = (60.0, 660.0, 24.0, 200.0)
        let tallest = Double(max(counts.max() ?? 1, 1))
        let width = (right - left) / Double(bins)
        let unit: DisplayUnit = max(abs(low), abs(high)) >= 100_000_000 ? .million : max(abs(low), abs(high)) >= 100_000 ? .thousand : .yen
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 240\" width=\"680\" height=\"240\" role=\"img\">\n"
        svg +=
            "<line x1=\"\(SVGChart.f(left))\" y1=\"\(SVGChart.f(bottom))\" x2=\"\(SVGChart.f(right))\" y2=\"\(SVGChart.f(bottom))\" stroke=\"#333\"/>\n"
        for (bin, count) in counts.enumerated() where count > 0 {
            let height = Double(count) / tallest * (bottom - top)
            svg +=
                "<rect x=\"\(SVGChart.f(left + Double(bin) * width + 1))\" y=\"\(SVGChart.f(bottom - height))\" width=\"\(SVGChart.f(width - 2))\" height=\"\(SVGChart.f(height))\" fill=\"#4e79a7\"><title>\(count)</title></rect>\n"
        }
        for (fraction, value) in [(0.0, low), (0.5, low + span / 2), (1.0, high)] {
            let shown = NumberFormat.yen(Int64(clamping: value / Int128(unit.divisor)))
            svg += SVGChart.text(
                left + fraction * (right - left), bottom + 16, shown, anchor: fraction == 0 ? "start" : fraction == 1 ? "end" : "middle",
                size: 10.5)
        }
        // P5, the median and P95 marked, so the spread reads at a glance.
        for level in [5, 50, 95] {
            let value = Int128(analysis.group.savings.percentile(level))
            let x = left + Double(value - low) / Double(span) * (right - left)
            svg +=
                "<line x1=\"\(SVGChart.f(x))\" y1=\"\(SVGChart.f(top - 6))\" x2=\"\(SVGChart.f(x))\" y2=\"\(SVGChart.f(bottom))\" stroke=\"#e15759\" stroke-dasharray=\"4 3\"/>\n"
            svg += SVGChart.text(x, top - 9, "P\(level)", anchor: "middle", size: 10.5)
        }
        svg += SVGChart.text(left, bottom + 34, tables.labels.unit(unit.name(language)), size: 10.5)
        return svg + "</svg>\n"
    }

    /// A bar for each payback fiscal year (and never paid back), of the group's draws.
    func paybackChart() -> String {
        let group = tables.analysis.group
        var bars = group.paybackDraws.map { (tables.labels.year($0.fiscalYear), $0.draws) }
        if group.neverPaidBack > 0 { bars.append((RiskLabels.neverPaidBack(language), group.neverPaidBack)) }
        let (left, right, top, bottom) = (60.0, 660.0, 16.0, 160.0)
        let tallest = Double(max(bars.map(\.1).max() ?? 1, 1))
        let width = (right - left) / Double(max(bars.count, 1))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 200\" width=\"680\" height=\"200\" role=\"img\">\n"
        svg +=
            "<line x1=\"\(SVGChart.f(left))\" y1=\"\(SVGChart.f(bottom))\" x2=\"\(SVGChart.f(right))\" y2=\"\(SVGChart.f(bottom))\" stroke=\"#333\"/>\n"
        for (index, bar) in bars.enumerated() {
            let height = Double(bar.1) / tallest * (bottom - top - 14)
            let x = left + Double(index) * width
            svg +=
                "<rect x=\"\(SVGChart.f(x + width * 0.2))\" y=\"\(SVGChart.f(bottom - height))\" width=\"\(SVGChart.f(width * 0.6))\" height=\"\(SVGChart.f(height))\" fill=\"#59a14f\"/>\n"
            svg += SVGChart.text(x + width / 2, bottom - height - 4, tables.format.text(tables.share(bar.1)), anchor: "middle", size: 10.5)
            svg += SVGChart.text(x + width / 2, bottom + 16, bar.0, anchor: "middle", size: 10.5)
        }
        return svg + "</svg>\n"
    }
}
