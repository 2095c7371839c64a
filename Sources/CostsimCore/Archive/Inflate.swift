/// DEFLATE decompression (RFC 1951): stored, fixed-code and dynamic-code blocks. Bounded: it stops
/// with `.tooLarge` as soon as the output would pass `limit` bytes, so a small stream that would
/// inflate to gigabytes (a zip bomb) costs no more than `limit` of memory; and every malformed
/// stream ends in an error, never a trap or a loop (each step reads input or ends).
package enum Inflate {
    package enum Failure: Error, Equatable {
        /// The stream ends before its last block does.
        case truncated
        /// A block type 3, a code that no symbol has, a distance before the start, a bad code set.
        case malformed
        /// The output would pass the limit given.
        case tooLarge
    }

    package static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var reader = BitReader(bytes: input)
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, input.count * 4))
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.alignToByte()
                let length = try reader.bits(16)
                let complement = try reader.bits(16)
                guard length == ~complement & 0xFFFF else { throw .malformed }
                guard out.count + length <= limit else { throw .tooLarge }
                out += try reader.bytes(length)
            case 1:
                try inflateBlock(&reader, &out, literals: Self.fixedLiterals, distances: Self.fixedDistances, limit: limit)
            case 2:
                let (literals, distances) = try dynamicCodes(&reader)
                try inflateBlock(&reader, &out, literals: literals, distances: distances, limit: limit)
            default:
                throw .malformed
            }
        }
        return out
    }

    static func inflateBlock(_ reader: inout BitReader, _ out: inout [UInt8], literals: Huffman, distances: Huffman, limit: Int)
        throws(Failure)
    {
        while true {
            let symbol = try literals.decode(&reader)
            switch symbol {
            case 0..<256:
                guard out.count < limit else { throw .tooLarge }
                out.append(UInt8(symbol))
            case 256:
                return
            case 257...285:
                let index = symbol - 257
                let length = Deflate.lengthBases[index] + (try reader.bits(Deflate.lengthExtraBits[index]))
                let code = try distances.decode(&reader)
                guard code < 30 else { throw .malformed }
                let distance = Deflate.distanceBases[code] + (try reader.bits(Deflate.distanceExtraBits[code]))
                guard distance <= out.count else { throw .malformed }
                guard out.count + length <= limit else { throw .tooLarge }
                let start = out.count - distance
                for offset in 0..<length { out.append(out[start + offset]) }
            default:
                throw .malformed
            }
        }
    }

    /// The order in which code-length code lengths are sent (RFC 1951, 3.2.7).
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static func dynamicCodes(_ reader: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let lengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .malformed }
        var lengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<lengthCount { lengthLengths[lengthOrder[index]] = try reader.bits(3) }
        let lengthCode = try Huffman(lengths: lengthLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0...15:
                lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .malformed }
                lengths += Array(repeating: previous, count: 3 + (try reader.bits(2)))
            case 17:
                lengths += Array(repeating: 0, count: 3 + (try reader.bits(3)))
            default:
                lengths += Array(repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] > 0 else { throw .malformed }
        return (
            try Huffman(lengths: Array(lengths[0..<literalCount])),
            try Huffman(lengths: Array(lengths[literalCount...]), allowIncomplete: true)
        )
    }

    /// The standard's own codes (RFC 1951, 3.2.6), which need no checking.
    static let fixedLiterals = Huffman(
        canonical: (0..<288).map { symbol in symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8 })
    static let fixedDistances = Huffman(canonical: Array(repeating: 5, count: 30))

    /// A canonical Huffman code (RFC 1951, 3.2.2), decoded bit by bit: counts of codes per length and
    /// the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        /// A code sent in a stream: over-subscribed lengths are malformed, and so is an incomplete code
        /// except where the standard allows one (a distance code of one symbol, or of none).
        init(lengths: [Int], allowIncomplete: Bool = false) throws(Failure) {
            guard lengths.allSatisfy({ (0...15).contains($0) }) else { throw .malformed }
            self.init(canonical: lengths)
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                guard left >= 0 else { throw .malformed }
            }
            if left > 0 && !allowIncomplete && lengths.filter({ $0 > 0 }).count > 1 { throw .malformed }
        }

        /// The code of `lengths` (each 0…15), unchecked.
        init(canonical lengths: [Int]) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length > 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws(Failure) -> Int {
            var code = 0
            var first = 0
            var index = 0
            for length in 1...15 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - first < count { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw .malformed
        }
    }

    /// Bits from the least significant end of each byte.
    struct BitReader {
        let bytes: [UInt8]
        var position = 0
        var bitPosition = 0

        mutating func bits(_ count: Int) throws(Failure) -> Int {
            var value = 0
            for bit in 0..<count {
                guard position < bytes.count else { throw .truncated }
                value |= Int((bytes[position] >> UInt8(bitPosition)) & 1) << bit
                bitPosition += 1
                if bitPosition == 8 {
                    bitPosition = 0
                    position += 1
                }
            }
            return value
        }

        mutating func alignToByte() {
            if bitPosition > 0 {
                bitPosition = 0
                position += 1
            }
        }

        mutating func bytes(_ count: Int) throws(Failure) -> [UInt8] {
            guard position + count <= bytes.count else { throw .truncated }
            defer { position += count }
            return Array(bytes[position..<(position + count)])
        }
    }
}
