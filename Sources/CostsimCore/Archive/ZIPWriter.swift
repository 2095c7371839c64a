/// A ZIP archive (APPNOTE 6.3.10) of a few small files, as an Office Open XML package is: each
/// entry's local header and data, then the central directory and its end record. Entries are
/// stored as DEFLATE streams (`Deflate.compress`), names in UTF-8 (flag bit 11). No ZIP64: an
/// archive past 4 GiB or 65,535 entries is refused, which a workbook of costsim never comes near.
///
/// Every entry carries the same modification time (the day the workbook says it was made, at
/// midnight), so that the same input makes the same bytes.
package struct ZIPWriter {
    /// Too large for an archive without ZIP64.
    package struct TooLarge: Error, Equatable {}

    struct Entry {
        let name: [UInt8]
        let crc: UInt32
        let compressedSize: UInt32
        let size: UInt32
        let offset: UInt32
        let method: UInt16
    }

    private(set) var bytes: [UInt8] = []
    private var entries: [Entry] = []
    let dosDate: UInt16
    let dosTime: UInt16 = 0

    /// - Parameters: the day written as every entry's modification date (1980 to 2107).
    package init(year: Int, month: Int, day: Int) {
        let year = min(max(year, 1980), 2107)
        dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
    }

    /// Adds a file: its name (a path with `/`) and contents, compressed where that makes it smaller.
    package mutating func add(_ name: String, _ contents: [UInt8]) throws(TooLarge) {
        let deflated = Deflate.compress(contents)
        let (method, data): (UInt16, [UInt8]) = deflated.count < contents.count ? (8, deflated) : (0, contents)
        guard let size = UInt32(exactly: contents.count), let compressedSize = UInt32(exactly: data.count),
            let offset = UInt32(exactly: bytes.count), entries.count < 0xFFFF, bytes.count + data.count < 0xFFFF_0000
        else { throw TooLarge() }
        let entry = Entry(
            name: Array(name.utf8), crc: CRC32.of(contents), compressedSize: compressedSize, size: size, offset: offset, method: method)
        // Local file header.
        append32(0x0403_4B50)
        append16(20)  // version needed: 2.0 (DEFLATE)
        append16(0x0800)  // flags: names in UTF-8
        append16(method)
        append16(dosTime)
        append16(dosDate)
        append32(entry.crc)
        append32(entry.compressedSize)
        append32(entry.size)
        append16(UInt16(entry.name.count))
        append16(0)  // no extra field
        bytes += entry.name
        bytes += data
        entries.append(entry)
    }

    /// The archive: the entries, then the central directory and its end record.
    package mutating func finish() throws(TooLarge) -> [UInt8] {
        guard let directoryOffset = UInt32(exactly: bytes.count) else { throw TooLarge() }
        for entry in entries {
            append32(0x0201_4B50)
            append16(0x0314)  // made by: Unix, 2.0
            append16(20)
            append16(0x0800)
            append16(entry.method)
            append16(dosTime)
            append16(dosDate)
            append32(entry.crc)
            append32(entry.compressedSize)
            append32(entry.size)
            append16(UInt16(entry.name.count))
            append16(0)  // extra
            append16(0)  // comment
            append16(0)  // disk
            append16(0)  // internal attributes
            append32(0o100644 << 16)  // external: a regular file, rw-r--r--
            append32(entry.offset)
            bytes += entry.name
        }
        guard let directorySize = UInt32(exactly: bytes.count - Int(directoryOffset)) else { throw TooLarge() }
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(directorySize)
        append32(directoryOffset)
        append16(0)  // no comment
        return bytes
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
