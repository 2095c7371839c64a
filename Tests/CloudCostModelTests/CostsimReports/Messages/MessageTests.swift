import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

/// Messages follow `--lang`: Japanese (the default) for finance staff, English on request. Each
/// message is one typed value with a text in each language's table.
@Suite("Messages in Japanese and English")
struct MessageTests {
    /// One sample of every `Problem`, so that a case whose Japanese was left in English is found.
    static let everyProblem: [Problem] = [
        .notAnObject(found: .array), .unknownKey(quotedKey: "\"x\"", suggestion: "id", allowed: ["id"]),
        .unknownKey(quotedKey: "\"x\"", suggestion: nil, allowed: ["id", "name"]), .required(.municipalityName),
        .notText(.memberID, found: .number), .notNumber(.yen, found: .string, hint: nil),
        .notNumber(.yen, found: .string, hint: .fullWidthDigits), .notNumber(.yen, found: .string, hint: .quoted),
        .tooManyDecimals(number: "0.1234567"), .tooLarge(number: "1e99"),
        .outOfRange(number: "2", .subsidyRate, low: "0", high: "1"), .notWhole(number: "1.5", .population),
        .monthNotText(found: .number), .notMonth(quoted: "\"2019-4\""),
        .notOneOf(options: ["a", "b"], found: .string, text: "\"c\""), .notOneOf(options: ["a", "b"], found: .bool, text: nil),
        .notList(.fees, found: .object), .emptyByYear(.population), .notFiscalYearKey(quoted: "\"R2\""),
        .byYearStartsLate(first: 2021, needed: 2020), .emptyText, .textTooManyBytes(bytes: 4000, limit: 200),
        .textTooLong(characters: 300, limit: 200), .invisibleCharacter(codePoint: "U+001B"),
        .unknownFormat(quoted: "\"costsim/2\""), .endBeforeStart(end: "2019", start: "2020", startField: "fiscalYears.from"),
        .tooManyFiscalYears(count: 60, limit: 50), .noMembers, .duplicateID(quoted: "\"a\"", previous: 0),
        .invalidID(quoted: "\"A\""), .codeAsNumber(digits: "252069"), .notLocalGovernmentCode(quoted: "\"1\""),
        .wrongCheckDigit(code: "252061", given: 1, expected: 9), .leavesWithoutJoining,
        .leavesNotAfterJoins(leaves: "2020-04", joins: "2021-04"), .populationGrowsTooLarge(limit: 100, fiscalYear: 2030),
        .unknownRepresentative(quoted: "\"x\"", suggestion: "a"), .representativeRequired,
        .duplicateLabel(quoted: "\"f\"", previous: 0), .usageRequired(feeIndex: 0, label: "f"), .usdNeedsFX, .noFeeKind,
        .severalFeeKinds(["shared", "perMember"]), .splitOnlyForShared, .noTiers, .tierNotAscending(upTo: 1, previous: 2),
        .tierAfterUnbounded, .lastTierBounded, .noSharedForm, .severalSharedForms(["monthly", "once"]), .amountOnlyWithOnce,
        .splitSum(sum: "0.9"), .reservedVariantName(quoted: "\"plan\""), .duplicateVariantName(quoted: "\"v\"", previous: 0),
        .patchNotObject(found: .array), .patchChangesVariants, .patchItemNeedsKey(keyField: "id"),
        .patchRemoveForm(keyField: "id", key: "a"), .patchNothingToRemove(keyField: "id", quotedKey: "\"a\""), .setNeedsEquals,
        .setEmptyPart, .setTooDeep(parts: 20, limit: 16), .setNoKeyedItem(keyField: "id", quotedKey: "\"x\"", suggestion: "a"),
        .setNoIndex(key: "5", count: 2), .setNotContainer(location: "name", found: .string, key: "x"),
        .unknownCode(quoted: "\"25440\"", nearest: ["25441 豊郷町"]), .estimateTooLarge(limit: 10), .pending("personnel"),
        .pending("joinCost"), .nameNotOfCode(name: "豊郷町", code: "25442", censusName: "甲良町"), .nobodyJoins,
        .missingCells(cells: 3, headings: 4), .noFeeMembers, .unknownFeeMember(quoted: "\"x\"", suggestion: "a"),
        .duplicateFeeMember(quoted: "\"a\""), .setKeyMismatch(keyField: "id", key: "a"),
        .windowNotBeforeLeaving(month: "2027-04", leaves: "2027-01"), .noBudgetYears, .duplicateYear(year: 2027),
        .budgetYearsText(quoted: "\"2027年\""), .closedMonthForm(found: .bool), .duplicateClosedMonth(month: "1"),
    ]

    /// Words of an English sentence that a Japanese message never needs.
    static let englishWords = [" is ", " must ", "expected", "required", " the ", " a ", "found", "write "]

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Hiragana: the sign of a Japanese sentence (English messages keep Japanese terms such as 全国地方公共団体コード).
    static func hasHiragana(_ text: String) -> Bool { text.unicodeScalars.contains { (0x3040...0x309F).contains($0.value) } }

    @Test("every problem says itself in Japanese, and in English without Japanese sentences", arguments: everyProblem)
    func bothLanguages(problem: Problem) {
        let japanese = problem.text(.ja)
        #expect(Self.hasJapanese(japanese), "\(japanese)")
        for word in Self.englishWords { #expect(!japanese.contains(word), "\(japanese)") }
        #expect(!Self.hasHiragana(problem.text(.en)), "\(problem.text(.en))")
    }

    @Test("a scenario's problems in Japanese, as validate prints them")
    func scenarioInJapanese() throws {
        // Four slips a finance officer makes, each written out here as the message must read.
        let json = """
            {"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": 2020},
             "members": [{"id": "a", "name": "甲町", "population": "１２００", "joins": "2020-4",
                          "standalone": {"annualCost": 1}, "joinCosts": 5}],
             "group": {"fees": [{"label": "f", "shared": {"monthly": 1}, "split": {"equal": 0.5}}]}}
            """
        do {
            _ = try ScenarioDecoder.load(Array(json.utf8))
            Issue.record("expected problems")
        } catch {
            #expect(
                error.text(.ja) == """
                    members[0]（甲町）.joinCosts: "joinCosts" という項目はありません。"joinCost" の誤りではありませんか？
                    members[0]（甲町）.population: 人口を数値で書いてください（文字列が書かれています）。全角数字です: 引用符を付けずに半角数字で書いてください（例: 7000）
                    members[0]（甲町）.joins: "2020-4" は年月ではありません。"YYYY-MM" で書いてください（例: "2019-04"。年は1900〜2199、月は01〜12）
                    group.fees[0].split: 係数の合計が 0.5 です。合計はちょうど 1 にしてください
                    """)
            #expect(error.text(.en).hasPrefix("members[0]（甲町）.joinCosts: unknown key \"joinCosts\"; did you mean \"joinCost\"?\n"))
        }
    }

    @Test("JSON slips in Japanese: where, what, and the common cause")
    func syntaxInJapanese() {
        for (text, expected) in [
            ("{\"a\": 1,}", "1行9列目: 項目名はダブルクォート \"…\" で囲んでください（'}' があります）（JSON では閉じ括弧 '}' や ']' の直前にカンマを置けません。最後のカンマを削除してください）"),
            ("{'a': 1}", "1行2列目: 項目名はダブルクォート \"…\" で囲んでください（''' があります）（JSON では文字列と項目名をシングルクォートではなくダブルクォート \"…\" で囲みます）"),
            ("{\"a\": ７}", "1行7列目: '７' は値として読めません（全角数字です。数値は ７０００ ではなく 7000 のように半角数字で書いてください）"),
        ] {
            do {
                _ = try JSONParser.parse(text)
                Issue.record("expected an error for \(text)")
            } catch {
                #expect(error.text(.ja) == expected)
            }
        }
    }

    @Test("a figure too large names where, in either language")
    func overflowInJapanese() {
        let error = AmountOverflowError(context: [.name("草津市"), .fiscalYear(2020), .name("事務局経費"), .category(.system)])
        #expect(error.text(.ja) == "草津市、2020年度、事務局経費、システム経費: 金額が 9,223,372,036,854,775,807 円を超えます。costsim が扱える最大の金額です")
        #expect(error.text(.en).hasPrefix("草津市, fiscal year 2020, 事務局経費, system: the amount exceeds"))
    }
}

extension MessageTests {
    @Test("an analysis that is refused says why and what to do, in Japanese")
    func analysisInJapanese() {
        let error = AnalysisError.tooManyJoinMonths(months: 600, members: 1_100, fiscalYears: 50, fitting: 544)
        #expect(
            error.text(.ja)
                == "600 か月の参加月を試すには、1100 団体・50 年度の計算を 601 回行うため、何分もかかります。--from と --to で 544 か月以内に絞ってください")
        #expect(error.text(.en).hasPrefix("trying 600 join months means 601 runs of 1100 members over 50 fiscal years"))
    }
}
