import CostsimCore

/// Reads typed fields from one JSON object, recording a `PATH: message` for every problem.
/// Keys that the format does not define are reported when the reader is made.
struct ObjectReader {
    let object: JSONObject
    let path: String
    let diagnostics: Diagnostics

    /// Nil (with an issue recorded) when `value` is not an object.
    init?(_ value: JSONValue, path: String, allowedKeys: [String], diagnostics: Diagnostics) {
        guard case .object(let object) = value else {
            diagnostics.add(path, .notAnObject(found: JSONKind(value)))
            return nil
        }
        self.object = object
        self.path = path
        self.diagnostics = diagnostics
        for key in object.keys where !allowedKeys.contains(key) {
            let suggestion = KeySuggestion.closest(to: key, among: allowedKeys)
            diagnostics.add(Path.key(path, key), .unknownKey(quotedKey: quoted(key), suggestion: suggestion, allowed: allowedKeys))
        }
    }

    func path(_ key: String) -> String { Path.key(path, key) }

    /// The path of `key`, built only if a message needs it.
    func fieldPath(_ key: String) -> FieldPath { FieldPath(parent: path, key: key) }

    func has(_ key: String) -> Bool { present(key) != nil }

    /// The text a starter scenario (`costsim new`) writes where the user still has to give a figure.
    static let placeholderText = "未入力"

    /// Whether `key` holds the placeholder `"未入力"`: the figure is not known yet. It is then
    /// computed as nothing (never silently: a warning names it) until the user writes a number.
    func placeholder(_ key: String) -> Bool {
        guard isPlaceholder(key) else { return false }
        diagnostics.warn(path(key), .pending(key))
        return true
    }

    /// Whether `key` holds the placeholder, without a warning.
    func isPlaceholder(_ key: String) -> Bool {
        if case .string(Self.placeholderText)? = present(key) { return true }
        return false
    }

    /// The value, treating an explicit `null` as absent.
    func present(_ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    /// A reader of the object under `key`, or nil: when the key is absent (reported as missing with
    /// `required`, a description of what belongs there) or its value is not an object.
    func nested(_ key: String, allowedKeys: [String], required: Subject? = nil) -> ObjectReader? {
        guard let value = present(key) else {
            if let required { missing(key, required) }
            return nil
        }
        return ObjectReader(value, path: path(key), allowedKeys: allowedKeys, diagnostics: diagnostics)
    }

    func missing(_ key: String, _ what: Subject) {
        diagnostics.add(path(key), .required(what))
    }

    // MARK: Typed fields

    /// Reads the field `key` with `read` (given its value and path); reports it missing when required.
    func field<T>(_ key: String, required: Bool, what: Subject, _ read: (JSONValue, FieldPath) -> T?) -> T? {
        guard let value = present(key) else {
            if required { missing(key, what) }
            return nil
        }
        return read(value, FieldPath(parent: path, key: key))
    }

    func string(_ key: String, required: Bool, what: Subject = .text) -> String? {
        field(key, required: required, what: what) { Self.string($0, path: $1, diagnostics: diagnostics, what: what) }
    }

    /// Text shown in reports and terminals (a name, a label): not empty, at most `Limits.nameLength`
    /// characters, and free of control characters and bidirectional overrides, which would rewrite a
    /// terminal line or reverse what a report shows.
    func displayText(_ key: String, required: Bool, what: Subject = .text) -> String? {
        guard let text = string(key, required: required, what: what) else { return nil }
        if let problem = DisplayText.problem(with: text) {
            diagnostics.add(self.path(key), problem)
            return nil
        }
        return text
    }

    static func string(_ value: JSONValue, path: FieldPath, diagnostics: Diagnostics, what: Subject = .text) -> String? {
        guard case .string(let text) = value else {
            diagnostics.add(path.text, .notText(what, found: JSONKind(value)))
            return nil
        }
        return text
    }

    func decimal(_ key: String, required: Bool = false, what: Subject, range: ClosedRange<ExactDecimal>) -> ExactDecimal? {
        field(key, required: required, what: what) { Self.decimal($0, path: $1, diagnostics: diagnostics, what: what, range: range) }
    }

    /// Reads an exact decimal with at most six decimal places within `range`.
    static func decimal(
        _ value: JSONValue, path: FieldPath, diagnostics: Diagnostics, what: Subject,
        range: ClosedRange<ExactDecimal>
    ) -> ExactDecimal? {
        guard case .number(let text) = value else {
            var hint: Problem.NumberHint?
            if case .string(let text) = value, text.utf8.count <= 64 {  // a number written as text is short
                if text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) {
                    hint = .fullWidthDigits
                } else if ExactDecimal(jsonText: text.replacing(",", with: "")) != nil {
                    hint = .quoted
                }
            }
            diagnostics.add(path.text, .notNumber(what, found: JSONKind(value), hint: hint))
            return nil
        }
        guard let number = ExactDecimal(jsonText: text) else {
            if text.contains(".") || text.lowercased().contains("e-") {
                diagnostics.add(path.text, .tooManyDecimals(number: text))
            } else {
                diagnostics.add(path.text, .tooLarge(number: text))
            }
            return nil
        }
        guard range.contains(number) else {
            diagnostics.add(path.text, .outOfRange(number: text, what, low: "\(range.lowerBound)", high: "\(range.upperBound)"))
            return nil
        }
        return number
    }

    static func integer(
        _ value: JSONValue, path: FieldPath, diagnostics: Diagnostics, what: Subject,
        range: ClosedRange<Int64>
    ) -> Int64? {
        let decimalRange = ExactDecimal(range.lowerBound)...ExactDecimal(range.upperBound)
        guard let number = decimal(value, path: path, diagnostics: diagnostics, what: what, range: decimalRange) else {
            return nil
        }
        guard let integer = number.integerValue else {
            diagnostics.add(path.text, .notWhole(number: "\(number)", what))
            return nil
        }
        return integer
    }

    func integer(_ key: String, required: Bool = false, what: Subject, range: ClosedRange<Int64>) -> Int64? {
        field(key, required: required, what: what) { Self.integer($0, path: $1, diagnostics: diagnostics, what: what, range: range) }
    }

    /// Yen: a whole number from 0 to 10^13.
    func yen(_ key: String, required: Bool = false, what: Subject = .yen) -> Int64? {
        integer(key, required: required, what: what, range: 0...Limits.amount)
    }

    func month(_ key: String, required: Bool = false, what: Subject = .month) -> Month? {
        field(key, required: required, what: what) { Self.month($0, path: $1, diagnostics: diagnostics) }
    }

    static func month(_ value: JSONValue, path: FieldPath, diagnostics: Diagnostics) -> Month? {
        guard case .string(let text) = value else {
            diagnostics.add(path.text, .monthNotText(found: JSONKind(value)))
            return nil
        }
        guard let month = Month(written: text) else {
            diagnostics.add(path.text, .notMonth(quoted: quoted(text)))
            return nil
        }
        return month
    }

    func choice<T: RawRepresentable>(_ key: String, default defaultValue: T) -> T? where T.RawValue == String, T: CaseIterable {
        guard let value = present(key) else { return defaultValue }
        guard case .string(let text) = value, let choice = T(rawValue: text) else {
            diagnostics.add(path(key), .notOneOf(options: T.allCases.map(\.rawValue), found: JSONKind(value), text: Self.show(value)))
            return nil
        }
        return choice
    }

    func list(_ key: String, required: Bool, what: Subject) -> [JSONValue]? {
        field(key, required: required, what: what) { value, path in
            guard case .array(let items) = value else {
                diagnostics.add(path.text, .notList(what, found: JSONKind(value)))
                return nil
            }
            return items
        }
    }

    /// Reads an FY-value: a plain value (in force from `firstYear`) or `{"2016": …, "2021": …}`.
    func fyValue<T>(
        _ key: String, required: Bool, what: Subject, firstYear: Int,
        element: (JSONValue, FieldPath) -> T?
    ) -> FYValue<T>? {
        field(key, required: required, what: what) {
            Self.fyValue($0, path: $1, diagnostics: diagnostics, what: what, firstYear: firstYear, element: element)
        }
    }

    static func fyValue<T>(
        _ value: JSONValue, path: FieldPath, diagnostics: Diagnostics, what: Subject, firstYear: Int,
        element: (JSONValue, FieldPath) -> T?
    ) -> FYValue<T>? {
        guard case .object(let object) = value else {
            return element(value, path).map { FYValue($0, from: firstYear) }
        }
        guard !object.members.isEmpty else {
            diagnostics.add(path.text, .emptyByYear(what))
            return nil
        }
        var entries: [(fiscalYear: Int, value: T)] = []
        var complete = true
        for (key, item) in object.members {
            let itemPath = FieldPath(parent: path.text, key: key)
            guard key.utf8.count == 4, key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(key),
                (1900...2199).contains(year)
            else {
                diagnostics.add(itemPath.text, .notFiscalYearKey(quoted: quoted(key)))
                complete = false
                continue
            }
            if let parsed = element(item, itemPath) { entries.append((year, parsed)) } else { complete = false }
        }
        guard complete, let fy = FYValue(entries: entries) else { return nil }
        if fy.entries[0].fiscalYear > firstYear {
            diagnostics.add(path.text, .byYearStartsLate(first: fy.entries[0].fiscalYear, needed: firstYear))
            return nil
        }
        return fy
    }

    /// A string or number as it may be echoed; nil for the other kinds, which are named instead.
    static func show(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return quoted(text)
        case .number(let text): return text.count > 40 ? String(text.prefix(40)) + "…" : text
        default: return nil
        }
    }
}
