import CostsimCore

/// The 2020 census population of each of Japan's 1,741 municipalities (市区町村), shipped inside
/// costsim so that a member can be named by its code alone.
///
/// Source: 令和2年国勢調査 (2020 Population Census of Japan), preliminary counts (速報値), as
/// published on e-Stat; the file `shared/data/municipality_population_2020.csv` of this project,
/// without the nation, the prefectures, the 23 wards' total (13100) and the wards of designated
/// cities. 双葉町 (07546) had nobody living there at the census: 0. `scripts/make-census` writes the
/// rows; a test checks them against the source file where it is present.
package enum Census2020 {
    package struct Municipality: Sendable, Equatable {
        /// The five-digit code, as census tables print it (草津市 `25206`).
        package let areaCode: String
        package let name: String
        package let population: Int64

        /// The six-digit 全国地方公共団体コード, with its check digit (草津市 `252069`).
        package var code: String { areaCode + String(LocalGovernmentCode.checkDigit(for: areaCode) ?? 0) }
    }

    /// Every municipality, in census order (by code).
    package static let municipalities: [Municipality] = rows.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 3, let population = Int64(fields[2]) else { return nil }
        return Municipality(
            areaCode: String(fields[0].trimmingPrefix(while: { $0 == " " })), name: String(fields[1]), population: population)
    }

    private static let byAreaCode: [String: Municipality] = Dictionary(
        municipalities.map { ($0.areaCode, $0) }, uniquingKeysWith: { first, _ in first })

    /// The municipality with this code: five digits, or six with a valid check digit.
    package static func municipality(code: String) -> Municipality? {
        guard let areaCode = LocalGovernmentCode.areaCode(of: code) else { return nil }
        return byAreaCode[areaCode]
    }

    /// For a code the census does not have: up to `count` municipalities of the same prefecture (the
    /// first two digits) whose codes are nearest, nearest first.
    package static func nearest(to code: String, count: Int = 3) -> [Municipality] {
        let digits = String(code.prefix(5))
        guard digits.utf8.count == 5, let wanted = Int(digits) else { return [] }
        return municipalities.filter { $0.areaCode.prefix(2) == digits.prefix(2) }
            .sorted { abs(Int($0.areaCode)! - wanted) < abs(Int($1.areaCode)! - wanted) }
            .prefix(count).map { $0 }
    }
}
