/// Writes JSON text as UTF-8 bytes, indented two spaces a level, keys in the order written, lists of
/// numbers on one line. Used both for `JSONValue`s and, without building a tree, for large results.
public struct JSONStream {
    public private(set) var bytes: [UInt8] = []
    /// For each open container: whether nothing has been written in it yet.
    private var empty: [Bool] = []
    /// A line break followed by the indentation of each level, made once.
    private var breaks: [[UInt8]] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// The text, with a final line break.
    public mutating func finish() -> String {
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func newline(_ level: Int) {
        while breaks.count <= level { breaks.append([0x0A] + Array(repeating: Array("  ".utf8), count: breaks.count).joined()) }
        bytes.append(contentsOf: breaks[level])
    }

    /// Starts a member or element of the open container.
    private mutating func next() {
        guard let isEmpty = empty.last else { return }
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        empty[empty.count - 1] = false
        newline(empty.count)
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = empty.removeLast()
        if !wasEmpty { newline(empty.count) }
        bytes.append(bracket)
    }

    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        empty.append(true)
    }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        empty.append(true)
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an element of the open list; write its value next.
    public mutating func element() { next() }

    /// Starts a member of the open object; write its value next.
    public mutating func key(_ key: String) {
        next()
        string(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    public mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// A number exactly as its text.
    public mutating func number(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func null() { bytes.append(contentsOf: "null".utf8) }

    public mutating func bool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard !buffer.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)  // UTF-8 passes through unchanged
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A list of numbers on one line: `[2016, 2017]`.
    public mutating func inlineIntegers(_ values: some Sequence<Int>) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for value in values {
            if !first { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
            first = false
            integer(Int64(value))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Any value.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): number(text)
        case .string(let text): string(text)
        case .array(let items):
            if !items.isEmpty, items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                bytes.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                    self.value(item)
                }
                bytes.append(UInt8(ascii: "]"))
                return
            }
            beginArray()
            for item in items {
                element()
                self.value(item)
            }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }
}

/// Writes `JSONValue`s as text: keys in their given order, numbers exactly as held.
public enum JSONWriter {
    public static func write(_ value: JSONValue) -> String {
        var stream = JSONStream()
        stream.value(value)
        return stream.finish()
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
