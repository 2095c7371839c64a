/// What kind of JSON value a file had where another was expected ("found a string").
package enum JSONKind: Hashable, Sendable {
    case null, bool, number, string, array, object

    package init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool: self = .bool
        case .number: self = .number
        case .string: self = .string
        case .array: self = .array
        case .object: self = .object
        }
    }
}
