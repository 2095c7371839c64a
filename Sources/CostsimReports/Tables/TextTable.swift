import CloudCostModel
import CostsimCore

/// A plain-text table whose columns line up in a terminal, full-width text included.
package struct TextTable {
    package enum Alignment { case left, right }

    package struct Column {
        package var header: String
        package var alignment: Alignment
        package init(_ header: String, _ alignment: Alignment = .right) {
            self.header = header
            self.alignment = alignment
        }
    }

    package var columns: [Column]
    private var rows: [Row] = []

    private enum Row {
        case cells([String])
        case rule
    }

    package init(columns: [Column]) { self.columns = columns }

    /// A row; missing cells are blank and extra ones are dropped, so that a row always fits the columns.
    package mutating func add(_ cells: [String]) {
        let fitted = Array(cells.prefix(columns.count)) + Array(repeating: "", count: max(0, columns.count - cells.count))
        rows.append(.cells(fitted))
    }

    /// A horizontal rule, e.g. above a totals row.
    package mutating func addRule() { rows.append(.rule) }

    package func render() -> String {
        var widths = columns.map { DisplayWidth.of($0.header) }
        for case .cells(let cells) in rows {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        var lines = [line(columns.map(\.header), widths: widths), rule]
        for row in rows {
            switch row {
            case .cells(let cells): lines.append(line(cells, widths: widths))
            case .rule: lines.append(rule)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? cell : cell + padding)
            case .right: parts.append(padding + cell)
            }
        }
        return parts.joined(separator: "  ")
    }
}
