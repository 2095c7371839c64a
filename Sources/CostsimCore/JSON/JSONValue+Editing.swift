/// Small edits of a JSON tree, for what-if changes made to a scenario's JSON before it is validated
/// again (`Scenario.revised`).
extension JSONValue {
    /// The value under `key` of an object; nil for another kind of value or a missing key.
    package subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let object) = self else { return nil }
            return object[key]
        }
        set {
            guard case .object(var object) = self else { return }
            object[key] = newValue
            self = .object(object)
        }
    }

    /// Changes the value under `key` in place when it is there and not null.
    package mutating func update(_ key: String, _ change: (inout JSONValue) -> Void) {
        guard var value = self[key], value != .null else { return }
        change(&value)
        self[key] = value
    }

    /// Sets the value at a path of keys, making the objects on the way.
    package mutating func set(_ value: JSONValue, at path: [String]) {
        guard let key = path.first else {
            self = value
            return
        }
        var child = self[key] ?? .object(JSONObject())
        child.set(value, at: Array(path.dropFirst()))
        self[key] = child
    }

    /// Changes each item of a list in place, with its index.
    package mutating func updateEach(_ change: (Int, inout JSONValue) -> Void) {
        guard case .array(var items) = self else { return }
        for index in items.indices { change(index, &items[index]) }
        self = .array(items)
    }

    /// Replaces every number of a number or FY-value (an object of numbers) by `transform` of it;
    /// text that is not a number costsim reads is left as it is, for validation to report.
    package mutating func mapNumbers(_ transform: (ExactDecimal) -> ExactDecimal) {
        switch self {
        case .number(let text):
            if let value = ExactDecimal(jsonText: text) { self = .number(transform(value).description) }
        case .object(var object):
            for key in object.keys {
                if case .number? = object[key] { object[key]?.mapNumbers(transform) }
            }
            self = .object(object)
        default:
            break
        }
    }
}
