/// Writes `JSONValue`s as text: keys in their given order, numbers exactly as held.
public enum JSONWriter {
    public static func write(_ value: JSONValue, indent: String = "  ") -> String {
        var writer = Writer(indent: Array(indent.utf8))
        writer.write(value, level: 0)
        writer.output.append(0x0A)
        return String(decoding: writer.output, as: UTF8.self)
    }

    /// Builds the text as UTF-8 bytes: much faster than appending to a String for large results.
    private struct Writer {
        let indent: [UInt8]
        var output: [UInt8] = []

        mutating func newline(_ level: Int) {
            output.append(0x0A)
            for _ in 0..<level { output.append(contentsOf: indent) }
        }

        mutating func write(_ value: JSONValue, level: Int) {
            switch value {
            case .null: output.append(contentsOf: "null".utf8)
            case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let text): output.append(contentsOf: text.utf8)
            case .string(let text): writeString(text)
            case .array(let items):
                if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
                // Lists of numbers stay on one line.
                if items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                    output.append(UInt8(ascii: "["))
                    for (index, item) in items.enumerated() {
                        if index > 0 { output.append(contentsOf: ", ".utf8) }
                        write(item, level: level)
                    }
                    output.append(UInt8(ascii: "]"))
                    return
                }
                output.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(level + 1)
                    write(item, level: level + 1)
                }
                newline(level)
                output.append(UInt8(ascii: "]"))
            case .object(let object):
                if object.members.isEmpty { output.append(contentsOf: "{}".utf8); return }
                output.append(UInt8(ascii: "{"))
                for (index, member) in object.members.enumerated() {
                    if index > 0 { output.append(UInt8(ascii: ",")) }
                    newline(level + 1)
                    writeString(member.key)
                    output.append(contentsOf: ": ".utf8)
                    write(member.value, level: level + 1)
                }
                newline(level)
                output.append(UInt8(ascii: "}"))
            }
        }

        mutating func writeString(_ text: String) {
            output.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: output.append(byte)  // UTF-8 passes through unchanged
                }
            }
            output.append(UInt8(ascii: "\""))
        }
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
