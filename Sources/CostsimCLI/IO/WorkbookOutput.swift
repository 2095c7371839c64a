import CloudCostModel
import CostsimCore
import CostsimReports

extension Invocation {
    /// Writes a workbook: to `--out FILE` (never over a file without `--force`; the whole file or
    /// nothing), or to standard output when it is not a terminal (a workbook is bytes, not text).
    func writeWorkbook(_ make: () throws -> [UInt8]) throws {
        guard let path = arguments.value(.out) else {
            if costsim.outputIsTerminal { throw usage(.workbookToTerminal) }
            output.write(bytes: try workbookBytes(make, target: "standard output"))
            return
        }
        guard path.hasSuffix(".xlsx") else { throw usage(.workbookName(quoted: Echo.quoted(path))) }
        let bytes = try workbookBytes(make, target: path)
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        _ = try ReportFiles.write([(name, { sink in sink.write(bytes: bytes) })], to: folder, force: arguments.has(.force))
        output.write(ProgressText.wrote(Echo.plain(path), language))
    }

    /// The bytes, a workbook too large for ZIP without ZIP64 said as the file that cannot be written.
    func workbookBytes(_ make: () throws -> [UInt8], target: String) throws -> [UInt8] {
        do { return try make() } catch is ZIPWriter.TooLarge {
            throw OutputError(
                target: target,
                reason: language.text(
                    ja: "ブックが4 GiB または65,535項目を超えます（ZIP64 には対応していません）", en: "the workbook would pass 4 GiB or 65,535 entries (no ZIP64)"))
        }
    }
}

extension Invocation {
    /// `--out` and `--force` go with `--format xlsx` only; a workbook's unit is a number format, so
    /// `--unit` works with it, and `--era` writes its years.
    func checkWorkbookOptions(_ isWorkbook: Bool) throws(UsageError) {
        guard !isWorkbook else { return }
        for option in [OptionName.out, .force] where arguments.has(option) {
            throw usage(.onlyWithFormat(option: option.rawValue, formats: ["xlsx"]))
        }
    }
}
