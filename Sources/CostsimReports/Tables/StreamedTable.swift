import CloudCostModel
import CostsimCore

/// A table too long to hold in memory — a row per figure of a national run, a row per draw of a risk
/// analysis — given by its columns and a function that makes its rows one at a time, as they are
/// written. Its cells are `TableCell`s like those of `ReportTable`, written exact by the same rule.
package struct StreamedTable {
    package let columns: [ReportTable.Column]
    /// Calls `emit` with each row in order; stops early when `emit` says the output has failed.
    package let rows: (_ emit: ([TableCell]) -> Bool) throws -> Void

    package init(columns: [ReportTable.Column], rows: @escaping (_ emit: ([TableCell]) -> Bool) throws -> Void) {
        self.columns = columns
        self.rows = rows
    }

    /// CSV for Excel: the headers, then the rows, exact (see `CellFormat.exact`).
    package func csv(to sink: OutputSink) throws {
        var writer = CSVWriter(sink: sink)
        writer.row(columns.map(\.header))
        try rows { cells in
            guard !sink.failed else { return false }
            writer.row(cells: cells)
            return true
        }
    }
}
