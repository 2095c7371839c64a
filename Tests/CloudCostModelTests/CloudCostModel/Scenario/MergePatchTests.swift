import Testing

@testable import CloudCostModel
@testable import CostsimCore
@testable import CostsimReports

@Suite("Variants: JSON Merge Patch with keyed lists")
struct MergePatchTests {
    func json(_ text: String) -> JSONValue { try! JSONParser.parse(text) }

    @Test(
        "RFC 7396 examples",
        arguments: [
            (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
            (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
            (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
            (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
            (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
            (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
            (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
            (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
            (#"{"a":"foo"}"#, "null", "null"),
            (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
            (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
            (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
            (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
        ])
    func rfcExamples(target: String, patch: String, expected: String) {
        #expect(MergePatch.apply(json(patch), to: json(target)) == json(expected))
    }

    @Test("members are merged by id: changed, appended, removed")
    func members() {
        let target = json(#"{"members": [{"id": "a", "joins": "2020-04", "x": 1}, {"id": "b", "joins": "2021-04"}]}"#)
        let patch = json(#"{"members": [{"id": "a", "joins": null}, {"id": "c", "joins": "2022-04"}, {"id": "b", "remove": true}]}"#)
        let (result, problems) = MergePatch.applyToScenario(patch, to: target)
        #expect(problems.isEmpty)
        #expect(result == json(#"{"members": [{"id": "a", "x": 1}, {"id": "c", "joins": "2022-04"}]}"#))
    }

    @Test("fees are merged by label; other lists are replaced")
    func fees() {
        let target = json(#"{"group": {"fees": [{"label": "f", "split": {"equal": 1}}, {"label": "g"}]}, "other": [1, 2]}"#)
        let patch = json(#"{"group": {"fees": [{"label": "f", "split": {"equal": 0.3, "population": 0.7}}]}, "other": [3]}"#)
        let (result, problems) = MergePatch.applyToScenario(patch, to: target)
        #expect(problems.isEmpty)
        #expect(
            result
                == json(#"{"group": {"fees": [{"label": "f", "split": {"equal": 0.3, "population": 0.7}}, {"label": "g"}]}, "other": [3]}"#)
        )
    }

    @Test("removing an item that does not exist, or an item without its key, is a problem")
    func badItems() {
        let target = json(#"{"members": [{"id": "a"}]}"#)
        let (_, problems) = MergePatch.applyToScenario(json(#"{"members": [{"id": "zz", "remove": true}, {"joins": null}]}"#), to: target)
        #expect(problems.map(\.path) == ["patch.members[0]", "patch.members[1]"])
    }
}
