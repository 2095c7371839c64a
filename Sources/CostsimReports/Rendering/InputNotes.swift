import CloudCostModel
import CostsimCore

/// The notes under a table whose figures rest on something that is not the user's own: members
/// whose stay-alone system cost is estimated (推計, with the survey cited), and figures the scenario
/// leaves to be filled in (未入力), said by what and whose.
enum InputNotes {
    static func notes(members: [Member], warnings: [ValidationIssue], labels: Labels, language: Language) -> [String] {
        var notes: [String] = []
        let separator = language.text(ja: "、", en: ", ")
        let estimated = members.filter { $0.standalone.annualCostEstimate != nil }.map(\.name)
        if !estimated.isEmpty {
            notes.append(labels.estimateNote(estimated.joined(separator: separator), ITCostSurvey2017.citation(language)))
        }
        // Warnings are at `members[i].personnel` or `members[i].joinCost`.
        var personnel: [String] = []
        var joinCosts: [String] = []
        var baselines: [String] = []
        for warning in warnings {
            guard case .pending = warning.problem, let (index, keys) = warning.memberField, members.indices.contains(index) else {
                continue
            }
            switch keys {
            case ["joinCost"]: joinCosts.append(members[index].name)
            case ["baseline"]: baselines.append(members[index].name)
            default: personnel.append(members[index].name)
            }
        }
        let baselineWords = language.text(ja: "基準年度経費（単独運用の試算で代用）", en: "the baseline (the stay-alone figure used instead)")
        let pending = [(labels.pendingPersonnel, personnel), (labels.pendingJoinCost, joinCosts), (baselineWords, baselines)]
            .filter { !$0.1.isEmpty }
            .map { what, names in
                language.text(ja: "\(what)（\(names.joined(separator: separator))）", en: "\(what) (\(names.joined(separator: separator)))")
            }
        if !pending.isEmpty { notes.append(labels.pendingNote(pending.joined(separator: separator))) }
        return notes
    }
}
