import Foundation
import Testing

@testable import CostsimCore

/// Runs `/usr/bin/python3` (Debian's, which CI has) with `script`, `input` on its standard input;
/// nil when it is not there.
func python(_ script: String, input: [UInt8]) throws -> (status: Int32, output: [UInt8])? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    let writer = Thread {
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, [UInt8](data))
}

@Suite("ZIP and DEFLATE")
struct ArchiveTests {
    @Test("CRC-32: the standard's check value")
    func crc() {
        // APPNOTE / ISO 3309: CRC-32 of the ASCII digits 1…9 is 0xCBF43926; of nothing, 0.
        #expect(CRC32.of(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.of([]) == 0)
        #expect(CRC32.update(CRC32.of(Array("1234".utf8)), Array("56789".utf8)) == 0xCBF4_3926)
    }

    @Test("DEFLATE of nothing is the one fixed block holding only its end: 03 00")
    func empty() {
        // BFINAL 1, BTYPE 01 (bits 1, 1, 0 from the low end), then symbol 256, seven 0 bits: 0b00000011, 0b00000000.
        #expect(Deflate.compress([]) == [0x03, 0x00])
    }

    @Test("zlib inflates what Deflate writes, byte for byte (random, repetitive and XML-like inputs)")
    func zlibReadsIt() throws {
        var random = SplitMix64(seed: 20_261_203)
        var inputs: [[UInt8]] = [
            Array("a".utf8), Array(String(repeating: "abc", count: 1_000).utf8),
            Array(String(repeating: "<c r=\"A1\" t=\"inlineStr\"><is><t>草津市</t></is></c>", count: 400).utf8),
            [UInt8](repeating: 0, count: 70_000),
        ]
        for _ in 0..<20 {
            let count = Int.random(in: 0...5_000, using: &random)
            let alphabet = Int.random(in: 1...256, using: &random)
            inputs.append((0..<count).map { _ in UInt8(Int.random(in: 0..<alphabet, using: &random)) })
        }
        for input in inputs {
            let compressed = Deflate.compress(input)
            guard
                let (status, output) = try python(
                    "import sys, zlib; sys.stdout.buffer.write(zlib.decompress(sys.stdin.buffer.read(), -15))", input: compressed)
            else {
                print("skipped: /usr/bin/python3 (zlib) is not installed")
                return
            }
            #expect(status == 0)
            #expect(output == input, "\(input.count) bytes")
        }
        // Repetition compresses: 3,000 bytes of "abc" take a few dozen.
        #expect(Deflate.compress(Array(String(repeating: "abc", count: 1_000).utf8)).count < 40)
    }

    @Test("a ZIP archive that Python's zipfile reads, every CRC checked; names in UTF-8")
    func zipReadable() throws {
        var zip = ZIPWriter(year: 2026, month: 12, day: 1)
        try zip.add("[Content_Types].xml", Array("<Types/>".utf8))
        try zip.add("xl/worksheets/sheet1.xml", Array(String(repeating: "<row/>", count: 500).utf8))
        try zip.add("負担金.txt", Array("草津市".utf8))
        let archive = try zip.finish()
        // The end record: its signature 22 bytes from the end, 3 entries.
        let end = archive.count - 22
        #expect(Array(archive[end..<(end + 4)]) == [0x50, 0x4B, 0x05, 0x06])
        #expect(archive[end + 10] == 3)
        let script = """
            import io, sys, zipfile
            z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
            assert z.testzip() is None
            for i in z.infolist(): print(i.filename, i.file_size, i.compress_type, i.date_time[:3])
            """
        guard let (status, output) = try python(script, input: archive) else {
            print("skipped: /usr/bin/python3 is not installed")
            return
        }
        #expect(status == 0)
        #expect(
            String(decoding: output, as: UTF8.self) == """
                [Content_Types].xml 8 0 (2026, 12, 1)
                xl/worksheets/sheet1.xml 3000 8 (2026, 12, 1)
                負担金.txt 9 0 (2026, 12, 1)

                """)
    }
}

@Suite("Inflate")
struct InflateTests {
    static func samples() -> [[UInt8]] {
        var random = SplitMix64(seed: 20_261_204)
        var inputs: [[UInt8]] = [[], Array("a".utf8), Array(String(repeating: "<row r=\"1\"><c/></row>", count: 900).utf8)]
        for _ in 0..<20 {
            let alphabet = Int.random(in: 1...256, using: &random)
            inputs.append((0..<Int.random(in: 0...6_000, using: &random)).map { _ in UInt8(Int.random(in: 0..<alphabet, using: &random)) })
        }
        return inputs
    }

    @Test("what Deflate writes inflates back, byte for byte")
    func roundTrip() throws {
        for input in Self.samples() {
            #expect(try Inflate.decompress(Deflate.compress(input), limit: 1 << 20) == input)
        }
    }

    @Test("what zlib writes — dynamic codes at level 9, stored blocks at level 0 — inflates to what it was")
    func zlibStreams() throws {
        for level in [9, 0, 1] {
            for input in Self.samples() {
                let script = """
                    import sys, zlib
                    c = zlib.compressobj(\(level), zlib.DEFLATED, -15)
                    sys.stdout.buffer.write(c.compress(sys.stdin.buffer.read()) + c.flush())
                    """
                guard let (status, compressed) = try python(script, input: input) else {
                    print("skipped: /usr/bin/python3 (zlib) is not installed")
                    return
                }
                #expect(status == 0)
                #expect(try Inflate.decompress(compressed, limit: 1 << 20) == input, "level \(level), \(input.count) bytes")
            }
        }
    }

    @Test("a bomb stops at the limit; truncated and random streams end in an error, never a trap")
    func hostile() throws {
        // 8 MiB of zeros: a literal, then 8,388,607 / 258 ≈ 32,514 matches of 258 bytes at distance 1, each symbol 285
        // (8 bits) and distance code 0 (5 bits): 32,514 × 13 bits ≈ 52,835 bytes — 159 times smaller.
        // With a 1 MiB limit inflating stops there.
        let bomb = Deflate.compress([UInt8](repeating: 0, count: 8 << 20))
        #expect((52_800...52_900).contains(bomb.count))
        #expect(throws: Inflate.Failure.tooLarge) { try Inflate.decompress(bomb, limit: 1 << 20) }
        let text = Deflate.compress(Array(String(repeating: "草津市,守山市,", count: 300).utf8))
        #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress(Array(text.prefix(text.count / 2)), limit: 1 << 20) }
        #expect(throws: Inflate.Failure.malformed) { try Inflate.decompress([0x07], limit: 100) }  // block type 3
        var random = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = try? Inflate.decompress(bytes, limit: 1 << 16)
        }
    }
}

@Suite("Reading ZIP archives")
struct ZIPArchiveTests {
    static func archive() throws -> [UInt8] {
        var zip = ZIPWriter(year: 2026, month: 12, day: 1)
        try zip.add("xl/workbook.xml", Array(String(repeating: "<sheet name=\"構成団体\"/>", count: 50).utf8))
        try zip.add("[Content_Types].xml", Array("<Types/>".utf8))
        return try zip.finish()
    }

    @Test("reads what ZIPWriter and Python's zipfile write: names, sizes, contents with their CRC checked")
    func reads() throws {
        let archive = try ZIPArchive(try Self.archive())
        #expect(archive.entries.map(\.name) == ["xl/workbook.xml", "[Content_Types].xml"])
        #expect(try archive.contents("[Content_Types].xml") == Array("<Types/>".utf8))
        #expect(
            try archive.contents("xl/workbook.xml").map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("<sheet name=\"構成団体\"/>") == true
        )
        #expect(try archive.contents("missing") == nil)
        let script = """
            import io, sys, zipfile
            b = io.BytesIO()
            with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('xl/sharedStrings.xml', '<sst>' + '<si><t>守山市</t></si>' * 300 + '</sst>')
                z.writestr('a.txt', 'x')
            sys.stdout.buffer.write(b.getvalue())
            """
        guard let (status, bytes) = try python(script, input: []) else {
            print("skipped: /usr/bin/python3 is not installed")
            return
        }
        #expect(status == 0)
        let python = try ZIPArchive(bytes)
        let strings = try #require(try python.contents("xl/sharedStrings.xml"))
        #expect(strings.count == 5 + 300 * Array("<si><t>守山市</t></si>".utf8).count + 6)
        #expect(try python.contents("a.txt") == [0x78])
    }

    @Test("limits: a bomb, too many entries, a wrong CRC, a cut file — each a clear error, fast")
    func hostile() throws {
        // A bomb: 16 MiB of zeros compress about 159 times (see InflateTests); with a ratio limit of 100 it is refused
        // from the directory alone, before anything is inflated.
        var zip = ZIPWriter(year: 2026, month: 12, day: 1)
        try zip.add("bomb.xml", [UInt8](repeating: 0, count: 16 << 20))
        let bomb = try zip.finish()
        var strict = ZIPArchive.Limits()
        strict.ratio = 100
        #expect(throws: ZIPArchive.Failure.suspiciousRatio(name: "bomb.xml", ratio: 100)) { try ZIPArchive(bomb, limits: strict) }
        strict.entrySize = 1 << 20
        #expect(throws: ZIPArchive.Failure.tooLarge(name: "bomb.xml", limit: 1 << 20)) { try ZIPArchive(bomb, limits: strict) }
        var few = ZIPArchive.Limits()
        few.entries = 1
        #expect(throws: ZIPArchive.Failure.tooManyEntries(count: 2, limit: 1)) { try ZIPArchive(try Self.archive(), limits: few) }
        // A byte of the data changed: the CRC-32 no longer matches.
        var damaged = try Self.archive()
        let data = 30 + Array("xl/workbook.xml".utf8).count + 5
        damaged[data] ^= 0x20
        #expect(throws: ZIPArchive.Failure.self) { try ZIPArchive(damaged).contents("xl/workbook.xml") }
        #expect(throws: ZIPArchive.Failure.notZIP) { try ZIPArchive(Array(try Self.archive().prefix(40))) }
        #expect(throws: ZIPArchive.Failure.notZIP) { try ZIPArchive(Array("団体コード,参加月\n".utf8)) }
    }

    @Test("mutated archives end in an error or their contents, never a trap")
    func fuzz() throws {
        let archive = try Self.archive()
        var random = SplitMix64(seed: 99)
        for _ in 0..<2_000 {
            var bytes = archive
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
            guard let read = try? ZIPArchive(bytes) else { continue }
            for entry in read.entries { _ = try? read.contents(entry.name) }
        }
    }
}
