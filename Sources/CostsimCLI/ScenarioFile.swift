import CloudCostModel
import Foundation

/// A scenario file that could not be read or is not valid: exit status 1.
struct InputError: Error {
    var message: String
}

enum ScenarioFile {
    static let maximumSize = 64 << 20

    /// Reads and validates the scenario at `path` (`-`: standard input).
    static func load(_ path: String, overrides: [String] = [], standardInput: () -> [UInt8]) throws(InputError) -> ScenarioDocument {
        let bytes = try read(path, standardInput: standardInput)
        let name = path == "-" ? "standard input" : path
        do {
            return try ScenarioDecoder.load(bytes, overrides: overrides)
        } catch {
            switch error {
            case .notUTF8, .syntax:
                throw InputError(message: "\(name): \(error)")
            case .invalid(let issues):
                let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
                throw InputError(message: "\(name): \(count) found:\n" + issues.map(\.description).joined(separator: "\n"))
            }
        }
    }

    static func read(_ path: String, standardInput: () -> [UInt8]) throws(InputError) -> [UInt8] {
        if path == "-" { return standardInput() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(message: "\(path): no such file")
        }
        if isDirectory.boolValue { throw InputError(message: "\(path): is a folder, not a scenario file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumSize { throw InputError(message: "\(path): the file is larger than 64 MB; a scenario is far smaller") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(message: "\(path): cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }
}
