/// A ZIP archive read through its central directory (APPNOTE 6.3.10): the entries' names, sizes and
/// checksums, and each entry's contents on demand, stored or DEFLATE, its CRC-32 checked.
///
/// Limits make a hostile archive a clear error rather than a full memory: at most `Limits.entries`
/// entries, each at most `Limits.entrySize` bytes inflated and at most `Limits.ratio` times its
/// compressed size (a zip bomb inflates thousands of times), all together at most `Limits.totalSize`.
/// The sizes are the directory's; inflating never goes past the size declared, so a lying header ends
/// in an error too.
package struct ZIPArchive: Sendable {
    package struct Limits: Sendable {
        package var entries = 10_000
        package var entrySize = 64 << 20
        package var totalSize = 256 << 20
        package var ratio = 200

        package init() {}
    }

    package enum Failure: Error, Equatable {
        /// No end-of-central-directory record: not a ZIP archive (or cut short).
        case notZIP
        /// The directory or an entry runs past the end of the file.
        case truncated
        /// ZIP64, several disks, or encryption: not what a spreadsheet application writes for a workbook.
        case unsupported(String)
        case tooManyEntries(count: Int, limit: Int)
        /// An entry would inflate past the limit (`limit` bytes), or compresses more than `ratio` times.
        case tooLarge(name: String, limit: Int)
        case suspiciousRatio(name: String, ratio: Int)
        /// The entry's data do not inflate to what the directory says (its size or CRC-32).
        case corrupt(name: String)
    }

    package struct Entry: Sendable, Equatable {
        package let name: String
        let method: Int
        let flags: Int
        let crc: UInt32
        let compressedSize: Int
        package let size: Int
        let localHeaderOffset: Int
    }

    package let entries: [Entry]
    let bytes: [UInt8]
    let limits: Limits

    package init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535).
        guard bytes.count >= 22 else { throw .notZIP }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest && Self.u32(bytes, end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw .notZIP }
        let count = Self.u16(bytes, end + 10)
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        if Self.u16(bytes, end + 4) != 0 || Self.u16(bytes, end + 6) != 0 { throw .unsupported("several disks") }
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard count <= limits.entries else { throw .tooManyEntries(count: count, limit: limits.entries) }
        guard directoryOffset + directorySize <= end else { throw .truncated }
        var entries: [Entry] = []
        var position = directoryOffset
        var total = 0
        for _ in 0..<count {
            guard position + 46 <= end, Self.u32(bytes, position) == 0x0201_4B50 else { throw .truncated }
            let nameLength = Self.u16(bytes, position + 28)
            let extraLength = Self.u16(bytes, position + 30)
            let commentLength = Self.u16(bytes, position + 32)
            guard position + 46 + nameLength <= end else { throw .truncated }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: Self.u16(bytes, position + 10), flags: Self.u16(bytes, position + 8),
                crc: Self.u32(bytes, position + 16),
                compressedSize: Int(Self.u32(bytes, position + 20)), size: Int(Self.u32(bytes, position + 24)),
                localHeaderOffset: Int(Self.u32(bytes, position + 42)))
            if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
            if entry.flags & 1 != 0 { throw .unsupported("encryption") }
            guard entry.size <= limits.entrySize else { throw .tooLarge(name: name, limit: limits.entrySize) }
            total += entry.size
            guard total <= limits.totalSize else { throw .tooLarge(name: name, limit: limits.totalSize) }
            if entry.size > 1 << 16 && entry.size / max(entry.compressedSize, 1) > limits.ratio {
                throw .suspiciousRatio(name: name, ratio: limits.ratio)
            }
            entries.append(entry)
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry called `name` (exactly; ZIP names are case-sensitive), inflated and checked; nil when there is none.
    package func contents(_ name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else { throw .truncated }
        let start = header + 30 + Self.u16(bytes, header + 26) + Self.u16(bytes, header + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .truncated }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        let contents: [UInt8]
        switch entry.method {
        case 0:
            contents = data
        case 8:
            do { contents = try Inflate.decompress(data, limit: entry.size) } catch { throw .corrupt(name: name) }
        default:
            throw .unsupported("compression method \(entry.method)")
        }
        guard contents.count == entry.size, CRC32.of(contents) == entry.crc else { throw .corrupt(name: name) }
        return contents
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
