import CloudCostModel
import CostsimCore
import CostsimReports
import Testing

@testable import CostsimCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line's own messages (usage, reading and writing files) in both languages.
@Suite("Command-line messages in Japanese and English")
struct CLIMessageTests {
    static let everyUsage: [Usage] = [
        .missingCommand, .unknownCommand(quoted: "\"rn\"", suggestion: "run"), .unknownOption(shown: "--x", suggestion: nil),
        .takesNoValue(option: "--force"), .needsValue(option: "--out", synopsis: "--out DIR"), .givenTwice(option: "--case"),
        .requiredOption(synopsis: "--fiscal-year Y", help: "the fiscal year"), .notOneOf(option: "--unit", choices: ["yen"], got: "\"x\""),
        .notWholeNumber(option: "--seed", low: 0, high: 9, got: "\"-1\""), .notFiscalYear(option: "--fiscal-year", got: "\"x\""),
        .notMonth(option: "--from", got: "\"2021-4\""), .notPercentage(option: "--fx", points: false, got: "\"200\""),
        .notPercentage(option: "--growth-points", points: true, got: "\"200\""), .missingFile,
        .tooManyFiles(count: 2, shown: "\"a\" \"b\""), .unitNotWith(format: "CSV", formats: ["table", "html"]),
        .eraNotWith(format: "JSON", formats: ["table"]), .onlyWithFormat(option: "--fiscal-year", formats: ["markdown", "html"]),
        .fiscalYearOutside(year: 2030, caseName: nil, low: 2016, high: 2025),
        .fiscalYearOutside(year: 2030, caseName: "longer", low: 2016, high: 2025),
        .noSuchMember(quoted: "\"x\"", suggestion: "koka", ids: "koka"), .noSuchCase(quoted: "\"x\"", cases: ["plan"]),
        .toBeforeFrom(to: "2020-04", from: "2021-04"), .onePackPerMember(format: "html"), .missingSpreadsheet,
        .unexpectedOperand(quoted: "\"x\""), .feeOrReduction, .badMember(.noMembers), .memberTwice(quoted: "\"25441\"", name: "豊郷町"),
    ]

    static let everyInputError: [InputError] = [
        .invalidScenario(.standardInput, .notUTF8(byteOffset: 3)), .invalidScenario(.file("a.json"), .invalid([])),
        .closed(.standardInput), .isFolder(.file("dir")), .tooLarge(.standardInput, megabytes: 64),
        .tooLarge(.file("big.json"), megabytes: 64), .unreadable(.file("a.json"), SystemError(code: EACCES)),
        .unreadable(.standardInput, SystemError(code: EIO)), .noSuchFile("a.json"), .standardInputFailed("x"),
        .alreadyExist(["a.md", "a.html"]), .unwritable("a.md", SystemError(code: ENOSPC)), .notAFolder("out"),
        .folderNotMade("out/x", parentNotFolder: "out", nil), .folderNotMade("out/x", parentNotFolder: nil, SystemError(code: EROFS)),
        .folderNotMade("out/x", parentNotFolder: nil, nil),
    ]

    static func hasHiragana(_ text: String) -> Bool { text.unicodeScalars.contains { (0x3040...0x309F).contains($0.value) } }

    @Test("every usage mistake is said in Japanese, and in English")
    func usage() {
        for usage in Self.everyUsage {
            #expect(Self.hasHiragana(usage.japanese), "\(usage.japanese)")
            #expect(!Self.hasHiragana(usage.english), "\(usage.english)")
        }
    }

    @Test("every file problem is said in Japanese, and in English")
    func input() {
        for error in Self.everyInputError {
            #expect(Self.hasHiragana(error.text(.ja)), "\(error.text(.ja))")
            #expect(!Self.hasHiragana(error.text(.en)), "\(error.text(.en))")
        }
        // By hand: the two messages a user meets most, whole.
        #expect(InputError.noSuchFile("town.json").text(.ja) == "town.json: ファイルがありません")
        #expect(
            InputError.unwritable("out/a.html", SystemError(code: ENOSPC)).text(.ja) == "out/a.html に書き込めません: ディスクに空きがありません")
    }

    @Test("--lang is found before parsing, so a mistake in the command line is said in its language")
    func languageFirst() {
        #expect(Costsim.language(of: ["run", "x.json"]) == .ja)
        #expect(Costsim.language(of: ["run", "--lang", "en", "x.json"]) == .en)
        #expect(Costsim.language(of: ["run", "--lang=en", "--lang", "ja"]) == .ja)
        #expect(Costsim.language(of: ["run", "--", "--lang", "en"]) == .ja)  // after --, a file called --lang
        #expect(costsim("validate", "--lang", "en").standardError.hasPrefix("costsim: missing the scenario FILE\n"))
        #expect(costsim("validate").standardError.hasPrefix("costsim: シナリオファイル（FILE）を指定してください\n"))
    }
}
