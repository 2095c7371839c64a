import Foundation
import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Validation: every problem, with where it is")
struct ValidationTests {
    let fee = #"{"label": "f", "perMember": {"monthly": 1}}"#

    /// Expects exactly one problem, at `path`, whose message contains `words`.
    func expectProblem(_ json: String, at path: String, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(json)
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.hasPrefix("\(path): ") == true, "\(found)", sourceLocation: sourceLocation)
        #expect(found.first?.contains(words) == true, "\(found)", sourceLocation: sourceLocation)
    }

    @Test("a valid scenario has no problems")
    func valid() {
        #expect(problems(scenarioJSON(members: [memberJSON("a")], fees: [fee])) == [])
    }

    @Test("tierPopulation needs a tier list, and is a population by fiscal year (issue 19)")
    func tierPopulation() {
        expectProblem(
            scenarioJSON(
                members: [memberJSON("a")], fees: [#"{"label": "f", "perTenThousand": {"monthly": 1000, "tierPopulation": 5000}}"#]),
            at: "group.fees[0].perTenThousand.tierPopulation", saying: "as a tier list")
        let tiers = #"[{"upTo": 100, "rate": 2}, {"upTo": null, "rate": 1}]"#
        expectProblem(
            scenarioJSON(
                members: [memberJSON("a")],
                fees: [#"{"label": "f", "perTenThousand": {"monthly": \#(tiers), "tierPopulation": "many"}}"#]),
            at: "group.fees[0].perTenThousand.tierPopulation", saying: "expected a total population (a number), found a string")
        #expect(
            problems(
                scenarioJSON(
                    members: [memberJSON("a")],
                    fees: [#"{"label": "f", "perTenThousand": {"monthly": \#(tiers), "tierPopulation": {"2020": 50}}}"#])) == [])
    }

    @Test("an unknown key is an error, with the key it probably meant")
    func unknownKey() {
        expectProblem(
            scenarioJSON(members: [memberJSON("a", #""joinCosts": 100"#)]), at: "members[0].joinCosts", saying: "did you mean \"joinCost\"")
        expectProblem(
            scenarioJSON(members: [memberJSON("a")], top: #""discountrate": 0.1"#), at: "discountrate", saying: "\"discountRate\"")
        expectProblem(
            scenarioJSON(members: [memberJSON("a")], fees: [#"{"label": "f", "perMember": {"monthly": 1, "montly": 2}}"#]),
            at: "group.fees[0].perMember.montly", saying: "unknown key")
    }

    @Test("format, name and fiscal years")
    func topLevel() {
        let ok = scenarioJSON(members: [memberJSON("a")])
        expectProblem(ok.replacing("costsim/1", with: "costsim/2"), at: "format", saying: "costsim/1")
        expectProblem(ok.replacing(#""to": 2020"#, with: #""to": 2019"#), at: "fiscalYears.to", saying: "before")
        expectProblem(ok.replacing(#""to": 2020"#, with: #""to": 2080"#), at: "fiscalYears", saying: "more than the 50")
        expectProblem(ok.replacing(#""name": "test", "#, with: ""), at: "name", saying: "required")
    }

    @Test("the local government code's check digit")
    func code() {
        expectProblem(scenarioJSON(members: [memberJSON("a", #""code": "252061""#)]), at: "members[0].code", saying: "check digit 1")
        expectProblem(scenarioJSON(members: [memberJSON("a", #""code": "2520""#)]), at: "members[0].code", saying: "5 digits, or 6")
        #expect(problems(scenarioJSON(members: [memberJSON("a", #""code": "252069""#)])) == [])
        // Five digits, as census tables print them, stand for the code with its check digit.
        #expect(problems(scenarioJSON(members: [memberJSON("a", #""code": "25206""#)])) == [])
    }

    @Test("months, ids and join/leave order")
    func months() {
        expectProblem(scenarioJSON(members: [memberJSON("a", joins: "2019-4")]), at: "members[0].joins", saying: "\"YYYY-MM\"")
        expectProblem(
            scenarioJSON(members: [memberJSON("a", joins: "2020-04", #""leaves": "2020-04""#)]), at: "members[0].leaves",
            saying: "after joins")
        expectProblem(
            scenarioJSON(members: [memberJSON("a", joins: nil, #""leaves": "2020-04""#)]), at: "members[0].leaves", saying: "never joins")
        expectProblem(scenarioJSON(members: [memberJSON("Kusatsu")]), at: "members[0].id", saying: "lower-case")
        expectProblem(
            scenarioJSON(members: [memberJSON("a"), memberJSON("a")]), at: "members[1].id", saying: "already the id of members[0]")
    }

    @Test("FY-values: keys are years and the first is not after fiscalYears.from")
    func fyValues() {
        let late = #"{"id": "a", "name": "a", "population": {"2021": 5}, "standalone": {"annualCost": 0}}"#
        expectProblem(scenarioJSON(members: [late]), at: "members[0].population", saying: "needed from 2020")
        let badKey = #"{"id": "a", "name": "a", "population": {"FY2020": 5}, "standalone": {"annualCost": 0}}"#
        expectProblem(scenarioJSON(members: [badKey]), at: "members[0].population.FY2020", saying: "not a fiscal year")
    }

    @Test("numbers: types, ranges, whole yen and at most 6 decimal places")
    func numbers() {
        expectProblem(
            scenarioJSON(members: [memberJSON("a")], top: #""discountRate": 0.0000001"#), at: "discountRate",
            saying: "more than 6 decimal places")
        expectProblem(
            scenarioJSON(members: [memberJSON("a", annualCost: 10_000_000_000_001)]), at: "members[0].standalone.annualCost",
            saying: "out of range")
        expectProblem(scenarioJSON(members: [memberJSON("a", #""joinCost": -1"#)]), at: "members[0].joinCost", saying: "out of range")
        expectProblem(scenarioJSON(members: [memberJSON("a", #""joinCost": 10.5"#)]), at: "members[0].joinCost", saying: "whole number")
        expectProblem(scenarioJSON(members: [memberJSON("a", #""joinCost": "100""#)]), at: "members[0].joinCost", saying: "found a string")
        expectProblem(
            scenarioJSON(members: [memberJSON("a", #""joinSubsidyRate": 1.5"#)]), at: "members[0].joinSubsidyRate", saying: "from 0 to 1")
        expectProblem(
            scenarioJSON(members: [memberJSON("a", population: 1_000_000_001)]), at: "members[0].population", saying: "out of range")
    }

    @Test("population growth that would exceed the limit")
    func growthLimit() {
        let member = #"{"id": "a", "name": "a", "population": 900000000, "populationGrowth": 0.5, "standalone": {"annualCost": 0}}"#
        expectProblem(scenarioJSON(from: 2020, to: 2021, members: [member]), at: "members[0].populationGrowth", saying: "exceed")
    }

    @Test("splits must sum to exactly 1, also after a variant's patch")
    func splits() {
        let bad = #"{"label": "f", "shared": {"monthly": 100}, "split": {"equal": 0.3, "population": 0.6}}"#
        expectProblem(scenarioJSON(members: [memberJSON("a")], fees: [bad]), at: "group.fees[0].split", saying: "sum to 0.9")
        let good = #"{"label": "f", "shared": {"monthly": 100}, "split": {"equal": 1}}"#
        let variant = #""variants": [{"name": "v", "patch": {"group": {"fees": [{"label": "f", "split": {"population": 0.5}}]}}}]"#
        expectProblem(
            scenarioJSON(members: [memberJSON("a")], fees: [good], top: variant),
            at: "variants[0] (v) group.fees[0].split", saying: "sum to 1.5")
    }

    @Test("fees: exactly one kind, split only when shared, tiers end unbounded, unique labels")
    func fees() {
        let member = [memberJSON("a")]
        expectProblem(
            scenarioJSON(
                members: member, fees: [#"{"label": "f", "perMember": {"monthly": 1}, "shared": {"monthly": 1}, "split": {"equal": 1}}"#]),
            at: "group.fees[0]", saying: "exactly one")
        expectProblem(
            scenarioJSON(members: member, fees: [#"{"label": "f", "perMember": {"monthly": 1}, "split": {"equal": 1}}"#]),
            at: "group.fees[0].split", saying: "only a \"shared\" fee")
        expectProblem(
            scenarioJSON(members: member, fees: [#"{"label": "f", "shared": {"monthly": 1}}"#]),
            at: "group.fees[0].split", saying: "required")
        expectProblem(
            scenarioJSON(members: member, fees: [#"{"label": "f", "perTenThousand": {"monthly": [{"upTo": 100, "rate": 5}]}}"#]),
            at: "group.fees[0].perTenThousand.monthly[0].upTo", saying: "must have \"upTo\": null")
        expectProblem(
            scenarioJSON(
                members: member,
                fees: [
                    #"{"label": "f", "perTenThousand": {"monthly": [{"upTo": 100, "rate": 5}, {"upTo": 50, "rate": 4}, {"upTo": null, "rate": 3}]}}"#
                ]),
            at: "group.fees[0].perTenThousand.monthly[1].upTo", saying: "greater than")
        expectProblem(scenarioJSON(members: member, fees: [fee, fee]), at: "group.fees[1].label", saying: "already the label")
        expectProblem(
            scenarioJSON(members: member, fees: [#"{"label": "f", "category": "cloud", "perMember": {"monthly": 1}}"#]),
            at: "group.fees[0].category", saying: "\"governmentCloud\"")
        expectProblem(
            scenarioJSON(members: member, fees: [#"{"label": "f", "from": "2021-04", "to": "2020-04", "perMember": {"monthly": 1}}"#]),
            at: "group.fees[0].to", saying: "before from")
    }

    @Test("USD fees need fx; JPY amounts are whole yen, USD amounts may have decimals")
    func currency() {
        let usd = #"{"label": "f", "currency": "USD", "perMember": {"monthly": 10.25}}"#
        expectProblem(scenarioJSON(members: [memberJSON("a")], fees: [usd]), at: "group.fees[0].currency", saying: "\"fx\"")
        #expect(problems(scenarioJSON(members: [memberJSON("a")], fees: [usd], top: #""fx": 150"#)) == [])
        let jpy = #"{"label": "f", "perMember": {"monthly": 10.25}}"#
        expectProblem(scenarioJSON(members: [memberJSON("a")], fees: [jpy]), at: "group.fees[0].perMember.monthly", saying: "whole number")
    }

    @Test("the representative must be a member, and is needed for the representative rule")
    func representative() {
        expectProblem(
            scenarioJSON(members: [memberJSON("kusatsu")], group: #""representative": "kusatu""#),
            at: "group.representative", saying: "did you mean \"kusatsu\"")
        expectProblem(
            scenarioJSON(members: [memberJSON("a")], group: #""remainder": "representative""#),
            at: "group.representative", saying: "required")
    }

    @Test("a usage split needs every member's usage")
    func usage() {
        let fee = #"{"label": "f", "shared": {"monthly": 10}, "split": {"usage": 1}}"#
        let members = [memberJSON("a", #""usage": 3"#), memberJSON("b")]
        expectProblem(scenarioJSON(members: members, fees: [fee]), at: "members[1].usage", saying: "split by usage")
    }

    @Test("variants: names, and patches that remove what is not there")
    func variants() {
        let base = [memberJSON("a")]
        expectProblem(
            scenarioJSON(members: base, top: #""variants": [{"name": "plan", "patch": {}}]"#), at: "variants[0].name", saying: "built-in")
        expectProblem(
            scenarioJSON(members: base, top: #""variants": [{"name": "v", "patch": {"members": [{"id": "x", "remove": true}]}}]"#),
            at: "variants[0].patch.members[0]", saying: "no item with id \"x\"")
        expectProblem(
            scenarioJSON(members: base, top: #""variants": [{"name": "v", "patch": {"members": [{"id": "a", "joins": "2020-13"}]}}]"#),
            at: "variants[0] (v) members[0].joins", saying: "not a month")
        expectProblem(scenarioJSON(members: base, top: #""variants": [{"name": "v"}]"#), at: "variants[0].patch", saying: "required")
    }

    @Test("every problem is reported at once, in file order")
    func allProblems() {
        let json = scenarioJSON(
            members: [memberJSON("a", joins: "2020-4", #""joinCost": -5"#), memberJSON("B")],
            fees: [#"{"label": "f", "shared": {"monthly": 1}, "split": {"equal": 0.5}}"#])
        #expect(
            problems(json).map { String($0.prefix(while: { $0 != ":" })) }
                == ["members[0].joins", "members[0].joinCost", "members[1].id", "group.fees[0].split"])
    }

    @Test("syntax errors give a line and column; depth is limited")
    func syntax() {
        do {
            _ = try ScenarioDecoder.load(Array("{\n  \"a\": 1,\n  \"a\": 2\n}".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error == .syntax(JSONSyntaxError(.duplicateKey("a"), location: .init(line: 3, column: 3))))
            #expect(error.text(.en) == "not valid JSON: line 3, column 3: the key \"a\" appears twice in the same object")
            #expect(error.text(.ja) == "JSON として正しくありません: 3行3列目: 項目 \"a\" が同じオブジェクトに2回あります")
        }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: ScenarioError.self) { try ScenarioDecoder.load(Array(deep.utf8)) }
        #expect(throws: ScenarioError.notUTF8(byteOffset: 2)) { try ScenarioDecoder.load([0x7B, 0x20, 0xFF, 0x7D]) }
        #expect(throws: ScenarioError.syntax(JSONSyntaxError(.emptyFile, location: .init(line: 1, column: 1)))) {
            try ScenarioDecoder.load([])
        }
    }

    @Test(
        "names and labels: no control or text-direction characters, at most 200 characters",
        arguments: [
            ("東町\u{1B}[31m", "U+001B"), ("a\nb", "U+000A"), ("\u{202E}町", "U+202E"), ("x\u{0}", "U+0000"),
        ])
    func unsafeNames(name: String, codePoint: String) throws {
        let escaped = String(data: try JSONSerializationFree.quote(name), encoding: .utf8) ?? ""
        let member = #"{"id": "a", "name": "# + escaped + #", "population": 1, "standalone": {"annualCost": 0}}"#
        let found = problems(scenarioJSON(members: [member]))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("members[0].name: contains the invisible character \(codePoint)") == true, "\(found)")
        let fee = #"{"label": "# + escaped + #", "perMember": {"monthly": 1}}"#
        #expect(problems(scenarioJSON(members: [memberJSON("a")], fees: [fee])).first?.hasPrefix("group.fees[0].label: contains") == true)
        let long = String(repeating: "町", count: 201)
        #expect(
            problems(scenarioJSON(members: [memberJSON("a")]).replacingOccurrences(of: "\"name\": \"test\"", with: "\"name\": \"\(long)\""))
                == ["name: is 201 characters long; a name or label has at most 200"])
    }
}

/// JSON string literals for tests, escaping what JSON requires (control characters as \u escapes).
enum JSONSerializationFree {
    static func quote(_ text: String) throws -> Data {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return Data((out + "\"").utf8)
    }
}

@Suite("Common slips get a hint")
struct SlipTests {
    @Test(
        "JSON slips: a trailing comma, single quotes, a comment, full-width digits",
        arguments: [
            (#"{"a": 1,}"#, "remove the last comma"),
            (#"[1, 2,]"#, "remove the last comma"),
            ("{'a': 1}", "not single quotes"),
            ("{\"a\": 1 // note\n}", "JSON has no comments"),
            ("{\"a\": ７０００}", "half-width digits, e.g. 7000, not ７０００"),
            // Issue 18, item 5: this used to say only that the next key needs double quotes.
            (#"{"population": 7,283}"#, "without commas, 7283, not 7,283"),
            (#"{"amount": 12,345,678, "b": 1}"#, "without commas, 12345678, not 12,345,678"),
        ])
    func jsonSlips(text: String, hint: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.text(.en).contains(hint), "\(error.text(.en))")
        }
    }

    @Test("a comma between numbers where a list may hold them is no slip: [7,283] is two numbers")
    func listOfNumbers() throws {
        #expect(try JSONParser.parse("[7,283]") == .array([.number("7"), .number("283")]))
        // Two digits after the comma are not a thousands group: no hint about separators.
        do {
            _ = try JSONParser.parse(#"{"a": 7,28}"#)
            Issue.record("parsed")
        } catch {
            #expect(!error.text(.en).contains("thousands"))
        }
    }

    @Test("a number written as text: full-width digits, or quotes and commas")
    func numbersAsText() {
        let fullWidth = memberJSON("a").replacingOccurrences(of: #""population": 10000"#, with: #""population": "１００００""#)
        #expect(problems(scenarioJSON(members: [fullWidth])).first?.contains("in full-width digits (全角)") == true)
        let quoted = memberJSON("a").replacingOccurrences(of: #""population": 10000"#, with: #""population": "10,000""#)
        #expect(
            problems(scenarioJSON(members: [quoted])).first?.contains("write it without quotes (and without thousands separators)") == true)
    }
}

@Suite("Messages that name the member (issue 18, item 9)")
struct MemberNamingTests {
    @Test("a member's problem names it: members[1]（守山市）.joins; not where its name is its id, nor for the name itself")
    func named() {
        let json = scenarioJSON(members: [
            #"{"id": "kusatsu", "name": "草津市", "population": 1, "joins": "2020-04", "standalone": {"annualCost": 1}}"#,
            #"{"id": "moriyama", "name": "守山市", "population": 1, "joins": "2020-4", "standalone": {"annualCost": 1}}"#,
            memberJSON("a", joins: "2020-13"),
            #"{"id": "b", "code": "25441", "joins": "2020-14", "standalone": {"annualCost": 1}}"#,
        ])
        let found = problems(json)
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("members[1]（守山市）.joins: "))
        #expect(found[1].hasPrefix("members[2].joins: "))  // named "a", as its id: nothing to add
        #expect(found[2].hasPrefix("members[3]（豊郷町）.joins: "))  // no name: the census name of its code
    }

    @Test("a code whose census name is not the name written is a warning; a code that lost its leading 0 gets the hint")
    func codeAndName() throws {
        // 25442 is 甲良町 in the 2020 census, not 豊郷町 (25441).
        let document = try load(
            scenarioJSON(members: [
                #"{"id": "toyosato", "name": "豊郷町", "code": "25442", "joins": "2020-04", "standalone": {"annualCost": 1}}"#,
                #"{"id": "kora", "name": "甲良町", "code": "25442", "joins": "2020-04", "standalone": {"annualCost": 1}}"#,
                #"{"id": "taga", "name": "多賀町", "code": "25443", "joins": "2020-04", "standalone": {"annualCost": 1}}"#,
            ]))
        // The warning is of the name, which the message's path already shows: it is not repeated there.
        #expect(
            document.warnings.map { $0.text(.ja) } == [
                "members[0].name: 豊郷町 と書かれていますが、団体コード 25442 は2020年国勢調査では甲良町です。名前かコードのどちらかが誤っていないか確かめてください（人口などはコードの団体のものを使います）"
            ])
        // 01100 is 札幌市; written "1100", it came through Excel as a number.
        let lost = problems(scenarioJSON(members: [#"{"id": "s", "code": "1100", "joins": "2020-04", "standalone": {"annualCost": 1}}"#]))
        #expect(lost.count == 1)
        #expect(lost.first?.contains("1100") == true && lost.first?.contains("01100") == true)
    }
}

@Suite("Renewals")
struct RenewalValidationTests {
    @Test("an empty renewal label is no label, as FORMAT.md says (issue 18, item 18: it was refused)")
    func emptyLabel() throws {
        let renewals = #"{"annualCost": 1, "renewals": [{"month": "2020-10", "amount": 5, "label": ""}]}"#
        let document = try load(scenarioJSON(members: [memberJSON("a", standalone: renewals)]))
        #expect(document.scenario.members[0].standalone.renewals.map(\.label) == [""])
        // A label with a control character is still refused, naming the place.
        let control = #"{"annualCost": 1, "renewals": [{"month": "2020-10", "amount": 5, "label": "a\u001b"}]}"#
        #expect(
            problems(scenarioJSON(members: [memberJSON("a", standalone: control)])).first?.hasPrefix(
                "members[0].standalone.renewals[0].label: ") == true)
    }
}
