/// Writes `JSONValue`s as text: keys in their given order, numbers exactly as held.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        var stream = JSONStream()
        stream.value(value)
        return stream.finish()
    }

    /// Writes `value` and a final line break to `sink`, in chunks.
    package static func write(_ value: JSONValue, to sink: OutputSink) {
        var stream = JSONStream(sink: sink)
        stream.value(value)
        stream.finishToSink()
    }
}

extension JSONValue {
    /// Not a list or an object.
    package var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    package static func integer(_ value: Int64) -> JSONValue { .number(String(value)) }
    package static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An exact decimal, always with a decimal point (`0.0`, `0.123457`).
    package static func decimal(_ value: ExactDecimal) -> JSONValue {
        let text = value.description
        return .number(text.contains(".") ? text : text + ".0")
    }

    package static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { (key: $0.0, value: $0.1) }))
    }
}
