import CloudCostModel
import CostsimCore

/// A vertical axis with round tick values (1, 2 or 5 × 10^k yen), always including zero.
struct AxisScale {
    let lower: Int128
    let upper: Int128
    let step: Int128
    let unit: DisplayUnit

    init(low: Int128, high: Int128, unit: DisplayUnit) {
        let low = min(low, 0)
        let high = max(high, 0)
        let range = max(high - low, 1)
        var magnitude: Int128 = 1
        while magnitude * 10 <= range / 5 { magnitude *= 10 }
        let rough = (range + 4) / 5
        var step = magnitude
        for factor: Int128 in [1, 2, 5, 10] where magnitude * factor >= rough {
            step = magnitude * factor
            break
        }
        // Ticks in whole display units.
        step = max(step, Int128(unit.divisor))
        self.step = step
        let lower = Yen.floorDivide(low, step) * step
        let upper = -Yen.floorDivide(-high, step) * step  // rounded up
        self.lower = lower
        self.upper = upper == lower ? lower + step : upper
        self.unit = unit
    }

    func y(_ value: Int128) -> Double {
        let fraction = Double(upper - value) / Double(upper - lower)
        return SVGChart.plotTop + fraction * (SVGChart.plotBottom - SVGChart.plotTop)
    }

    func axis(labels: Labels, language: Language) -> String {
        var svg = ""
        var tick = lower
        while tick <= upper {
            let y = SVGChart.f(self.y(tick))
            let stroke = tick == 0 ? "#333" : "#ddd"
            svg +=
                "<line x1=\"\(SVGChart.f(SVGChart.plotLeft))\" y1=\"\(y)\" x2=\"\(SVGChart.f(SVGChart.plotRight))\" y2=\"\(y)\" stroke=\"\(stroke)\" stroke-width=\"\(tick == 0 ? 1.2 : 0.8)\"/>\n"
            let shown = Int64(tick / Int128(unit.divisor))
            svg += SVGChart.text(SVGChart.plotLeft - 6, self.y(tick) + 4, NumberFormat.yen(shown), anchor: "end", size: 11)
            tick += step
        }
        svg +=
            "<line x1=\"\(SVGChart.f(SVGChart.plotLeft))\" y1=\"\(SVGChart.f(SVGChart.plotTop))\" x2=\"\(SVGChart.f(SVGChart.plotLeft))\" y2=\"\(SVGChart.f(SVGChart.plotBottom))\" stroke=\"#333\"/>\n"
        svg += SVGChart.text(6, 13, labels.unit(unit.name(language)), size: 11)
        return svg
    }
}
