/// Writes `JSONValue`s as text: keys in their given order, numbers exactly as held.
public enum JSONWriter {
    public static func write(_ value: JSONValue, indent: String = "  ") -> String {
        var output = ""
        write(value, into: &output, indent: indent, level: 0)
        output += "\n"
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: String, level: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): writeString(text, into: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            // Lists of numbers stay on one line.
            if items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                output += "[" + items.map { if case .number(let text) = $0 { return text } else { return "" } }.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: indent, count: level + 1)
                write(item, into: &output, indent: indent, level: level + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: indent, count: level) + "]"
        case .object(let object):
            if object.members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, member) in object.members.enumerated() {
                output += String(repeating: indent, count: level + 1)
                writeString(member.key, into: &output)
                output += ": "
                write(member.value, into: &output, indent: indent, level: level + 1)
                output += index == object.members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: indent, count: level) + "}"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension JSONValue {
    public static func integer(_ value: Int64) -> JSONValue { .number(String(value)) }
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An exact decimal, always with a decimal point (`0.0`, `0.123457`).
    public static func decimal(_ value: ExactDecimal) -> JSONValue {
        let text = value.description
        return .number(text.contains(".") ? text : text + ".0")
    }

    public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { (key: $0.0, value: $0.1) }))
    }
}
