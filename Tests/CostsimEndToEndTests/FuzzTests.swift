import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// Fuzzing the reader and the validator through the command line: mutated copies of the shipped
/// scenarios must end in `OK` (exit 0) or in problems named by where they are (exit 1), never in a
/// crash, a hang or a usage error, each within a second. Small and seeded in CI;
/// `COSTSIM_FUZZ_COUNT=5000 COSTSIM_FUZZ_SEED=7 swift test --filter FuzzTests` runs longer.
@Suite("Fuzzing the scenario reader")
struct FuzzTests {
    static let count = ProcessInfo.processInfo.environment["COSTSIM_FUZZ_COUNT"].flatMap(Int.init) ?? 150
    static let seed = ProcessInfo.processInfo.environment["COSTSIM_FUZZ_SEED"].flatMap(UInt64.init) ?? 1_741

    /// Every place in a document: the keys and indices leading to it.
    static func places(_ value: JSONValue, _ path: [String] = []) -> [[String]] {
        switch value {
        case .object(let object): return [path] + object.members.flatMap { places($0.value, path + [$0.key]) }
        case .array(let items): return [path] + items.enumerated().flatMap { places($1, path + [String($0)]) }
        default: return [path]
        }
    }

    /// `value` with the node at `path` changed by `change` (nil removes it from its object or list).
    static func edit(_ value: JSONValue, at path: ArraySlice<String>, _ change: (JSONValue) -> JSONValue?) -> JSONValue {
        guard let key = path.first else { return change(value) ?? .null }
        switch value {
        case .object(var object):
            guard let child = object[key] else { return value }
            if path.count == 1 { object[key] = change(child) } else { object[key] = edit(child, at: path.dropFirst(), change) }
            return .object(object)
        case .array(var items):
            guard let index = Int(key), items.indices.contains(index) else { return value }
            if path.count == 1 {
                if let changed = change(items[index]) { items[index] = changed } else { items.remove(at: index) }
            } else {
                items[index] = edit(items[index], at: path.dropFirst(), change)
            }
            return .array(items)
        default:
            return value
        }
    }

    static let replacements: [JSONValue] = [
        .null, .bool(true), .string(""), .string("2019-13"), .string("19-04"), .string("abc"), .number("-1"),
        .number("0.1234567"), .number("1e30"), .number("99999999999999999999999"), .number("-0.000001"), .number("10000000000001"),
        .array([]), .object(JSONObject()), .array([.number("1")]), .object(JSONObject([(key: "x", value: .number("1"))])),
    ]

    /// One random mutation of a document, as the text to read.
    static func mutate(_ document: JSONValue, _ random: inout SplitMix64) -> [UInt8] {
        let text = { (value: JSONValue) in Array(JSONWriter.write(value).utf8) }
        switch Int.random(in: 0..<20, using: &random) {
        case 0:  // invalid UTF-8 somewhere
            var bytes = text(document)
            bytes.insert(
                [0xFF, 0xC3, 0xE3, 0x81][Int.random(in: 0..<4, using: &random)], at: Int.random(in: 0..<bytes.count, using: &random))
            return bytes
        case 1:  // cut short
            let bytes = text(document)
            return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
        case 2:  // nested far too deep
            let depth = Int.random(in: 129...100_000, using: &random)
            let place = places(document).randomElement(using: &random)!
            var bytes = text(edit(document, at: place[...]) { _ in .string("DEEP") })
            let marker = Array("\"DEEP\"".utf8)
            if let at = (0...(bytes.count - marker.count)).first(where: { Array(bytes[$0..<($0 + marker.count)]) == marker }) {
                bytes.replaceSubrange(
                    at..<(at + marker.count),
                    with: Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth))
            }
            return bytes
        case 3:  // a 10 MB string
            let place = places(document).randomElement(using: &random)!
            return text(edit(document, at: place[...]) { _ in .string(String(repeating: "町", count: 3_500_000)) })
        case 4:  // a misspelt key
            let place = places(document).filter { !$0.isEmpty && Int($0.last!) == nil }.randomElement(using: &random)!
            return text(
                edit(document, at: place.dropLast()[...]) { parent in
                    guard case .object(var object) = parent, let value = object[place.last!] else { return parent }
                    object[place.last!] = nil
                    object[place.last! + "s"] = value
                    return .object(object)
                })
        case 5, 6:  // a key or list item removed
            let place = places(document).filter { !$0.isEmpty }.randomElement(using: &random)!
            return text(edit(document, at: place[...]) { _ in nil })
        default:  // a value of the wrong type or out of range
            let place = places(document).randomElement(using: &random)!
            let replacement = replacements.randomElement(using: &random)!
            return text(edit(document, at: place[...]) { _ in replacement })
        }
    }

    @Test("mutated scenarios end in OK or PATH: message, never a crash or a hang")
    func mutations() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios")
        let documents = try ["omi-cloud", "town-govcloud", "worked-example", "kinokuni-cloud"].map { name in
            try JSONParser.parse([UInt8](Data(contentsOf: folder.appendingPathComponent("\(name).json"))))
        }
        var random = SplitMix64(seed: Self.seed)
        var invalid = 0
        for round in 0..<Self.count {
            let bytes = Self.mutate(documents[round % documents.count], &random)
            let start = ContinuousClock.now
            // Both message tables are fuzzed: Japanese (the default) and English in turn.
            let english = round % 2 == 1
            let outcome = Costsim(readStandardInput: { bytes }).run(["validate", "-"] + (english ? ["--lang", "en"] : []))
            let elapsed = ContinuousClock.now - start
            // A hang guard, not a speed test (speed is costsim-bench's): a validation takes milliseconds, and
            // only a runaway (a loop, a blow-up) takes 30 s, however loaded the machine running the tests.
            #expect(elapsed < .seconds(30), "round \(round) took \(elapsed)")
            #expect(outcome.status == 0 || outcome.status == 1, "round \(round): \(outcome.standardError.prefix(300))")
            if outcome.status == 0 {
                #expect(outcome.standardOutput == "OK\n")
                continue
            }
            invalid += 1
            let lines = outcome.standardError.split(separator: "\n")
            #expect(lines.first?.hasPrefix(english ? "costsim: standard input: " : "costsim: 標準入力: ") == true)
            if lines.first?.hasSuffix(english ? "found:" : "問題があります:") == true {
                // Each problem names where it is: PATH: message.
                for line in lines.dropFirst() {
                    #expect(line.contains(": ") && !line.hasPrefix(": "), "round \(round): \(line.prefix(200))")
                }
                #expect(lines.count > 1)
            } else {
                #expect(lines.count == 1, "round \(round): \(outcome.standardError.prefix(300))")
            }
        }
        #expect(invalid > Self.count / 2)  // most mutations must be caught
    }
}
