import CloudCostModel
import CostsimCore

extension ScheduleError {
    package func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .ja: return japanese
        }
    }

    /// The first names of a long list, and how many more.
    static func names(_ names: [String], _ language: Language) -> String {
        let shown = names.prefix(8).joined(separator: language.text(ja: "、", en: ", "))
        guard names.count > 8 else { return shown }
        return language.text(ja: "\(shown) ほか \(names.count - 8) 団体", en: "\(shown) and \(names.count - 8) more")
    }

    var english: String {
        switch self {
        case .noMemberToMove:
            return "no member states when it may join: give the members to schedule \"earliestJoin\" (and \"latestJoin\", "
                + "\"budgetYears\"), e.g. --set members.ID.earliestJoin=2027-04; the others keep their join month"
        case .noMonth(let member, let from, let to):
            return "\(member): no month from \(from) to \(to) is open to it: each is outside the period, at or after it "
                + "leaves, outside its \"budgetYears\" or closed (\"closedMonths\")"
        case .overCapacity(let members, let room):
            return "\(members.count) members (\(Self.names(members, .en))) can only join in months and fiscal years with room "
                + "for \(room) migration\(room == 1 ? "" : "s") in all (\"migrationCapacity\"): widen their windows or the capacity"
        case .tooLarge(let members, let months, let years):
            return "moving \(members) members over \(months) candidate months in all, in a scenario of \(years) fiscal years, "
                + "would take many minutes: narrow the windows (\"earliestJoin\", \"latestJoin\"), move fewer members, or use fewer --starts"
        }
    }

    var japanese: String {
        switch self {
        case .noMemberToMove:
            return "参加時期を書いた構成団体がありません。日程を組む団体に \"earliestJoin\"（と \"latestJoin\"、\"budgetYears\"）を"
                + "書いてください（例: --set members.ID.earliestJoin=2027-04）。書いていない団体は参加月を変えません"
        case .noMonth(let member, let from, let to):
            return "\(member): \(from)〜\(to) に参加できる月がありません。どの月も対象期間の外、脱退月以降、"
                + "\"budgetYears\" の外、または移行しない月（\"closedMonths\"）です"
        case .overCapacity(let members, let room):
            return "\(members.count) 団体（\(Self.names(members, .ja))）が参加できる月・年度には、合わせて \(room) 団体分の移行枠"
                + "（\"migrationCapacity\"）しかありません。参加可能期間か移行枠を広げてください"
        case .tooLarge(let members, let months, let years):
            return "\(members) 団体を延べ \(months) か月の候補月で動かすと（\(years) 年度のシナリオ）何分もかかります。"
                + "参加可能期間（\"earliestJoin\"、\"latestJoin\"）を狭めるか、動かす団体か --starts を減らしてください"
        }
    }
}
