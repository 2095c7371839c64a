/// DEFLATE compression (RFC 1951) in one block of the fixed Huffman codes: LZ77 matches found by
/// hash chains over a 32 KiB window, greedy. Not the smallest output a compressor can make, but
/// valid for every reader (Excel, LibreOffice, zlib), exact, and a few times smaller than the XML
/// of a workbook, whose tags repeat.
package enum Deflate {
    static let lengthBases: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtraBits: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBases: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193,
        12289, 16385, 24577,
    ]
    static let distanceExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    static let window = 32_768
    static let maximumMatch = 258
    static let minimumMatch = 3
    /// How many earlier places with the same three bytes are tried for a match.
    static let chainLimit = 48

    package static func compress(_ input: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.write(1, bits: 1)  // BFINAL: the only block
        out.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        let count = input.count
        let hashSize = 1 << 15
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: min(count, window))
        func hash(_ at: Int) -> Int {
            (Int(input[at]) << 10 ^ Int(input[at + 1]) << 5 ^ Int(input[at + 2])) & (hashSize - 1)
        }
        func insert(_ at: Int) {
            guard at + 2 < count else { return }
            let key = hash(at)
            previous[at % window] = head[key]
            head[key] = at
        }
        var position = 0
        while position < count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < count {
                var candidate = head[hash(position)]
                var tries = 0
                let limit = min(maximumMatch, count - position)
                while candidate >= 0 && position - candidate <= window && tries < chainLimit {
                    if input[candidate + bestLength] == input[position + bestLength] || bestLength == 0 {
                        var length = 0
                        while length < limit && input[candidate + length] == input[position + length] { length += 1 }
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    let next = previous[candidate % window]
                    // The chain runs back in position; a slot reused by a later position ends it.
                    guard next < candidate else { break }
                    candidate = next
                    tries += 1
                }
            }
            if bestLength >= minimumMatch {
                writeLength(bestLength, &out)
                writeDistance(bestDistance, &out)
                for at in position..<(position + bestLength) { insert(at) }
                position += bestLength
            } else {
                writeLiteral(Int(input[position]), &out)
                insert(position)
                position += 1
            }
        }
        writeLiteral(256, &out)  // end of block
        return out.finish()
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    static func writeLiteral(_ symbol: Int, _ out: inout BitWriter) {
        switch symbol {
        case 0...143: out.writeCode(0x30 + symbol, length: 8)
        case 144...255: out.writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: out.writeCode(symbol - 256, length: 7)
        default: out.writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    static func writeLength(_ length: Int, _ out: inout BitWriter) {
        var index = lengthBases.count - 1
        while lengthBases[index] > length { index -= 1 }
        writeLiteral(257 + index, &out)
        if lengthExtraBits[index] > 0 { out.write(UInt32(length - lengthBases[index]), bits: lengthExtraBits[index]) }
    }

    static func writeDistance(_ distance: Int, _ out: inout BitWriter) {
        var index = distanceBases.count - 1
        while distanceBases[index] > distance { index -= 1 }
        out.writeCode(index, length: 5)
        if distanceExtraBits[index] > 0 { out.write(UInt32(distance - distanceBases[index]), bits: distanceExtraBits[index]) }
    }

    /// Bits packed from the least significant end of each byte, as DEFLATE reads them.
    struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var used = 0

        /// `bits` low bits of `value`, least significant first (extra bits, block headers).
        mutating func write(_ value: UInt32, bits: Int) {
            buffer |= value << UInt32(used)
            used += bits
            while used >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                used -= 8
            }
        }

        /// A Huffman code, most significant bit first (RFC 1951, 3.1.1): its bits reversed.
        mutating func writeCode(_ code: Int, length: Int) {
            var reversed: UInt32 = 0
            for bit in 0..<length { reversed |= UInt32((code >> bit) & 1) << UInt32(length - 1 - bit) }
            write(reversed, bits: length)
        }

        mutating func finish() -> [UInt8] {
            if used > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            return bytes
        }
    }
}
