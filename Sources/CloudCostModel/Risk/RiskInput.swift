import CostsimCore

/// One uncertain input of a risk analysis, as a draw sets it (see `Uncertainty`).
package enum RiskInput: Sendable, Hashable {
    /// Yen per USD: for every fiscal year (nil), or for one.
    case exchangeRate(fiscalYear: Int?)
    /// The multiplier of a fee's amounts, by label.
    case fee(String)
    case governmentCloud
    case populationGrowth
    case staffCost
    case joinCost
    /// The months a member's join slips, by id.
    case joinDelay(memberID: String)

    /// Whether a draw of this input changes what a member pays staying alone (so the stay-alone case
    /// must be computed again for each draw).
    var movesStandalone: Bool {
        switch self {
        case .governmentCloud, .populationGrowth, .staffCost: return true
        case .exchangeRate, .fee, .joinCost, .joinDelay: return false
        }
    }
}

extension Uncertainty {
    /// Every input a draw sets, with its distribution, in a fixed order: the exchange rate (one, or
    /// one per fiscal year), each fee in the group's order, Government Cloud, population growth, staff
    /// cost, migration cost, then each joining member's delay in file order.
    package func inputs(for scenario: Scenario) -> [(input: RiskInput, distribution: Distribution)] {
        var inputs: [(RiskInput, Distribution)] = []
        if let fx {
            if fxEachYear {
                for year in scenario.fiscalYears { inputs.append((.exchangeRate(fiscalYear: year), fx)) }
            } else {
                inputs.append((.exchangeRate(fiscalYear: nil), fx))
            }
        }
        for fee in scenario.group.fees {
            if let given = fees.first(where: { $0.label == fee.label }) { inputs.append((.fee(fee.label), given.multiplier)) }
        }
        if let governmentCloud { inputs.append((.governmentCloud, governmentCloud)) }
        if let populationGrowth { inputs.append((.populationGrowth, populationGrowth)) }
        if let staffCost { inputs.append((.staffCost, staffCost)) }
        if let joinCost { inputs.append((.joinCost, joinCost)) }
        if let joinDelay {
            for member in scenario.members where member.joins != nil && (joinDelayMembers?.contains(member.id) ?? true) {
                inputs.append((.joinDelay(memberID: member.id), joinDelay))
            }
        }
        return inputs
    }
}
