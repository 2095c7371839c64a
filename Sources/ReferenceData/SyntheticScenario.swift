import CloudCostModel
import CostsimCore

/// Builds large, realistic scenario files from census populations, for the benchmark and for tests
/// at national scale: staggered joins, every fee kind, USD fees, subsidies, renewals and a variant.
package enum SyntheticScenario {
    /// A `costsim/1` scenario (as JSON text) with `municipalities` as members over `fiscalYears` years from FY2016.
    package static func json(_ municipalities: [CensusPopulation.Municipality], fiscalYears: Int) -> String {
        let from = 2016
        let to = from + fiscalYears - 1
        let joinWindow = max(1, min(fiscalYears, 5) * 12 - 1)
        var members: [String] = []
        for (index, town) in municipalities.enumerated() {
            let code = town.areaCode + String(LocalGovernmentCode.checkDigit(for: town.areaCode)!)
            // Contracts end month by month over the first five years; every 10th member never joins.
            let joins = index % 10 == 9 ? "null" : "\"\(Month.firstOfFiscalYear(from).adding(months: (index * 7) % joinWindow))\""
            let annual = 2_000_000 + town.population * 1_700
            let staff = 1 + town.population / 40_000
            members.append(
                """
                {"id": "m\(town.areaCode)", "name": "\(town.name)", "code": "\(code)",
                 "population": {"\(from)": \(town.population)}, "populationGrowth": -0.004,
                 "usage": \(1 + town.population / 1_000), "joins": \(joins), "overlapMonths": \(index % 3),
                 "standalone": {"annualCost": {"\(from)": \(annual), "\(from + 5)": \(annual + annual / 10)},
                                "governmentCloud": {"\(from)": 0, "2025": \(500_000 + town.population * 200)},
                                "renewals": [{"month": "\(from + 3)-04", "amount": \(annual / 2), "label": "機器更新"}]},
                 "personnel": {"staff": \(staff), "staffShared": \(staff) , "costPerStaff": {"\(from)": 8000000, "2021": 8200000}},
                 "joinCost": \(annual / 3), "joinSubsidyRate": 0.5}
                """.replacingNewlines())
        }
        return """
            {"format": "costsim/1", "name": "全国共同利用（ベンチマーク：\(municipalities.count)団体・\(fiscalYears)年度）",
             "fiscalYears": {"from": \(from), "to": \(to)}, "discountRate": 0.02, "fx": {"\(from)": 110, "2022": 145.5},
             "members": [
            \(members.joined(separator: ",\n"))
             ],
             "group": {"name": "全国", "representative": "m\(municipalities[0].areaCode)", "remainder": "largest", "fees": [
               {"label": "基幹系システム利用料", "perTenThousand": {"monthly": [{"upTo": 1000000, "rate": 1100000}, {"upTo": 10000000, "rate": 1000000}, {"upTo": null, "rate": 900000}]}},
               {"label": "帳票出力", "perTenThousand": {"monthly": 35000, "units": "ceil"}},
               {"label": "事務局経費", "shared": {"annual": {"\(from)": 60000000, "2021": 66000000}}, "split": {"equal": 1}},
               {"label": "初期構築費", "shared": {"once": "\(from)-10", "amount": 1200000000}, "split": {"equal": 0.3, "population": 0.7}, "subsidyRate": 0.5},
               {"label": "運用保守", "shared": {"monthly": 25000000}, "split": {"equal": 0.2, "population": 0.5, "usage": 0.3}},
               {"label": "ガバメントクラウド利用料", "category": "governmentCloud", "from": "2022-04", "currency": "USD", "shared": {"monthly": 380000.5}, "split": {"population": 1}},
               {"label": "接続回線", "category": "governmentCloud", "from": "2022-04", "perMember": {"monthly": 150000}}
             ]},
             "variants": [{"name": "円安", "patch": {"fx": {"2024": 160}}}]}
            """
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n").map { $0.drop(while: \.isWhitespace) }.joined(separator: " ")
    }
}
