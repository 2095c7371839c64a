/// The little of XML 1.0 a workbook's parts need, read into a tree: elements with their attributes
/// and text, the five named entities and numeric character references; the declaration, comments,
/// processing instructions and a DOCTYPE without an internal subset are skipped. Names keep their
/// prefix (`x:row`); `XMLElement.localName` drops it, since writers choose prefixes freely.
///
/// Bounded: the depth of nesting and the number of elements are limited, so a hostile part is an
/// error, not a stack overflow or unbounded memory.
package enum XMLReader {
    package struct Failure: Error, Equatable {
        /// The byte offset where reading stopped.
        package let offset: Int
    }

    package static let maximumDepth = 64
    package static let maximumElements = 5_000_000

    package static func parse(_ bytes: [UInt8]) throws(Failure) -> XMLElement {
        var parser = Parser(bytes: bytes)
        return try parser.document()
    }

    struct Parser {
        let bytes: [UInt8]
        var position = 0
        var elements = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte-order mark.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }

        func fail() -> Failure { Failure(offset: position) }

        mutating func document() throws(Failure) -> XMLElement {
            try skipMisc()
            let root = try element(depth: 0)
            try skipMisc()
            guard position == bytes.count else { throw fail() }
            return root
        }

        /// Spaces, the declaration, comments, processing instructions, a DOCTYPE.
        mutating func skipMisc() throws(Failure) {
            while true {
                skipSpaces()
                if starts("<?") {
                    try skip(past: Array("?>".utf8))
                } else if starts("<!--") {
                    try skip(past: Array("-->".utf8))
                } else if starts("<!DOCTYPE") {
                    guard !bytes[position...].prefix(while: { $0 != UInt8(ascii: ">") }).contains(UInt8(ascii: "[")) else { throw fail() }
                    try skip(past: [UInt8(ascii: ">")])
                } else {
                    return
                }
            }
        }

        mutating func element(depth: Int) throws(Failure) -> XMLElement {
            guard depth < XMLReader.maximumDepth else { throw fail() }
            elements += 1
            guard elements <= XMLReader.maximumElements, take("<") else { throw fail() }
            let name = try self.name()
            var attributes: [(String, String)] = []
            while true {
                skipSpaces()
                if take("/>") { return XMLElement(name: name, attributes: attributes, children: [], text: "") }
                if take(">") { break }
                let key = try self.name()
                skipSpaces()
                guard take("=") else { throw fail() }
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                    throw fail()
                }
                let quote = bytes[position]
                position += 1
                let start = position
                while position < bytes.count && bytes[position] != quote { position += 1 }
                guard position < bytes.count else { throw fail() }
                attributes.append((key, try decode(start..<position)))
                position += 1
            }
            var children: [XMLElement] = []
            var text = ""
            while true {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                if position > start { text += try decode(start..<position) }
                guard position < bytes.count else { throw fail() }
                if take("</") {
                    guard try self.name() == name else { throw fail() }
                    skipSpaces()
                    guard take(">") else { throw fail() }
                    return XMLElement(name: name, attributes: attributes, children: children, text: text)
                } else if starts("<!--") {
                    try skip(past: Array("-->".utf8))
                } else if take("<![CDATA[") {
                    let begin = position
                    try skip(past: Array("]]>".utf8))
                    text += String(decoding: bytes[begin..<(position - 3)], as: UTF8.self)
                } else if starts("<?") {
                    try skip(past: Array("?>".utf8))
                } else {
                    children.append(try element(depth: depth + 1))
                }
            }
        }

        mutating func name() throws(Failure) -> String {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                    || byte == UInt8(ascii: "=")
                {
                    break
                }
                position += 1
            }
            guard position > start else { throw fail() }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        /// Character data with its references replaced.
        func decode(_ range: Range<Int>) throws(Failure) -> String {
            let slice = bytes[range]
            guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
            var out: [UInt8] = []
            var index = range.lowerBound
            while index < range.upperBound {
                guard bytes[index] == UInt8(ascii: "&") else {
                    out.append(bytes[index])
                    index += 1
                    continue
                }
                guard let end = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")), end - index <= 12 else {
                    throw Failure(offset: index)
                }
                let reference = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                let scalar: Unicode.Scalar?
                switch reference {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                default:
                    if reference.hasPrefix("#x") {
                        scalar = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if reference.hasPrefix("#") {
                        scalar = UInt32(reference.dropFirst(1)).flatMap(Unicode.Scalar.init)
                    } else {
                        scalar = nil
                    }
                }
                guard let scalar else { throw Failure(offset: index) }
                out += Array(String(Character(scalar)).utf8)
                index = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func skipSpaces() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        func starts(_ text: String) -> Bool { bytes[position...].starts(with: text.utf8) }

        mutating func take(_ text: String) -> Bool {
            guard starts(text) else { return false }
            position += text.utf8.count
            return true
        }

        mutating func skip(past marker: [UInt8]) throws(Failure) {
            while position + marker.count <= bytes.count {
                if bytes[position..<(position + marker.count)].elementsEqual(marker) {
                    position += marker.count
                    return
                }
                position += 1
            }
            throw fail()
        }
    }
}

/// An element of an XML document: its name, attributes in order, child elements and text.
package struct XMLElement: Sendable, Equatable {
    package let name: String
    package let attributes: [(String, String)]
    package let children: [XMLElement]
    /// The character data directly inside it (not its children's).
    package let text: String

    /// The name without its namespace prefix.
    package var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

    /// An attribute by its name as written (`r`, `r:id`), or by its local name when unprefixed is asked.
    package subscript(attribute: String) -> String? {
        attributes.first { $0.0 == attribute }?.1
            ?? (attribute.contains(":") ? nil : attributes.first { $0.0.split(separator: ":").last.map(String.init) == attribute }?.1)
    }

    /// The children whose local name is `name`.
    package func children(_ name: String) -> [XMLElement] { children.filter { $0.localName == name } }

    package func child(_ name: String) -> XMLElement? { children.first { $0.localName == name } }

    package static func == (a: XMLElement, b: XMLElement) -> Bool {
        a.name == b.name && a.attributes.map { $0.0 } == b.attributes.map { $0.0 } && a.attributes.map { $0.1 } == b.attributes.map { $0.1 }
            && a.children == b.children && a.text == b.text
    }
}
