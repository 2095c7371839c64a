import CostsimCore

/// One sheet of an Excel workbook (`.xlsx`) as rows of cell texts, the way `CSVTable` gives a CSV's
/// records, for the members spreadsheet. It reads what Excel and LibreOffice write: shared strings
/// (rich runs joined), inline strings, numbers, booleans, formulas' cached values, errors as their
/// text (`#N/A`, which the decoder then reports where it is), and dates: a number whose cell format is a
/// date is a serial of the workbook's date system — 1900 (counting Excel's 29 February 1900 that never
/// was) or 1904 — and is read as the date it shows (`2019/4/1`).
///
/// **Decision (numbers):** a number is read at Excel's own precision, 15 significant digits, so that a
/// rate computed by a formula (`0.30000000000000004` in the file) is the `0.3` the sheet shows; a
/// number of 15 digits or fewer is read exactly as written.
package struct XLSXSheet: Sendable {
    package enum Failure: Error, Equatable {
        case archive(ZIPArchive.Failure)
        /// A part a workbook must have is missing or unreadable (`xl/workbook.xml`, a sheet).
        case notWorkbook(part: String)
        case noSuchSheet(quoted: String, sheets: [String])
        /// A part that is not well-formed XML, and where.
        case xml(part: String, offset: Int)
    }

    /// A row that has a cell: its number (from 1) and its cells' texts by column (from 0; "" for none).
    package struct Row: Sendable, Equatable {
        package let number: Int
        package let cells: [String]
    }

    package let name: String
    package let sheets: [String]
    /// The rows in order, those with no text at all left out (empty rows at the end, and between).
    package let rows: [Row]
    /// Merged ranges, as `A1:C1`.
    package let merged: [String]

    /// - Parameter sheet: the sheet's name; nil: the first.
    package init(_ bytes: [UInt8], sheet: String?, limits: ZIPArchive.Limits = ZIPArchive.Limits()) throws(Failure) {
        let archive: ZIPArchive
        do { archive = try ZIPArchive(bytes, limits: limits) } catch { throw .archive(error) }
        func part(_ name: String) throws(Failure) -> XMLElement? {
            let data: [UInt8]?
            do { data = try archive.contents(name) } catch { throw .archive(error) }
            guard let data else { return nil }
            do { return try XMLReader.parse(data) } catch { throw .xml(part: name, offset: error.offset) }
        }
        let workbookPath = Self.officeDocument(try part("_rels/.rels")) ?? "xl/workbook.xml"
        guard let workbook = try part(workbookPath) else { throw .notWorkbook(part: workbookPath) }
        // The workbook's folder (`xl/`), where its relationships, strings and styles are.
        let folder = workbookPath.split(separator: "/").dropLast().map { $0 + "/" }.joined()
        let relationshipsPath = folder + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let relationships = try part(relationshipsPath)
        var targets: [String: String] = [:]
        for relationship in relationships?.children("Relationship") ?? [] {
            guard let id = relationship["Id"], let target = relationship["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        }
        let entries = workbook.child("sheets")?.children("sheet") ?? []
        sheets = entries.compactMap { $0["name"] }
        let chosen = sheet.map { wanted in entries.first { $0["name"] == wanted } } ?? entries.first
        guard let chosen, let name = chosen["name"] else {
            throw .noSuchSheet(quoted: Echo.quoted(sheet ?? ""), sheets: sheets)
        }
        guard let id = chosen["r:id"] ?? chosen["id"], let path = targets[id], let worksheet = try part(path) else {
            throw .notWorkbook(part: "\(workbookPath) (\(name))")
        }
        self.name = name
        let date1904 = ["1", "true"].contains(workbook.child("workbookPr")?["date1904"] ?? "")
        let strings = (try part(folder + "sharedStrings.xml"))?.children("si").map(Self.text) ?? []
        let dateStyles = Self.dateStyles(try part(folder + "styles.xml"))
        var rows: [Row] = []
        var nextRow = 1
        for row in worksheet.child("sheetData")?.children("row") ?? [] {
            let number = row["r"].flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var cells: [String] = []
            var nextColumn = 0
            for cell in row.children("c") {
                let column = cell["r"].flatMap(CellReference.column(of:)) ?? nextColumn
                nextColumn = column + 1
                guard column < 16_384 else { continue }
                let value = Self.value(cell, strings: strings, dateStyles: dateStyles, date1904: date1904)
                guard !value.isEmpty else { continue }
                while cells.count < column { cells.append("") }
                cells.append(value)
            }
            if cells.contains(where: { !$0.isEmpty }) { rows.append(Row(number: number, cells: cells)) }
        }
        self.rows = rows
        merged = worksheet.child("mergeCells")?.children("mergeCell").compactMap { $0["ref"] } ?? []
    }

    /// The workbook part named by the package's relationships (`xl/workbook.xml` as Excel writes it).
    static func officeDocument(_ relationships: XMLElement?) -> String? {
        guard let relationships else { return nil }
        let target = relationships.children("Relationship").first { $0["Type"]?.hasSuffix("/officeDocument") == true }?["Target"]
        return target.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
    }

    /// A string item's text: its `<t>`, or its rich runs' `<t>`s joined (phonetic runs left out).
    static func text(_ item: XMLElement) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    /// The cell formats (by index) whose number format is a date: Excel's built-in date formats, and
    /// custom ones with a day, month or year code outside quotes and brackets.
    static func dateStyles(_ styles: XMLElement?) -> Set<Int> {
        guard let styles else { return [] }
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"] { custom[id] = code }
        }
        let builtIn: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]
        var dates: Set<Int> = []
        for (index, format) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
            guard let id = format["numFmtId"].flatMap(Int.init) else { continue }
            if builtIn.contains(id) || custom[id].map(isDateCode) == true { dates.insert(index) }
        }
        return dates
    }

    static func isDateCode(_ code: String) -> Bool {
        // `General` holds an e and a G, and `0.00E+00` an E, none of them a date's.
        let code = code.replacingOccurrences(of: "General", with: "", options: .caseInsensitive)
            .replacingOccurrences(of: "E+", with: "").replacingOccurrences(of: "E-", with: "")
            .replacingOccurrences(of: "e+", with: "").replacingOccurrences(of: "e-", with: "")
        var inQuotes = false
        var inBrackets = false
        var previous: Character = " "
        for character in code {
            defer { previous = character }
            if previous == "\\" { continue }
            switch character {
            case "\"": inQuotes.toggle()
            case "[": if !inQuotes { inBrackets = true }
            case "]": if !inQuotes { inBrackets = false }
            case "y", "Y", "d", "D", "m", "M", "e", "g":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// A cell as its text: what the sheet shows of a string, a boolean, an error; a number at Excel's
    /// precision; a date as `YYYY/M/D`.
    static func value(_ cell: XMLElement, strings: [String], dateStyles: Set<Int>, date1904: Bool) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell["t"] ?? "n" {
        case "s": return Int(raw).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr": return cell.child("is").map(text) ?? ""
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        case "str", "e": return raw
        default:
            guard !raw.isEmpty else { return "" }
            if let style = cell["s"].flatMap(Int.init), dateStyles.contains(style), let serial = Double(raw), serial >= 0,
                serial < 3_000_000
            {
                return date(Int(serial), date1904: date1904)
            }
            return excelPrecision(raw)
        }
    }

    /// A date serial as the date: in the 1904 system, days since 1904-01-01; in the 1900 system, day 1
    /// is 1900-01-01 and day 60 the 29 February 1900 Excel counts (shown as written, `1900/2/29`).
    static func date(_ serial: Int, date1904: Bool) -> String {
        if !date1904 && serial == 60 { return "1900/2/29" }
        // Days since 1970-01-01 of the date, then Howard Hinnant's civil_from_days.
        let days = date1904 ? serial - 24_107 : serial < 60 ? serial - 25_568 : serial - 25_569
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)/\(month)/\(day)"
    }

    /// A number as written, or rounded to 15 significant digits (halves away from zero) when it has
    /// more: `0.30000000000000004` → `3e-1`.
    static func excelPrecision(_ text: String) -> String {
        var digits: [UInt8] = []
        var exponent = 0
        var negative = false
        var seenPoint = false
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        if utf8.first == UInt8(ascii: "-") {
            negative = true
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                if !(digits.isEmpty && byte == 0x30) { digits.append(byte - 0x30) }
                if seenPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let power = Int(String(text[index...].dropFirst())) else { return text }
                exponent += power
                break
            } else {
                return text
            }
            index = utf8.index(after: index)
        }
        guard digits.count > 15 else { return text }
        // Keep 15 digits; the dropped ones move into the exponent.
        exponent += digits.count - 15
        var kept = Array(digits.prefix(15))
        if digits[15] >= 5 {
            var position = 14
            while position >= 0 {
                if kept[position] == 9 {
                    kept[position] = 0
                    position -= 1
                } else {
                    kept[position] += 1
                    break
                }
            }
            if position < 0 {
                kept.insert(1, at: 0)
                kept.removeLast()
                exponent += 1
            }
        }
        while kept.count > 1 && kept.last == 0 {
            kept.removeLast()
            exponent += 1
        }
        return (negative ? "-" : "") + kept.map(String.init).joined() + (exponent == 0 ? "" : "e\(exponent)")
    }
}
