import CloudCostModel
import CostsimCore

/// Charts as inline SVG, drawn by costsim itself: axes with round tick values, a unit label and a
/// legend. Pixel positions use floating point; the values at the ticks are exact yen.
package enum SVGChart {
    static let categoryColors: [CostCategory: String] = [
        .system: "#4e79a7", .personnel: "#f28e2b", .governmentCloud: "#59a14f", .oneOff: "#e15759", .subsidy: "#76b7b2",
        .allocationTax: "#b07aa1",
    ]
    static let seriesColors = [
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
        "#9c755f", "#bab0ac", "#1f77b4", "#8c564b",
    ]

    static let width = 680.0
    static let height = 330.0
    static let plotLeft = 78.0
    static let plotRight = 664.0
    static let plotTop = 30.0
    static let plotBottom = 250.0

    /// The group's costs by category per fiscal year, stay-alone (pale, left) beside the case (right).
    package static func costByCategory(
        standalone: [CategoryFigures], plan: [CategoryFigures], years: ClosedRange<Int>,
        planName: String, labels: Labels, unit: DisplayUnit, language: Language
    ) -> String {
        let positive: [CostCategory] = [.system, .personnel, .governmentCloud, .oneOff]
        func extent(_ figures: CategoryFigures) -> (low: Int128, high: Int128) {
            var high: Int128 = 0
            var low: Int128 = 0
            for category in CostCategory.allCases {
                let value = Int128(figures[category])
                if value >= 0 { high += value } else { low += value }
            }
            return (low, high)
        }
        let extents = (standalone + plan).map(extent)
        let scale = AxisScale(low: extents.map(\.low).min() ?? 0, high: extents.map(\.high).max() ?? 0, unit: unit)
        var svg = open(title: labels.chartCostTitle(planName))
        svg += scale.axis(labels: labels, language: language)
        let slot = (plotRight - plotLeft) / Double(years.count)
        let barWidth = min(28, slot * 0.36)
        for (index, year) in years.enumerated() {
            let center = plotLeft + slot * (Double(index) + 0.5)
            for (side, figures) in [(-1.0, standalone[index]), (1.0, plan[index])] {
                let x = center + side * (barWidth / 2 + 1.5) - barWidth / 2
                var up: Int128 = 0
                var down: Int128 = 0
                for category in positive + [.subsidy] {
                    let value = Int128(figures[category])
                    guard value != 0 else { continue }
                    let (from, to): (Int128, Int128)
                    if value > 0 {
                        (from, to) = (up, up + value)
                        up += value
                    } else {
                        (from, to) = (down + value, down)
                        down += value
                    }
                    let top = scale.y(to)
                    let bottom = scale.y(from)
                    svg +=
                        "<rect x=\"\(f(x))\" y=\"\(f(top))\" width=\"\(f(barWidth))\" height=\"\(f(max(0.5, bottom - top)))\" "
                        + "fill=\"\(categoryColors[category] ?? "#888888")\"\(side < 0 ? " fill-opacity=\"0.45\"" : "")>"
                        + "<title>\(HTML.escape(labels.year(year))) \(HTML.escape(labels.categoryName(category))): \(NumberFormat.yen(figures[category]))円</title></rect>\n"
                }
            }
            svg += text(center, plotBottom + 16, labels.yearShort(year), anchor: "middle", size: 11)
        }
        svg += text((plotLeft + plotRight) / 2, plotBottom + 32, labels.fiscalYear, anchor: "middle", size: 11)
        // Legend: categories, then which bar is which.
        var x = plotLeft
        let legendY = height - 34
        let hasAllocationTax = (standalone + plan).contains { $0.allocationTax != 0 }
        for category in CostCategory.allCases where category != .allocationTax || hasAllocationTax {
            svg +=
                "<rect x=\"\(f(x))\" y=\"\(f(legendY - 9))\" width=\"10\" height=\"10\" fill=\"\(categoryColors[category] ?? "#888888")\"/>"
            let name = labels.categoryName(category)
            svg += text(x + 14, legendY, name, size: 11)
            x += 24 + Double(DisplayWidth.of(name)) * 6
        }
        svg += text(plotLeft, legendY + 20, labels.chartBarsLegend(planName), size: 11)
        return svg + "</svg>\n"
    }

    /// Cumulative savings per member at the end of each fiscal year, with each payback year marked.
    package static func cumulativeSavings(
        _ series: [(name: String, yearly: [Int64], payback: Int?)], years: ClosedRange<Int>,
        caseName: String, labels: Labels, unit: DisplayUnit, language: Language
    ) -> String {
        let cumulative = series.map { item in
            item.yearly.reduce(into: [Int128]()) { $0.append(($0.last ?? 0) + Int128($1)) }
        }
        let all = cumulative.flatMap { $0 }
        let scale = AxisScale(low: all.min() ?? 0, high: all.max() ?? 0, unit: unit)
        let legendRows = (series.count + 2) / 3
        // Room on the right for each line's name at its end, so that lines are told apart without
        // matching colours to the legend (8 and more members have similar colours).
        let nameRoom = 12 + Double(series.map { DisplayWidth.of($0.name) }.max() ?? 0) * 5.6
        var svg = open(
            title: labels.chartSavingsTitle(caseName), extraHeight: Double(max(0, legendRows - 2)) * 16,
            extraWidth: max(0, nameRoom - (width - plotRight)))
        svg += scale.axis(labels: labels, language: language)
        let slot = (plotRight - plotLeft) / Double(years.count)
        func x(_ index: Int) -> Double { plotLeft + slot * (Double(index) + 0.5) }
        for (index, year) in years.enumerated() {
            svg += text(x(index), plotBottom + 16, labels.yearShort(year), anchor: "middle", size: 11)
        }
        svg += text((plotLeft + plotRight) / 2, plotBottom + 32, labels.chartYearEnd, anchor: "middle", size: 11)
        for (number, item) in series.enumerated() {
            let color = seriesColors[number % seriesColors.count]
            let points = cumulative[number].enumerated().map { "\(f(x($0.offset))),\(f(scale.y($0.element)))" }.joined(separator: " ")
            svg +=
                "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"><title>\(HTML.escape(item.name))</title></polyline>\n"
            if let payback = item.payback, years.contains(payback) {
                let index = payback - years.lowerBound
                svg +=
                    "<circle cx=\"\(f(x(index)))\" cy=\"\(f(scale.y(cumulative[number][index])))\" r=\"4.5\" fill=\"white\" stroke=\"\(color)\" stroke-width=\"2\">"
                    + "<title>\(HTML.escape(item.name)): \(HTML.escape(labels.paybackLegend(labels.year(payback))))</title></circle>\n"
            }
        }
        // Each line's name where it ends, moved apart to at least 12 px and kept within the plot.
        var ends = series.indices.map { (number: $0, y: scale.y(cumulative[$0].last ?? 0)) }.sorted { $0.y < $1.y }
        for index in ends.indices.dropFirst() { ends[index].y = max(ends[index].y, ends[index - 1].y + 12) }
        if let last = ends.last, last.y > plotBottom {
            let shift = last.y - plotBottom
            for index in ends.indices { ends[index].y -= shift }
        }
        for end in ends {
            let color = seriesColors[end.number % seriesColors.count]
            let lastX = x(years.count - 1)
            let lineY = scale.y(cumulative[end.number].last ?? 0)
            svg +=
                "<line x1=\"\(f(lastX + 5))\" y1=\"\(f(lineY))\" x2=\"\(f(plotRight + 4))\" y2=\"\(f(end.y))\" stroke=\"\(color)\" stroke-width=\"0.8\"/>\n"
            svg +=
                "<text x=\"\(f(plotRight + 6))\" y=\"\(f(end.y + 3.5))\" font-size=\"10\" fill=\"\(color)\">\(HTML.escape(series[end.number].name))</text>\n"
        }
        // Legend: three columns of member, colour and payback year.
        for (number, item) in series.enumerated() {
            let lx = plotLeft + Double(number % 3) * 196
            let ly = height - 34 + Double(number / 3) * 16
            svg +=
                "<line x1=\"\(f(lx))\" y1=\"\(f(ly - 4))\" x2=\"\(f(lx + 14))\" y2=\"\(f(ly - 4))\" stroke=\"\(seriesColors[number % seriesColors.count])\" stroke-width=\"2.5\"/>"
            let payback = item.payback.map { labels.paybackLegend(labels.year($0)) } ?? labels.notPaidBack
            svg += text(lx + 18, ly, "\(item.name)（\(payback)）", size: 10.5)
        }
        svg += text(plotRight, 13, labels.chartPaybackNote, anchor: "end", size: 10)
        return svg + "</svg>\n"
    }

    // MARK: Drawing helpers

    static func open(title: String, extraHeight: Double = 0, extraWidth: Double = 0) -> String {
        let h = height + extraHeight
        let w = width + extraWidth
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" width=\"\(f(w))\" height=\"\(f(h))\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(title))\">\n"
    }

    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Double = 12) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\">\(HTML.escape(content))</text>\n"
    }

    /// A coordinate with one decimal place, without trailing zeros, so the output is stable.
    static func f(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
