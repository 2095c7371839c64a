import Testing

@testable import CostsimCore
@testable import CostsimReports

/// What a page says made it (issue 18, item 13): the digest of its input, and the day.
@Suite("Provenance: SHA-256 and the day a page was made")
struct ProvenanceTests {
    @Test(
        "SHA-256 gives the digests of FIPS 180-4's examples (one block, two blocks, padding across blocks)",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test("SHA-256 of a million a's, and of 55, 56 and 64 bytes (where the padding needs one block, two, or a block of its own)")
    func longAndBoundaries() {
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // `printf 'a%.0s' $(seq 55) | sha256sum` and so on, worked with coreutils.
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test("the day is Japan's (UTC+9): 15:00 UTC is already the next day there; leap days; before 1970")
    func days() {
        func day(_ seconds: Int64) -> [Int] {
            let made = Provenance.Day(unixTime: seconds)
            return [made.year, made.month, made.day]
        }
        #expect(day(0) == [1970, 1, 1])  // 09:00 in Tokyo
        #expect(day(1_796_083_200) == [2026, 12, 1])  // 2026-12-01T00:00Z, scripts/make-reports' day
        #expect(day(1_796_050_799) == [2026, 11, 30])  // 2026-11-30T14:59:59Z: 23:59:59 in Tokyo
        #expect(day(1_796_050_800) == [2026, 12, 1])  // 15:00Z: midnight in Tokyo
        #expect(day(1_709_164_800) == [2024, 2, 29])  // 2024-02-29T00:00Z
        #expect(day(951_782_400) == [2000, 2, 29])  // 2000 is a leap year (divisible by 400)
        #expect(day(-32_401) == [1969, 12, 31])  // 1969-12-31T14:59:59Z
    }

    @Test("the footer line names the version, each input and its digest, the --set changes, the case and the day")
    func text() {
        let made = Provenance(
            version: "0.18.0", inputs: [.init(name: "omi.json", bytes: Array("abc".utf8)), .init(name: nil, bytes: [])],
            changes: ["fx.2027=160"], made: .init(year: 2026, month: 12, day: 1))
        #expect(
            made.text(.ja, years: .japanese, caseName: "計画")
                == "costsim 0.18.0／入力: omi.json（SHA-256: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad）、"
                + "標準入力（SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855）／変更: --set fx.2027=160"
                + "／ケース: 計画／作成日: 令和8年12月1日")
        #expect(made.text(.en, years: .western).hasSuffix("changed: --set fx.2027=160 · made 2026-12-01"))
    }
}
