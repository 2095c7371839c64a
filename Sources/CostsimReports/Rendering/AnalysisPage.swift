import CloudCostModel
import CostsimCore

/// The sensitivity analysis as one self-contained HTML page with a tornado chart.
package enum AnalysisPage {
    package static func sensitivity(
        _ sensitivity: Sensitivity, scenarioName: String, language: Language, years: YearStyle = .western, unit: DisplayUnit = .yen,
        provenance: Provenance? = nil
    ) -> String {
        let tables = AnalysisTables(language: language, years: years, unit: unit)
        let labels = tables.labels
        let table = tables.sensitivity(sensitivity)
        return HTML.pageStart(language: language, title: scenarioName, meta: labels.unit(unit.name(language)))
            + "<section>\n<h2>\(HTML.escape(table.title))</h2>\n<figure>\n\(tornado(sensitivity, tables: tables))</figure>\n"
            + "\(table.html())</section>\n"
            + HTML.pageEnd(
                footer: labels.reportFooter,
                trace: provenance?.text(language, years: years, caseName: Labels.of(language).caseName(sensitivity.caseName)))
    }

    /// Horizontal bars of the group's change in savings, each input down (left of the bar's label)
    /// and up, around zero; largest swing at the top.
    static func tornado(_ sensitivity: Sensitivity, tables: AnalysisTables) -> String {
        let effects = sensitivity.effects
        let rowHeight = 26.0
        let top = 30.0
        let left = 190.0
        let right = 660.0
        let height = top + Double(effects.count) * rowHeight + 40
        let extreme = effects.flatMap { [$0.lowGroup, $0.highGroup] }.map { Int128($0.magnitude) }.max() ?? 1
        let scale = AxisScale(
            low: -max(extreme, 1), high: max(extreme, 1), unit: extreme >= 100_000_000 ? .million : extreme >= 100_000 ? .thousand : .yen)
        func x(_ value: Int128) -> Double { left + Double(value - scale.lower) / Double(scale.upper - scale.lower) * (right - left) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 \(SVGChart.f(height))\" width=\"680\" height=\"\(SVGChart.f(height))\" role=\"img\">\n"
        var tick = scale.lower
        while tick <= scale.upper {
            svg +=
                "<line x1=\"\(SVGChart.f(x(tick)))\" y1=\"\(SVGChart.f(top - 4))\" x2=\"\(SVGChart.f(x(tick)))\" y2=\"\(SVGChart.f(height - 34))\" stroke=\"\(tick == 0 ? "#333" : "#ddd")\"/>\n"
            svg += SVGChart.text(
                x(tick), height - 20, NumberFormat.yen(Int64(tick / Int128(scale.unit.divisor))), anchor: "middle", size: 10.5)
            tick += scale.step
        }
        svg += SVGChart.text(6, 14, tables.labels.unit(scale.unit.name(tables.language)), size: 11)
        for (row, effect) in effects.enumerated() {
            let y = top + Double(row) * rowHeight
            svg += SVGChart.text(left - 8, y + 15, tables.inputName(effect.input), anchor: "end", size: 11)
            for (value, color) in [(effect.lowGroup, "#e15759"), (effect.highGroup, "#4e79a7")] where value != 0 {
                let (a, b) = (x(0), x(Int128(value)))
                svg +=
                    "<rect x=\"\(SVGChart.f(min(a, b)))\" y=\"\(SVGChart.f(y + 4))\" width=\"\(SVGChart.f(max(0.5, abs(b - a))))\" height=\"\(SVGChart.f(rowHeight - 8))\" fill=\"\(color)\"><title>\(NumberFormat.yen(value))</title></rect>\n"
            }
        }
        svg += "<rect x=\"\(SVGChart.f(left))\" y=\"\(SVGChart.f(height - 12))\" width=\"10\" height=\"10\" fill=\"#e15759\"/>"
        svg += SVGChart.text(left + 14, height - 3, tables.labels.move + " −", size: 10.5)
        svg += "<rect x=\"\(SVGChart.f(left + 80))\" y=\"\(SVGChart.f(height - 12))\" width=\"10\" height=\"10\" fill=\"#4e79a7\"/>"
        svg += SVGChart.text(left + 94, height - 3, tables.labels.move + " +", size: 10.5)
        return svg + "</svg>\n"
    }
}
