import CloudCostModel
import CostsimCore

/// Writes CSV rows to an output: RFC 4180 fields, CRLF, a byte-order mark first.
///
/// A text cell that Excel would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, e.g. a member named `=HYPERLINK(…)`) is neutralised as OWASP recommends: a `'` is
/// put before it, so Excel shows it as text and runs nothing. Numbers (`-1200`, `0.25`) are written as
/// they are, so Excel still computes with them.
struct CSVWriter {
    let sink: OutputSink
    private var started = false

    init(sink: OutputSink) { self.sink = sink }

    mutating func row(_ fields: [String]) {
        if !started {
            sink.write("\u{FEFF}")
            started = true
        }
        sink.write(fields.map(Self.field).joined(separator: ",") + "\r\n")
    }

    /// One field: neutralised if it could start a formula, quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// `-1200`, `0.25`, `-0.5`: a plain decimal number, which Excel reads as a number and nothing more.
    static func isNumber(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        let parts = utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }
}

extension CSVWriter {
    /// A row of cells, each exact (see `CellFormat.exact`).
    mutating func row(cells: [TableCell]) { row(cells.map(CellFormat.exact)) }
}
