import CloudCostModel
import CostsimCore

extension AnalysisError {
    package func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ja: return japanese
        }
    }

    var english: String {
        switch self {
        case .noSuchCase(let name, let cases): return "--against: no case is called \(name); the cases are \(cases.joined(separator: ", "))"
        case .noTarget(let caseName, let year):
            return (caseName.map { "the case \($0) has" } ?? "the scenario has") + " no reduction target: add one, e.g. "
                + "\"target\": {\"fiscalYear\": \(year)} (MODEL.md, \"The reduction target\"), or try --set target.fiscalYear=\(year)"
        case .notComparable(let name, let baseline):
            return "--against: the case \(name) does not cover the same fiscal years as \(baseline), so the two cannot be compared "
                + "year by year"
        case .noSuchMember(let option, let id): return (option.map { "\($0): " } ?? "") + "no member has the id \(id)"
        case .noJoinMonth(let from, let to, let first, let last, let leaves):
            return "no join month to try: the months asked for (\(from)–\(to)) are outside the scenario's period, \(first)–\(last)"
                + (leaves.map { ", or not before \($0.name) leaves (\($0.month))" } ?? "")
        case .tooManyJoinMonths(let months, let members, let years, let fitting):
            return "trying \(months) join months means \(months + 1) runs of \(members) members over \(years) fiscal years, "
                + "which would take many minutes; "
                + (fitting > 0
                    ? "narrow the months with --from and --to to at most \(fitting)" : "the scenario is too large for this analysis")
        case .tooManyDraws(let draws, let members, let years, let fitting):
            return "\(draws) draws of \(members) members over \(years) fiscal years would take many minutes; "
                + (fitting > 0 ? "use --draws \(fitting) or fewer" : "the scenario is too large for this analysis")
        case .drawRefused(let draw, let refusal):
            return "draw \(draw): the value drawn for \(refusal.change.name(.en)) is refused"
                + (refusal.member.map { " (\($0))" } ?? "") + ": \(refusal.limit.text(.en)); "
                + "narrow its range in \"uncertainty\""
        case .tooManyOrders(let orders, let members, let fitting):
            return "\(orders) random orders of \(members) members would take many minutes; "
                + (fitting >= 2
                    ? "use --samples \(fitting) or fewer (the 95 % margins shown say how precise that is)"
                    : "the scenario is too large for this analysis")
        case .tooManyCoalitions(let members, let years, let fees, let fitting):
            return "checking all \(Self.grouped((1 << members) - 1)) coalitions of \(members) members exactly, over \(years) fiscal years "
                + "with \(fees == 1 ? "1 fee" : "\(fees) fees"), would take many minutes; "
                + (fitting >= 2
                    ? "estimate the Shapley values from random orders instead with --samples \(min(fitting, Fairness.defaultPermutations)) "
                        + "(at most \(fitting); the 95 % margins shown say how precise that is), or shorten the fiscal years"
                    : "shorten the fiscal years or remove members or fees")
        }
    }

    /// 1,048,575: a count with thousands separators (as amounts are written).
    static func grouped(_ count: Int) -> String { NumberFormat.yen(Int64(count)) }

    var japanese: String {
        switch self {
        case .noSuchCase(let name, let cases): return "--against: \(name) というケースはありません。ケースは \(cases.joined(separator: "、")) です"
        case .noTarget(let caseName, let year):
            return (caseName.map { "ケース \($0) には" } ?? "このシナリオには") + "削減目標（target）がありません。"
                + "\"target\": {\"fiscalYear\": \(year)} のように書くか（docs/FORMAT.md）、--set target.fiscalYear=\(year) で試してください"
        case .notComparable(let name, let baseline):
            return "--against: ケース \(name) は \(baseline) と対象年度が異なるため、年度ごとに比較できません"
        case .noSuchMember(let option, let id): return (option.map { "\($0): " } ?? "") + "ID が \(id) の構成団体はありません"
        case .noJoinMonth(let from, let to, let first, let last, let leaves):
            return "試す参加月がありません: 指定の期間（\(from)〜\(to)）がシナリオの期間 \(first)〜\(last) の外です"
                + (leaves.map { "（または \($0.name) の脱退月 \($0.month) 以降です）" } ?? "")
        case .tooManyJoinMonths(let months, let members, let years, let fitting):
            return "\(months) か月の参加月を試すには、\(members) 団体・\(years) 年度の計算を \(months + 1) 回行うため、何分もかかります。"
                + (fitting > 0 ? "--from と --to で \(fitting) か月以内に絞ってください" : "この分析にはシナリオが大きすぎます")
        case .tooManyDraws(let draws, let members, let years, let fitting):
            return "\(members) 団体・\(years) 年度の試行を \(draws) 回行うと何分もかかります。"
                + (fitting > 0 ? "--draws を \(fitting) 以下にしてください" : "この分析にはシナリオが大きすぎます")
        case .drawRefused(let draw, let refusal):
            return "試行 \(draw): \(refusal.change.name(.ja)) の値では" + (refusal.member.map { "\($0)の" } ?? "")
                + "\(refusal.limit.text(.ja))。"
                + "\"uncertainty\" の範囲を狭めてください"
        case .tooManyOrders(let orders, let members, let fitting):
            return "\(members) 団体の参加順を \(orders) 通り無作為に試すと何分もかかります。"
                + (fitting >= 2 ? "--samples を \(fitting) 以下にしてください（表の95%誤差幅が精度を示します）" : "この分析にはシナリオが大きすぎます")
        case .tooManyCoalitions(let members, let years, let fees, let fitting):
            return "\(members) 団体・\(years) 年度・費用 \(fees) 件で全 \(Self.grouped((1 << members) - 1)) 通りの組合せを厳密に計算すると何分もかかります。"
                + (fitting >= 2
                    ? "--samples \(min(fitting, Fairness.defaultPermutations)) のように無作為な順序による推定に切り替えるか（\(fitting) 以下。表の95%誤差幅が精度を示します）、年度を短くしてください"
                    : "年度を短くするか、構成団体または費用を減らしてください")
        }
    }
}
