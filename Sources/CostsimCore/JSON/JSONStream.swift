/// Writes JSON text as UTF-8 bytes, indented two spaces a level, keys in the order written; lists of
/// numbers, and objects of plain values (such as one year's figures), on one line. Used both for
/// `JSONValue`s and, without building a tree, for large results.
package struct JSONStream {
    package private(set) var bytes: [UInt8] = []
    /// How many containers are open, and whether each has nothing in it yet (bit `depth - 1`;
    /// deeper than 64 levels the flags are kept in `deeper`).
    private var depth = 0
    private var emptyBits: UInt64 = 0
    private var deeper: [Bool] = []

    /// Where full chunks go as they are made (nil: all is kept in `bytes`).
    private let sink: OutputSink?

    package init(capacity: Int = 1 << 16) {
        sink = nil
        bytes.reserveCapacity(capacity)
    }

    /// A stream that hands its bytes to `sink` in chunks while it is written.
    package init(sink: OutputSink) {
        self.sink = sink
        bytes.reserveCapacity(1 << 16)
    }

    /// The text, with a final line break.
    package mutating func finish() -> String {
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes what is left, with a final line break, to the sink.
    package mutating func finishToSink() {
        bytes.append(0x0A)
        sink?.write(bytes: bytes)
        bytes.removeAll()
    }

    /// Hands a full chunk to the sink, between values.
    private mutating func drain() {
        guard let sink, bytes.count >= 1 << 16 else { return }
        sink.write(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func newline(_ level: Int) {
        bytes.append(0x0A)
        for _ in 0..<(2 * level) { bytes.append(0x20) }
    }

    private var isEmpty: Bool {
        get { depth <= 64 ? emptyBits & (1 << UInt64(depth - 1)) != 0 : deeper[depth - 65] }
        set {
            if depth <= 64 {
                let bit: UInt64 = 1 << UInt64(depth - 1)
                emptyBits = newValue ? emptyBits | bit : emptyBits & ~bit
            } else {
                deeper[depth - 65] = newValue
            }
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        if depth > 64 { deeper.append(true) }
        isEmpty = true
    }

    /// Starts a member or element of the open container.
    private mutating func next() {
        drain()
        guard depth > 0 else { return }
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        newline(depth)
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = isEmpty
        if depth > 64 { deeper.removeLast() }
        depth -= 1
        if !wasEmpty { newline(depth) }
        bytes.append(bracket)
    }

    package mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// An object on one line, `{"a": 1, "b": 2}`: write its members with `inlineKey` and values.
    package mutating func beginInlineObject() { bytes.append(UInt8(ascii: "{")) }

    package mutating func inlineKey(_ key: String, first: Bool = false) {
        if !first {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    package mutating func endInlineObject() { bytes.append(UInt8(ascii: "}")) }

    package mutating func endObject() { close(UInt8(ascii: "}")) }

    package mutating func beginArray() { open(UInt8(ascii: "[")) }

    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an element of the open list; write its value next.
    package mutating func element() { next() }

    /// Starts a member of the open object; write its value next.
    package mutating func key(_ key: String) {
        next()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    package mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
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
    package mutating func number(_ text: String) { bytes.append(contentsOf: text.utf8) }

    package mutating func null() { bytes.append(contentsOf: "null".utf8) }

    package mutating func bool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

    package mutating func string(_ text: String) {
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
                bytes.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)],
                ])
            default: bytes.append(byte)  // UTF-8 passes through unchanged
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A list of numbers on one line: `[2016, 2017]`.
    package mutating func inlineIntegers(_ values: some Sequence<Int>) {
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
    package mutating func value(_ value: JSONValue) {
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
        case .object(let object) where !object.members.isEmpty && object.members.allSatisfy({ $0.value.isScalar }):
            beginInlineObject()
            for (index, member) in object.members.enumerated() {
                inlineKey(member.key, first: index == 0)
                self.value(member.value)
            }
            endInlineObject()
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
