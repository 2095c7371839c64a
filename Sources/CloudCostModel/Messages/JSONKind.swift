/// What kind of JSON value a file had where another was expected ("found a string").
public enum JSONKind: Hashable, Sendable {
    case null, bool, number, string, array, object

    public init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .bool
        case .number: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.null, _): return "null"
        case (.bool, _): return "true/false"
        case (.number, .en): return "a number"
        case (.number, .ja): return "数値"
        case (.string, .en): return "a string"
        case (.string, .ja): return "文字列"
        case (.array, .en): return "a list"
        case (.array, .ja): return "リスト […]"
        case (.object, .en): return "an object"
        case (.object, .ja): return "オブジェクト {…}"
        }
    }
}
