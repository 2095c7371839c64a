import CloudCostModel
import CostsimCore
import Foundation

/// The 2020 census populations of Japan's 1,741 municipalities, read from
/// `shared/data/municipality_population_2020.csv` (see that folder's README).
package struct CensusPopulation: Sendable {
    package struct Municipality: Sendable {
        /// Five digits, without the check digit.
        package var areaCode: String
        package var name: String
        package var population: Int64
    }

    package var municipalities: [Municipality]

    package enum ReadError: Error, CustomStringConvertible {
        case unreadable(String)
        case malformed(line: Int, String)

        package var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot be read (is ../shared beside the project?)"
            case .malformed(let line, let text): return "line \(line): unexpected row \"\(text)\""
            }
        }
    }

    /// The default location: `../shared/data/…` from the package root.
    package static func defaultPath(packageRoot: String = FileManager.default.currentDirectoryPath) -> String {
        URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/data/municipality_population_2020.csv").standardized.path
    }

    /// The copy that ships inside costsim (`Census2020`, made from the same file and compared with it
    /// row for row by the tests when `../shared` is there), so that a fresh clone can build a national
    /// scenario with nothing beside it.
    package static var shipped: CensusPopulation {
        CensusPopulation(
            municipalities: Census2020.municipalities.map { Municipality(areaCode: $0.areaCode, name: $0.name, population: $0.population) })
    }

    package init(municipalities: [Municipality]) {
        self.municipalities = municipalities
    }

    package init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), var text = String(data: data, encoding: .utf8) else {
            throw ReadError.unreadable(path)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var result: [Municipality] = []
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields[0].count == 5 else { throw ReadError.malformed(line: index + 1, String(line)) }
            let (code, name) = (fields[0], fields[1])
            // Keep municipalities only: not the nation, prefectures, the 23 wards' total, or designated cities' wards.
            if code == "00000" || code.hasSuffix("000") || code == "13100" || Self.isWardOfDesignatedCity(name) { continue }
            guard let population = fields[2].isEmpty ? 0 : Int64(fields[2]) else {
                throw ReadError.malformed(line: index + 1, String(line))
            }
            result.append(Municipality(areaCode: code, name: name, population: population))
        }
        municipalities = result
    }

    /// `札幌市中央区`: 市 followed by a name ending in 区.
    static func isWardOfDesignatedCity(_ name: String) -> Bool {
        guard name.hasSuffix("区"), let city = name.firstIndex(of: "市") else { return false }
        return name.index(after: city) < name.index(before: name.endIndex)
    }

    package var total: Int64 { municipalities.reduce(0) { $0 + $1.population } }
}
