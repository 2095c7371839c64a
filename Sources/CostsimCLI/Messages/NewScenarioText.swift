import CloudCostModel
import CostsimCore
import CostsimReports

/// What `costsim new` says around the first comparison, in each language.
enum NewScenarioText {
    /// A member whose savings in the first estimate are 0 or less, as the comparison prints them.
    struct Loser {
        let name: String
        let savings: Int64
        /// `-5.3%`, the comparison's rate.
        let rate: String
    }

    /// Right under the comparison: every member that would not save, by name, with its figures.
    static func losers(_ losers: [Loser], _ language: Language) -> String {
        switch language {
        case .ja:
            let list = losers.map { "\($0.name)（削減額 \(NumberFormat.yen($0.savings)) 円、\($0.rate)）" }.joined(separator: "、")
            return "※ 単独運用より負担が増える（削減にならない）団体：\(list)。"
                + "団体計の削減率にかかわらず、この試算ではこの団体は参加で得をしません。参加月、按分の方法、利用料（--fee-per-ten-thousand）を見直してください。\n"
        case .en:
            let list = losers.map { "\($0.name) (savings \(NumberFormat.yen($0.savings)) yen, \($0.rate))" }.joined(separator: ", ")
            return "※ Members that do not save (they would pay more than staying alone): \(list). "
                + "Whatever the group saves, in this estimate they do not gain by joining; reconsider the join months, the split "
                + "or the fee (--fee-per-ten-thousand).\n"
        }
    }

    /// Under the comparison: what the figures rest on, and what to do next.
    /// - Parameter target: whether a target was written (then the FY2018 estimates are to be replaced too).
    static func next(file: String?, rate: Int64, target: Bool = false, _ language: Language) -> String {
        let run = file.map { "costsim run \($0)" } ?? "costsim run FILE"
        let check = file.map { "costsim target \($0)" } ?? "costsim target FILE"
        switch language {
        case .ja:
            return """
                これは最初の試算です。共同利用システム利用料は人口1万人当たり月額 \(NumberFormat.yen(rate)) 円としています。
                次に、各団体の「未入力」（職員数・人件費単価・移行経費）を入力し、単独運用経費の推計を実際の予算額に置き換えて、
                \(run) で計算し直してください。

                """
                    + (target
                        ? """
                        平成30年度経費（baseline）も全国調査からの推計です。各団体の決算額に置き換え、\(check) で目標の達成状況を確かめてください。

                        """ : "")
        case .en:
            return """
                This is a first estimate. The shared system's fee is ¥\(NumberFormat.yen(rate)) per 10,000 population a month.
                Next, fill in each member's "未入力" (staff, staff cost, migration cost), replace the estimated stay-alone
                costs with the towns' budget figures, and run \(run) again.

                """
                    + (target
                        ? """
                        The FY2018 costs (baseline) are the survey's estimates too: replace them with each town's settled figure
                        and check the target with \(check).

                        """ : "")
        }
    }
}
