import CloudCostModel
import CostsimCore

/// One sheet of a workbook: its name and the tables on it, one under another, each with its caption
/// (title and unit) above and its notes below.
package struct WorkbookSheet: Sendable {
    package var name: String
    package var tables: [ReportTable]

    package init(_ name: String, _ tables: [ReportTable]) {
        self.name = name
        self.tables = tables
    }

    /// Excel's rules for a sheet name: 1 to 31 characters, none of `: \ / ? * [ ]`, not starting or
    /// ending with `'`. A name that breaks them is mended: the characters replaced by `_`, cut to 31.
    static func legalName(_ name: String) -> String {
        var mended = String(name.map { ":\\/?*[]".contains($0) ? "_" : $0 })
        while mended.hasPrefix("'") { mended.removeFirst() }
        while mended.hasSuffix("'") { mended.removeLast() }
        if mended.count > 31 { mended = String(mended.prefix(31)) }
        return mended.isEmpty ? "Sheet" : mended
    }

    /// The names made legal and unique (Excel compares them without case): a repeated one gets `_2`, `_3`…
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            let legal = legalName(name)
            var candidate = legal
            var number = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = "_\(number)"
                candidate = String(legal.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }
}
