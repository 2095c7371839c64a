#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A strict JSON parser (RFC 8259) for scenario files.
///
/// Unlike `JSONSerialization`, it keeps numbers as text (so `0.3` stays exactly 3/10), keeps key
/// order, rejects duplicate keys, limits nesting depth instead of recursing without bound, and
/// reports errors with a line and column.
package struct JSONParser {
    package static let defaultMaximumDepth = 128

    private let bytes: [UInt8]
    private var position = 0
    private let maximumDepth: Int

    /// Parses a whole document. The bytes must be valid UTF-8 (checked here as well).
    package static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        return try parser.parseDocument()
    }

    package static func parse(_ text: String, maximumDepth: Int = defaultMaximumDepth) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8), maximumDepth: maximumDepth)
    }

    private init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }  // a UTF-8 byte-order mark
        skipWhitespace()
        if position == bytes.count {
            throw error(bytes.count <= 3 ? .emptyFile : .noValue)
        }
        let value = try parseValue(depth: 1)
        skipWhitespace()
        if position < bytes.count {
            throw error(.textAfterValue)
        }
        return value
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error(.endExpectingValue) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error(.unexpectedCharacter(found: describeCurrent()), hint: hint())
        }
    }

    private mutating func enter(_ depth: Int) throws(JSONSyntaxError) {
        if depth > maximumDepth {
            throw error(.tooDeep(limit: maximumDepth))
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try enter(depth)
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        var seen = Set<String>()  // used only once an object has many keys; small ones are searched
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw error(.keyNotQuoted(found: describeCurrent()), hint: thousandsSeparator() ?? hint())
            }
            let keyStart = position
            let key = try parseString()
            let duplicate: Bool
            if members.count < 16 {
                duplicate = members.contains { $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                duplicate = !seen.insert(key).inserted
            }
            if duplicate {
                throw JSONSyntaxError(.duplicateKey(key), location: location(of: keyStart))
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error(.colonMissing(key: key)) }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append((key, value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(JSONObject(members))
            default: throw error(.objectSeparator(found: describeCurrent()), hint: hint())
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try enter(depth)
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items)
            default: throw error(.listSeparator(found: describeCurrent()), hint: hint())
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        position += 1  // opening quote
        // Most strings have no escapes: take them straight from the bytes (found with memchr, which
        // keeps a 10 MB string fast even in a debug build).
        let end = plainStringEnd(from: position)
        if let end {
            guard let string = String(validating: bytes[position..<end], as: UTF8.self) else {
                throw JSONSyntaxError(.stringNotUTF8, location: location(of: start))
            }
            position = end + 1
            return string
        }
        var utf8: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw JSONSyntaxError(.stringNotClosed, location: location(of: start))
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    throw JSONSyntaxError(.stringNotUTF8, location: location(of: start))
                }
                return string
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw error(.endInString) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                            throw error(.surrogateIncomplete)
                        }
                        position += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidLowSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error(.loneLowSurrogate)
                    }
                    utf8.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                default:
                    position -= 1
                    throw error(.invalidEscape(found: describeCurrent()))
                }
            case 0x00..<0x20:
                throw error(.controlCharacter(codePoint: Echo.codePoint(Unicode.Scalar(byte))))
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    /// Where the string starting at `start` closes, if nothing in it needs decoding (no escape, no
    /// control character); nil otherwise.
    private func plainStringEnd(from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, start < buffer.count else { return nil }
            let length = buffer.count - start
            guard let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), length) else { return nil }
            let end = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
            let span = end - start
            if span == 0 { return end }
            if span <= 256 {  // short: one pass
                for index in start..<end where buffer[index] < 0x20 || buffer[index] == UInt8(ascii: "\\") { return nil }
                return end
            }
            if memchr(base + start, Int32(UInt8(ascii: "\\")), span) != nil { return nil }
            for control in 0..<0x20 where memchr(base + start, Int32(control), span) != nil { return nil }
            return end
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                throw error(.escapeNeedsHexDigits)
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw error(.minusWithoutDigits) }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = peek(), isDigit(next) { throw error(.leadingZero) }
        } else {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let next = peek(), isDigit(next) else { throw error(.fractionWithoutDigits) }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let next = peek(), isDigit(next) else { throw error(.exponentWithoutDigits) }
            skipDigits()
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        let expected = Array(literal.utf8)
        let count = expected.count
        guard position + count <= bytes.count, bytes[position..<position + count].elementsEqual(expected) else {
            throw error(.unexpectedLiteral(expected: literal))
        }
        position += count
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The character at the position as it may be shown (`'x'`, `byte 0xFF`), nil at the end of the file.
    private func describeCurrent() -> String? {
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 {
            // Decode the whole character for the message when it is valid UTF-8.
            var end = position + 1
            while end < bytes.count && end < position + 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let text = String(validating: bytes[position..<end], as: UTF8.self) { return "'\(Echo.escaped(text))'" }
        }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// `"population": 7,283`: where a key should start, digits right after a comma that follows a
    /// number — a number written with a thousands separator, as a spreadsheet shows it. The hint
    /// gives the number as written and as JSON writes it. (In a list, `[7,283]` is two numbers and
    /// valid, so only an object's key position is read this way.)
    private func thousandsSeparator() -> JSONSyntaxError.Hint? {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
        guard position >= 2, bytes[position - 1] == UInt8(ascii: ","), isDigit(position - 2), isDigit(position) else { return nil }
        var start = position - 2
        while isDigit(start - 1) { start -= 1 }
        guard position - 1 - start <= 3 else { return nil }
        // Groups of exactly three digits after each comma, as far as they go.
        var end = position
        while true {
            guard isDigit(end), isDigit(end + 1), isDigit(end + 2), !isDigit(end + 3) else { return nil }
            end += 3
            guard end < bytes.count, bytes[end] == UInt8(ascii: ","), isDigit(end + 1) else { break }
            end += 1
        }
        let written = String(decoding: bytes[start..<end], as: UTF8.self)
        return .thousandsSeparator(written: written, digits: String(written.filter { $0 != "," }))
    }

    /// What a common slip at the current position probably is, for the message: a comma before a
    /// closing bracket, single quotes, a comment, full-width digits (as Japanese input methods type them).
    private func hint() -> JSONSyntaxError.Hint? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            return .trailingComma
        case UInt8(ascii: "'"):
            return .singleQuotes
        case UInt8(ascii: "/"), UInt8(ascii: "#"):
            return .comment
        case 0xEF where position + 2 < bytes.count && bytes[position + 1] == 0xBC && (0x8D...0x99).contains(bytes[position + 2]):
            return .fullWidthDigit
        case 0xE3 where position + 2 < bytes.count && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x80:
            return .fullWidthSpace
        default:
            return nil
        }
    }

    private func location(of offset: Int) -> JSONSyntaxError.Location {
        var line = 1
        var column = 1
        var index = 0
        while index < offset && index < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1  // count characters, not bytes
            }
            index += 1
        }
        return .init(line: line, column: column)
    }

    private func error(_ reason: JSONSyntaxError.Reason, hint: JSONSyntaxError.Hint? = nil) -> JSONSyntaxError {
        JSONSyntaxError(reason, hint: hint, location: location(of: position))
    }
}
