import CloudCostModel
import CostsimCore

/// The bridge from the baseline to the target year as a waterfall: a bar for the baseline, a step
/// for each item (増 red and hatched, 減 blue and solid, so that paper in black and white tells them
/// apart too, each with its signed amount written on it), a bar for the target year's cost, and a
/// dashed line at the target. Amounts are written as the tables write them (`CellFormat`: the same
/// unit and rounding), so the chart and the table beside it show the same digits.
package enum WaterfallChart {
    static let increaseColor = "#e15759"
    static let decreaseColor = "#4e79a7"

    /// - Parameters:
    ///   - id: unique within the page (patterns are named by it).
    package static func svg(
        _ figures: TargetFigures, target: ReductionTarget, id: String, title: String, labels: Labels, format: CellFormat,
        language: Language, ownName: String
    ) -> String {
        var bars: [(name: String, from: Int128, to: Int128, kind: Kind)] = []
        var level = Int128(figures.baseline)
        bars.append((TargetLabels.baselineHeader(target, labels, language), 0, level, .total(figures.baseline)))
        for step in figures.bridge {
            let name: String
            switch step.item {
            case .own: name = ownName
            case .fee(let label): name = label
            }
            let next = level + Int128(step.amount)
            bars.append((name, level, next, step.amount >= 0 ? .increase(step.amount) : .decrease(step.amount)))
            level = next
        }
        bars.append((labels.year(target.fiscalYear), 0, Int128(figures.cost), .total(figures.cost)))
        let values = bars.flatMap { [$0.from, $0.to] } + [Int128(figures.targetCost)]
        let scale = AxisScale(low: values.min() ?? 0, high: values.max() ?? 0, unit: format.unit)
        let slot = (SVGChart.plotRight - SVGChart.plotLeft) / Double(bars.count)
        let barWidth = min(64, slot * 0.62)
        let lines = bars.map { wrap($0.name, width: max(6, Int(slot / 5))) }
        let labelRows = lines.map(\.count).max() ?? 1
        var svg = SVGChart.open(title: title, extraHeight: Double(max(0, labelRows - 1)) * 12)
        svg += "<defs><pattern id=\"up-\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        svg +=
            "<rect width=\"6\" height=\"6\" fill=\"#fbe3e3\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(increaseColor)\" stroke-width=\"3\"/></pattern></defs>\n"
        svg += scale.axis(labels: labels, language: language)
        for (index, bar) in bars.enumerated() {
            let center = SVGChart.plotLeft + slot * (Double(index) + 0.5)
            let (top, bottom) = (scale.y(max(bar.from, bar.to)), scale.y(min(bar.from, bar.to)))
            let fill: String
            let shown: String
            switch bar.kind {
            case .total(let amount):
                fill = "fill=\"#bab0ac\" stroke=\"#555\""
                shown = format.text(.amount(amount))
            case .increase(let amount):
                fill = "fill=\"url(#up-\(id))\" stroke=\"\(increaseColor)\""
                shown = format.text(.change(amount))
            case .decrease(let amount):
                fill = "fill=\"\(decreaseColor)\" stroke=\"\(decreaseColor)\""
                shown = format.text(.change(amount))
            }
            svg +=
                "<rect x=\"\(SVGChart.f(center - barWidth / 2))\" y=\"\(SVGChart.f(top))\" width=\"\(SVGChart.f(barWidth))\" "
                + "height=\"\(SVGChart.f(max(0.8, bottom - top)))\" \(fill) stroke-width=\"0.8\"><title>\(HTML.escape(bar.name)): \(HTML.escape(shown))</title></rect>\n"
            // The amount above the bar: clear of the names under the axis, whichever way the bar goes.
            svg += SVGChart.text(center, top - 4, shown, anchor: "middle", size: 10)
            // A thin line from this bar's end to the next bar, at the level carried over.
            if index + 1 < bars.count {
                let y = SVGChart.f(scale.y(bar.to))
                svg +=
                    "<line x1=\"\(SVGChart.f(center + barWidth / 2))\" y1=\"\(y)\" x2=\"\(SVGChart.f(center + slot - barWidth / 2))\" y2=\"\(y)\" stroke=\"#777\" stroke-width=\"0.6\"/>\n"
            }
            for (row, line) in lines[index].enumerated() {
                svg += SVGChart.text(center, SVGChart.plotBottom + 15 + Double(row) * 12, line, anchor: "middle", size: 9)
            }
        }
        // The target: a dashed line across, its amount at the right.
        let targetY = scale.y(Int128(figures.targetCost))
        svg +=
            "<line x1=\"\(SVGChart.f(SVGChart.plotLeft))\" y1=\"\(SVGChart.f(targetY))\" x2=\"\(SVGChart.f(SVGChart.plotRight))\" y2=\"\(SVGChart.f(targetY))\" stroke=\"#222\" stroke-width=\"1.4\" stroke-dasharray=\"6 4\"/>\n"
        // Legend.
        let legendY = SVGChart.height + Double(max(0, labelRows - 1)) * 12 - 20
        svg +=
            "<rect x=\"\(SVGChart.f(SVGChart.plotLeft))\" y=\"\(SVGChart.f(legendY - 9))\" width=\"12\" height=\"10\" fill=\"url(#up-\(id))\" stroke=\"\(increaseColor)\"/>"
        svg += SVGChart.text(SVGChart.plotLeft + 16, legendY, TargetLabels.increase(language), size: 10.5)
        svg +=
            "<rect x=\"\(SVGChart.f(SVGChart.plotLeft + 150))\" y=\"\(SVGChart.f(legendY - 9))\" width=\"12\" height=\"10\" fill=\"\(decreaseColor)\"/>"
        svg += SVGChart.text(SVGChart.plotLeft + 166, legendY, TargetLabels.decrease(language), size: 10.5)
        svg +=
            "<line x1=\"\(SVGChart.f(SVGChart.plotLeft + 300))\" y1=\"\(SVGChart.f(legendY - 4))\" x2=\"\(SVGChart.f(SVGChart.plotLeft + 324))\" y2=\"\(SVGChart.f(legendY - 4))\" stroke=\"#222\" stroke-width=\"1.4\" stroke-dasharray=\"6 4\"/>"
        // The target's amount in the legend, where no bar's label can cover it.
        svg += SVGChart.text(
            SVGChart.plotLeft + 330, legendY, "\(TargetLabels.targetLine(language)) \(format.text(.amount(figures.targetCost)))", size: 10.5
        )
        return svg + "</svg>\n"
    }

    enum Kind {
        /// A bar from zero: the baseline or the target year's cost.
        case total(Int64)
        case increase(Int64)
        case decrease(Int64)
    }

    /// A bar's name in lines of at most `width` display columns (three at most, the last cut with …).
    /// A name too wide for one line breaks first before a bracket (`2018年度` / `（基準）`), so that no
    /// line holds a bracket alone.
    static func wrap(_ name: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        let breaksAtBracket = DisplayWidth.of(name) > width
        for character in name {
            if (breaksAtBracket && character == "（" && !line.isEmpty) || DisplayWidth.of(line + String(character)) > width {
                lines.append(line)
                line = ""
            }
            line.append(character)
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > 3 else { return lines }
        return Array(lines.prefix(2)) + [String(lines[2].dropLast()) + "…"]
    }
}
