import CloudCostModel
import CostsimCore

/// The words of `costsim schedule`'s tables, notes and chart, in each language.
enum ScheduleLabels {
    static func title(_ language: Language) -> String {
        language.text(ja: "【参加日程】各団体の参加月（五月雨方式）", en: "Schedule: each member's join month")
    }

    static func groupTitle(_ language: Language) -> String {
        language.text(ja: "【参加日程】団体計：日程案と計画（記載どおり）", en: "Schedule: the group, this schedule against the plan as written")
    }

    static func breachesTitle(_ language: Language) -> String {
        language.text(ja: "【参加日程】計画（記載どおり）が守っていない条件", en: "Schedule: what the plan as written does not keep to")
    }

    static func losersTitle(_ language: Language) -> String {
        language.text(ja: "【参加日程】参加しても削減にならない団体", en: "Schedule: members that do not save")
    }

    static func calendarTitle(_ language: Language) -> String {
        language.text(
            ja: "参加日程（■ 参加月、薄青: 参加できる月、○ 計画の参加月、灰色: 移行しない月。下段: 月ごとの移行団体数、橙は移行枠いっぱい）",
            en:
                "Schedule (■ join month, pale blue: months it may join, ○ the plan's month, grey: closed; bottom: migrations a month, orange when full)"
        )
    }

    static func pageTitle(_ name: String, _ language: Language) -> String { name + (language.text(ja: "　参加日程", en: " — schedule")) }

    static func columns(_ language: Language) -> (kind: String, earliest: String, delay: String, plan: String, renewals: String) {
        language.text(
            ja: ("区分", "最早の参加月", "最早からの遅れ", "計画の参加月", "回避される更新"), en: ("", "Earliest", "After earliest", "Plan's month", "Renewals avoided")
        )
    }

    static func kind(moved: Bool, _ language: Language) -> String {
        switch (moved, language) {
        case (true, .ja): return "調整"
        case (false, .ja): return "計画どおり"
        case (true, .en): return "scheduled"
        case (false, .en): return "as planned"
        }
    }

    static func delay(_ months: Int?, _ language: Language) -> String {
        guard let months else { return "" }
        if months == 0 { return language.text(ja: "最早", en: "earliest") }
        return language.text(ja: "+\(months)か月", en: months == 1 ? "+1 month" : "+\(months) months")
    }

    static func renewals(count: Int, amount: String, _ language: Language) -> String {
        guard count > 0 else { return language.text(ja: "なし", en: "none") }
        return language.text(ja: "\(count)件 \(amount)", en: "\(count): \(amount)")
    }

    static func groupColumns(_ language: Language) -> (what: String, breaches: String) {
        language.text(ja: ("", "守っていない条件"), en: ("", "Rules broken"))
    }

    static func scheduleRow(_ language: Language) -> String { language.text(ja: "日程案", en: "This schedule") }
    static func planRow(_ language: Language) -> String { language.text(ja: "計画（記載どおり）", en: "Plan as written") }
    static func differenceRow(_ language: Language) -> String { language.text(ja: "差（日程案 − 計画）", en: "Difference") }

    static func breach(_ breach: SchedulePlan.Breach, labels: Labels, _ language: Language) -> String {
        switch (breach, language) {
        case (.outsideWindow(let member, let month), .ja): return "\(member): 参加月 \(labels.month(month)) が参加可能な期間・予算年度の外です"
        case (.outsideWindow(let member, let month), .en):
            return "\(member): joins \(labels.month(month)), outside its window or budget years"
        case (.notJoining(let member), .ja): return "\(member): 参加月がありません（参加しない）"
        case (.notJoining(let member), .en): return "\(member): does not join"
        case (.closedMonth(let member, let month), .ja): return "\(member): \(labels.month(month)) は移行しない月です"
        case (.closedMonth(let member, let month), .en): return "\(member): \(labels.month(month)) is closed to migration"
        case (.monthOverCapacity(let month, let count, let limit), .ja):
            return "\(labels.month(month)): \(count) 団体が移行（1か月 \(limit) 団体まで）"
        case (.monthOverCapacity(let month, let count, let limit), .en):
            return "\(labels.month(month)): \(count) members migrate (at most \(limit) a month)"
        case (.yearOverCapacity(let year, let count, let limit), .ja): return "\(labels.year(year)): \(count) 団体が移行（1年度 \(limit) 団体まで）"
        case (.yearOverCapacity(let year, let count, let limit), .en):
            return "\(labels.year(year)): \(count) members migrate (at most \(limit) a fiscal year)"
        }
    }

    static func loserColumns(_ language: Language) -> [String] {
        language.text(
            ja: ["団体", "削減額(現在価値)", "単独で最善の参加月", "その月の削減額(現在価値)", "単独運用の総額", "日程案の総額"],
            en: ["Member", "PV of savings", "Its best month alone", "PV of savings then", "Stay-alone total", "Total in this schedule"])
    }

    static func losersNote(_ language: Language) -> String {
        language.text(
            ja:
                "どの日程でもこれらの団体は削減になりません（上の日程は、削減にならない団体の数とその不足額が最も小さいものです）。「単独で最善の参加月」は他団体を日程案のままにして、この団体の参加月だけを動かした場合です。参加をやめる（--set members.ID.joins=null と参加可能期間の削除）か、負担の按分を見直してください。",
            en:
                "No schedule found lets these members save (the schedule above has the fewest such members and the smallest shortfall). \"Its best month alone\" moves this member only, the others as scheduled. Take it out (--set members.ID.joins=null, and its window) or revisit how the fees are split."
        )
    }

    static func capacityNote(_ capacity: MigrationCapacity, labels: Labels, _ language: Language) -> String {
        var parts: [String] = []
        if let perMonth = capacity.perMonth { parts.append(language.text(ja: "1か月 \(perMonth) 団体まで", en: "at most \(perMonth) a month")) }
        if let perYear = capacity.perFiscalYear {
            parts.append(language.text(ja: "1年度 \(perYear) 団体まで", en: "at most \(perYear) a fiscal year"))
        }
        let closed =
            capacity.closedEveryYear.map { language.text(ja: "毎年\($0)月", en: "every \(englishMonth($0))") }
            + capacity.closedMonths.map { labels.month($0) }
        if !closed.isEmpty {
            parts.append((language.text(ja: "移行しない月: ", en: "closed: ")) + closed.joined(separator: language.text(ja: "、", en: ", ")))
        }
        if parts.isEmpty { return language.text(ja: "移行枠の制限はありません。", en: "No migration capacity is stated.") }
        return (language.text(ja: "移行枠: ", en: "Migration capacity: ")) + parts.joined(separator: language.text(ja: "、", en: "; "))
            + (language.text(ja: "。", en: "."))
    }

    static func englishMonth(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][
            month - 1]
    }

    /// What "best" means, and how good the answer is known to be.
    static func method(_ method: ScheduleSearch.Method, money: (Int64) -> String, _ language: Language) -> String {
        let rule =
            language.text(
                ja:
                    "日程案は、各団体の参加可能な期間・予算年度・移行しない月・移行枠を守る日程のうち、参加する各団体の削減額（現在価値）がすべて正となるもので、団体計の削減額（現在価値）が最大のものです（同額なら参加月の早いもの）。各日程は run と同じ計算で求めています。",
                en:
                    "The schedule keeps every window, budget year, closed month and the capacity; among such schedules in which every member it moves saves (present value > 0), it has the largest present value of the group's savings (of equals, the earlier months). Each schedule is computed as run computes it."
            )
        switch (method, language) {
        case (.bound, .ja):
            return rule
                + "各団体の参加月だけで決まる削減額の最大の組み合わせ（移行枠の中で）と、共同利用の経費が最も少ない場合とから、どの日程の削減額もこれを超えないという上限を求め、その組み合わせを run と同じ計算で確かめたところ上限に達し、全団体が削減になりました。この日程案が最善であることは確かです（厳密解）。"
        case (.bound, .en):
            return rule
                + " An upper bound on every schedule's savings was found (the best each member can save by its own month within the capacity, with the least the shared fees can cost), and its own schedule, computed as run does, reaches it with every member saving: this schedule is the best (exact)."
        case (.exhaustive(let schedules), .ja):
            return rule + "条件を満たす日程 \(NumberFormat.yen(Int64(schedules))) 通りをすべて計算しました。この日程案が最善であることは確かです（厳密解）。"
        case (.exhaustive(let schedules), .en):
            return rule
                + " All \(NumberFormat.yen(Int64(schedules))) schedules within the rules were computed: this one is the best (exact)."
        case (.localSearch(let starts, let seed, let schedules, let agreeing, let worst), .ja):
            return rule
                + "日程の数が多いため局所探索で求めました: \(starts) 通りの出発点（シード \(seed)）から、1団体の参加月の移動、2団体の入れ替え、削減にならない団体のための枠の譲り合いで改善できなくなるまで繰り返し、各出発点で数団体を動かしてやり直しています。計算した日程は \(NumberFormat.yen(Int64(schedules))) 通り、この日程案に至った出発点は \(agreeing) 通り"
                + (worst.map { "、最も悪い出発点の結果は \(money($0))" } ?? "") + "です。これより良い日程がないことは証明されていません。"
        case (.localSearch(let starts, let seed, let schedules, let agreeing, let worst), .en):
            return rule
                + " There are too many schedules to compute them all, so it was found by local search: from \(starts) starts (seed \(seed)), moving one member's month, exchanging two members' months, or making room for a member that does not save by moving another, while that improves, then moving a few members and climbing again. \(NumberFormat.yen(Int64(schedules))) schedules were computed; \(agreeing) of the starts ended at this one"
                + (worst.map { "; the worst start ended at \(money($0))" } ?? "") + ". That no better schedule exists is not proven."
        }
    }

    /// The bound, and how far the schedule may be from the best. Where every member saves in the
    /// schedule, the bound over such schedules (tighter) is the one that counts.
    static func bound(_ plan: SchedulePlan, money: (Int64) -> String, _ language: Language) -> String {
        let found = plan.group.npvSavings
        let separator = language.text(ja: "、", en: ", ")
        if plan.losers.isEmpty, let value = plan.boundWhenAllSave {
            if found >= value {
                return language.text(
                    ja: "全団体が削減になる日程の団体計の削減額（現在価値）の上限は \(money(value)) で、日程案はこれに達しています。日程案が最善であることは確かです。",
                    en:
                        "No schedule in which every member saves can save more than \(money(value)) (present value), and this schedule does: it is proven the best."
                )
            }
            return language.text(
                ja:
                    "全団体が削減になる日程はどれも、団体計の削減額（現在価値）が \(money(value)) を超えません（各団体の参加月だけで決まる削減額の移行枠内での最大と、共同利用の経費が最も少ない場合とから求め、どの団体の組み合わせでも削減にならない参加月を除いた上限）。日程案との差は最大 \(money(value - found)) です。",
                en:
                    "No schedule in which every member saves can save more than \(money(value)) (present value; a bound from the best each member can save by its own month within the capacity, the least the shared fees can cost, and leaving out the months in which a member cannot save whoever else is on): this schedule is at most \(money(value - found)) short of the best."
            )
        }
        let impossible =
            plan.allSaveImpossible
            ? (language.text(
                ja: "また、どの団体が参加していても削減にならない参加月しかない団体があるため、全団体が削減になる日程はありません（証明済み）。",
                en: " Some member cannot save in any month whoever else is on, so no schedule lets every member save (proven)."))
            : ""
        let cost =
            plan.boundLosers.isEmpty
            ? ""
            : language.text(
                ja: "上限に達する日程では \(plan.boundLosers.joined(separator: separator)) が削減になりません。",
                en: " In the schedule that reaches the bound, \(plan.boundLosers.joined(separator: separator)) would not save.")
        switch (plan.bound, language) {
        case (.success(let value), .ja) where found >= value && plan.losers.isEmpty:
            return "団体計の削減額（現在価値）の上限は \(money(value)) で、日程案はこれに達しています。条件を満たすどの日程もこれ以上は削減できないため、日程案が最善であることは確かです。"
        case (.success(let value), .en) where found >= value && plan.losers.isEmpty:
            return
                "No schedule within the rules can save more than \(money(value)) (present value), and this schedule does: it is proven the best."
        case (.success(let value), .ja):
            return
                "条件を満たすどの日程も、団体計の削減額（現在価値）は \(money(value)) を超えません（各団体の参加月だけで決まる削減額の移行枠内での最大と、共同利用の経費が最も少ない場合から求めた上限）。日程案との差は最大 \(money(value - found)) です。"
                + cost + impossible
        case (.success(let value), .en):
            return
                "No schedule within the rules saves more than \(money(value)) (present value; a bound from the best each member can save on its own within the capacity and the least the shared fees can cost): this schedule is at most \(money(value - found)) short of the best."
                + cost + impossible
        case (.failure(let reason), _):
            let why: String
            switch (reason, language) {
            case (.tieredFee(let label), .ja): why = "\(label) の単価が構成団体の人口の合計で決まるため"
            case (.tieredFee(let label), .en): why = "the rate of \(label) depends on the members' total population"
            case (.feeOfSomeMembers(let label), .ja): why = "\(label) が一部の団体だけの経費のため"
            case (.feeOfSomeMembers(let label), .en): why = "\(label) is a fee of some members only"
            case (.memberLeaves(let name), .ja): why = "\(name) が脱退するため"
            case (.memberLeaves(let name), .en): why = "\(name) leaves"
            case (.tooLarge, .ja): why = "現在価値の厳密な計算が大きすぎるため"
            case (.tooLarge, .en): why = "the exact present values are too large to compute"
            }
            return language.text(
                ja: "このシナリオでは削減額の上限を計算できません（\(why)）。", en: "No bound on the savings can be computed for this scenario (\(why)).")
        }
    }

    /// Under the group table when the plan as written breaks the rules: its savings cannot be had.
    static func planBreaksNote(_ count: Int, _ language: Language) -> String {
        language.text(
            ja: "計画（記載どおり）は \(count) 件の条件（参加可能な期間・移行しない月・移行枠）を守っていないため、その削減額は実現できない額です（下の表）。日程案は条件をすべて守ったうえでの額です。",
            en:
                "The plan as written breaks \(count) of the rules (windows, closed months, capacity), so its savings cannot be had (see below); the schedule keeps every rule."
        )
    }

    static func patchNote(_ language: Language) -> String {
        language.text(
            ja: "costsim schedule --format json の \"variant\" をそのままシナリオの \"variants\" に加えると、この日程案を run で計算できます（同じ金額になります）。",
            en:
                "Add the \"variant\" of costsim schedule --format json, as it is, to the scenario's \"variants\": run then computes this schedule, to the same yen."
        )
    }

    static func capacityRow(_ language: Language) -> String { language.text(ja: "移行数", en: "migrations") }
    /// A month under the calendar: `4月`, `Apr`.
    static func monthTick(_ month: Int, _ language: Language) -> String {
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language.text(ja: "\(month)月", en: english[(month - 1) % 12])
    }
    static func monthRow(_ language: Language) -> String { language.text(ja: "月", en: "month") }
}
