import CostsimCore

/// A scenario's members read from a spreadsheet (`"members": {"csv": "members.csv"}`, or
/// `costsim import-members`): each record a member, each column a field (`MemberColumn`).
///
/// Cells are turned into the JSON the same member would have, so the scenario decoder validates
/// them by the one set of rules; its problems are then put back where the user made them:
/// `members.csv:5:参加月: …` (the file as the scenario names it, the record — the heading is record
/// 1, as Excel numbers rows — and the heading as written). Excel's own ways of writing a value are
/// read as they are meant, nothing else is guessed:
/// - numbers may have thousands separators (`1,234,567`), rates a percent sign (`50%` is 0.5);
/// - months may be written `2019-04`, or as Excel writes a date, `2019/4/1` (the 1st only) or
///   `2019/4`, or `2019年4月`; an empty 参加月 means the member never joins;
/// - 単独運用経費 `推計` is `{"estimate": "band"}`; `未入力` stays the placeholder it is in JSON, and
///   so is a blank staff, staff cost or migration cost cell (`MemberColumn.blank`);
/// - a row with fewer cells than the headings is an error (a blank cell keeps its comma);
/// - an empty 団体ID is the member's six-digit code.
package struct MemberSheet: Sendable {
    /// The file as the scenario (or the command line) names it, for messages.
    package let file: String
    /// The members, as JSON objects in record order.
    package let members: [JSONValue]
    /// Problems of the sheet itself: headings, and records that cannot be a member.
    package let problems: [ValidationIssue]
    /// The record number of each member (for a workbook, its row number).
    let records: [Int]
    /// Each column the sheet has, with its heading as written.
    let headings: [MemberColumn: String]
    /// Each column's place in the sheet (0 is A).
    let columnIndices: [MemberColumn: Int]
    /// The workbook's sheet the members came from; nil for CSV.
    let workbookSheet: String?

    package init(_ table: CSVTable, file: String) {
        self.init(rows: table.records, numbers: Array(table.records.indices.map { $0 + 1 }), file: file, workbookSheet: nil)
    }

    /// The members of a workbook's sheet. A first row that is a title merged across columns (one text
    /// above the headings) is passed over, so the headings are the next row; a cell left blank is
    /// not stored in a workbook, so a row shorter than the headings is a row of blank cells.
    package init(_ sheet: XLSXSheet, file: String) {
        var rows = sheet.rows
        if let first = rows.first, rows.count > 1, first.cells.filter({ !$0.isEmpty }).count == 1,
            sheet.merged.contains(where: { Self.mergeStartsRow($0, first.number) })
        {
            rows.removeFirst()
        }
        self.init(rows: rows.map(\.cells), numbers: rows.map(\.number), file: file, workbookSheet: sheet.name)
    }

    /// Whether a merged range (`B1:F1`) begins in row `number`.
    static func mergeStartsRow(_ range: String, _ number: Int) -> Bool {
        guard let start = range.split(separator: ":").first else { return false }
        return Int(start.drop { $0.isLetter }) == number
    }

    /// Where a problem is: `members.csv:5:参加月`, or in a workbook `members.xlsx:構成団体!E5:参加月`
    /// (the row alone, `members.xlsx:構成団体!5`, when no column is meant).
    func place(_ number: Int, column: Int?, heading: String?) -> String {
        Self.place(file: file, sheet: workbookSheet, number, column: column, heading: heading)
    }

    static func place(file: String, sheet: String?, _ number: Int, column: Int?, heading: String?) -> String {
        let shown = heading.map { ":" + Echo.plain($0, limit: 40) } ?? ""
        guard let sheet else { return "\(file):\(number)" + shown }
        return "\(file):\(Echo.plain(sheet, limit: 31))!" + (column.map(CellReference.columnName) ?? "") + "\(number)" + shown
    }

    init(rows: [[String]], numbers: [Int], file: String, workbookSheet: String?) {
        self.file = file
        self.workbookSheet = workbookSheet
        var problems: [ValidationIssue] = []
        guard let headingRow = rows.first else {
            self.members = []
            self.records = []
            self.headings = [:]
            self.columnIndices = [:]
            self.problems = [ValidationIssue(path: file, .emptySheet)]
            return
        }
        var columns: [MemberColumn?] = []
        var headings: [MemberColumn: String] = [:]
        var columnIndices: [MemberColumn: Int] = [:]
        let known = MemberColumn.allCases.flatMap { [$0.japanese, $0.english] }
        func place(_ number: Int, column: Int?, heading: String?) -> String {
            Self.place(file: file, sheet: workbookSheet, number, column: column, heading: heading)
        }
        for (index, heading) in headingRow.enumerated() {
            let column = MemberColumn(heading: heading)
            let at = place(numbers[0], column: index, heading: heading)
            if let column {
                if headings[column] != nil {
                    problems.append(ValidationIssue(path: at, .duplicateHeading(quoted: quoted(heading))))
                }
                headings[column] = headings[column] ?? heading
                columnIndices[column] = columnIndices[column] ?? index
            } else if !MemberColumn.normalized(heading).isEmpty {
                let suggestion = KeySuggestion.closest(to: MemberColumn.normalized(heading), among: known)
                problems.append(ValidationIssue(path: at, .unknownHeading(quoted: quoted(heading), suggestion: suggestion)))
            }
            columns.append(column)
        }
        var members: [JSONValue] = []
        var records: [Int] = []
        // The cells a row must have: up to the last heading written (empty headings after it are not columns).
        let headed = (headingRow.lastIndex { !MemberColumn.normalized($0).isEmpty } ?? -1) + 1
        for (offset, written) in rows.dropFirst().enumerated() {
            let number = numbers[offset + 1]
            var record = written
            if workbookSheet != nil {
                // A workbook stores no blank cell: the cells a row lacks are blank.
                while record.count < headed { record.append("") }
            }
            if record.count > columns.count && record[columns.count...].contains(where: { !$0.isEmpty }) {
                problems.append(
                    ValidationIssue(
                        path: place(number, column: nil, heading: nil), .extraCells(cells: record.count, headings: columns.count)))
            } else if record.count < headed {
                problems.append(
                    ValidationIssue(path: place(number, column: nil, heading: nil), .missingCells(cells: record.count, headings: headed)))
            }
            var member = JSONValue.object(JSONObject())
            for (cell, column) in zip(record, columns) {
                guard let column, let value = Self.value(Substring(cell).trimming(while: MemberColumn.isSpace), column) else { continue }
                member.set(value, at: column.path)
            }
            if member["id"] == nil {
                if case .string(let code)? = member["code"], let six = LocalGovernmentCode.sixDigits(code) {
                    // The id first, as a member is written by hand.
                    if case .object(let fields) = member {
                        member = .object(JSONObject([(key: "id", value: .string(six))] + fields.members.map { ($0.key, $0.value) }))
                    }
                } else if member["code"] == nil {
                    problems.append(ValidationIssue(path: place(number, column: nil, heading: nil), .noIDOrCode))
                }
            }
            if case .string(let code)? = member["code"], let lost = Self.lostLeadingZero(code) {
                problems.append(
                    ValidationIssue(
                        path: place(number, column: columnIndices[.code], heading: headings[.code] ?? MemberColumn.code.japanese),
                        .codeLostLeadingZero(digits: code, restored: lost)))
            }
            members.append(member)
            records.append(number)
        }
        self.members = members
        self.records = records
        self.headings = headings
        self.columnIndices = columnIndices
        self.problems = problems
    }

    /// A cell as the JSON value of its field; nil for an empty cell whose field means something when
    /// left out (see `MemberColumn.blank`), and the placeholder 未入力 for one whose figure is owed.
    static func value(_ cell: Substring, _ column: MemberColumn) -> JSONValue? {
        guard !cell.isEmpty else {
            switch column.blank {
            case .leftOut: return nil
            case .pending: return .string(ObjectReader.placeholderText)
            }
        }
        let text = String(cell)
        if text == ObjectReader.placeholderText { return .string(text) }
        switch column.kind {
        case .text:
            return .string(text)
        case .month:
            return .string(Self.month(text) ?? text)
        case .number:
            if (column == .annualCost || column == .baseline) && text == "推計" {
                return .object(JSONObject([(key: "estimate", value: .string("band"))]))
            }
            return Self.number(text).map { .number($0) } ?? .string(text)
        case .years:
            return Self.years(text).map { .array($0.map { .number(String($0)) }) } ?? .string(text)
        case .rate:
            if text.hasSuffix("%"), let percent = Self.number(String(text.dropLast())).flatMap(ExactDecimal.init(jsonText:)),
                percent.millionths % 100 == 0
            {
                return .number(ExactDecimal(millionths: percent.millionths / 100).description)
            }
            return Self.number(text).map { .number($0) } ?? .string(text)
        }
    }

    /// A number as JSON text, thousands separators taken out where they are where Excel puts them
    /// (`1,234,567`); nil when the cell is not a number so written.
    static func number(_ text: String) -> String? {
        var digits = text
        if text.contains(",") {
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            let head = groups[0].hasPrefix("-") ? groups[0].dropFirst() : groups[0]
            guard (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
        }
        return ExactDecimal(jsonText: digits) != nil ? digits : nil
    }

    /// `2027、2028`, `2027,2028`, `2027・2028`, `2027年度 2028年度` or era years (`令和9年度`, `令和元年度`,
    /// `平成30年度`) as fiscal years; nil for any other text (then kept as text, for the decoder to report).
    static func years(_ text: String) -> [Int]? {
        let parts = text.split { "、,・/ 　".contains($0) }
        let years = parts.compactMap { FiscalYearText.parse(String($0)) }
        return !parts.isEmpty && years.count == parts.count ? years : nil
    }

    /// `2019/4/1`, `2019/4`, `2019年4月` or `令和元年5月` as `2019-04`, `2019-05`; nil for any other
    /// text (`2019-04` is kept as written, and so is a mistake, for the decoder to report).
    static func month(_ text: String) -> String? {
        guard Month(text) == nil, let month = Month(written: text) else { return nil }
        return month.description
    }

    /// For a code Excel shortened by its leading 0 (a number cell: `1100` for `01100`), the code
    /// restored, when it is a municipality and the code as written is not.
    static func lostLeadingZero(_ code: String) -> String? {
        guard code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), code.utf8.count == 4 || code.utf8.count == 5 else { return nil }
        if code.utf8.count == 5 && Census2020.municipality(code: code) != nil { return nil }
        let restored = "0" + code
        return Census2020.municipality(code: restored) != nil ? restored : nil
    }

    /// `issue` with a member's path (`members[3].joins`) put back where it is in the sheet
    /// (`members.csv:5:参加月`); other issues as they are.
    package func locate(_ issue: ValidationIssue) -> ValidationIssue {
        guard let (index, field) = issue.memberField, records.indices.contains(index) else { return issue }
        let row = place(records[index], column: nil, heading: nil)
        // The column whose field the path is in; for a path above the fields (`personnel`), its first column.
        let column =
            field.isEmpty
            ? nil
            : MemberColumn.allCases.first { field.starts(with: $0.path) }
                ?? MemberColumn.allCases.first { $0.path.starts(with: field) }
        guard let column else { return ValidationIssue(path: issue.path, issue.problem, shownAt: row) }
        return ValidationIssue(
            path: issue.path, issue.problem,
            shownAt: place(records[index], column: columnIndices[column], heading: headings[column] ?? column.japanese))
    }

    /// `json` with its `members` taken from this sheet.
    package func substitute(into json: JSONValue) -> JSONValue {
        var result = json
        result["members"] = .array(members)
        return result
    }

    /// The spreadsheet a scenario takes its members from: `"members": {"csv": "members.csv"}`, or a
    /// workbook, `{"xlsx": "members.xlsx", "sheet": "構成団体"}` (the sheet optional: the first). Nil
    /// when its members are a list (or missing); a problem when the object is not of that form.
    package static func reference(in json: JSONValue) -> Result<(file: String, sheet: String?), ValidationIssue>? {
        guard case .object(let object)? = json["members"] else { return nil }
        if object.members.count == 1, case .string(let file)? = object["csv"], !file.isEmpty { return .success((file, nil)) }
        let keys = Set(object.keys)
        if case .string(let file)? = object["xlsx"], !file.isEmpty, keys.isSubset(of: ["xlsx", "sheet"]) {
            switch object["sheet"] {
            case nil: return .success((file, nil))
            case .string(let sheet)? where !sheet.isEmpty: return .success((file, sheet))
            default: break
            }
        }
        return .failure(ValidationIssue(path: "members", .membersFileForm))
    }
}
