import CloudCostModel
import CostsimCore
import CostsimReports

/// What `costsim new` says around the first comparison, in each language.
enum NewScenarioText {
    /// Under the comparison: what the figures rest on, and what to do next.
    static func next(file: String?, rate: Int64, _ language: Language) -> String {
        let run = file.map { "costsim run \($0)" } ?? "costsim run FILE"
        switch language {
        case .ja:
            return """
                これは最初の試算です。共同利用システム利用料は人口1万人当たり月額 \(NumberFormat.yen(rate)) 円としています。
                次に、各団体の「未入力」（職員数・人件費単価・移行経費）を入力し、単独運用経費の推計を実際の予算額に置き換えて、
                \(run) で計算し直してください。

                """
        case .en:
            return """
                This is a first estimate. The shared system's fee is ¥\(NumberFormat.yen(rate)) per 10,000 population a month.
                Next, fill in each member's "未入力" (staff, staff cost, migration cost), replace the estimated stay-alone
                costs with the towns' budget figures, and run \(run) again.

                """
        }
    }
}
