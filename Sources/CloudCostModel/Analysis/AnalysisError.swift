import CostsimCore

/// A what-if analysis that cannot be made as asked: the message says why and what to do instead
/// (the words in `AnalysisError+Messages.swift`).
package enum AnalysisError: Error, Equatable {
    /// `--against NAME` names no case; `cases` are the names there are.
    case noSuchCase(quoted: String, cases: [String])
    /// Two cases whose fiscal years differ cannot be compared year by year.
    case notComparable(quotedCase: String, quotedBaseline: String)
    case noSuchMember(option: String?, quoted: String)
    /// No join month is left to try (`leaves`: the member's name and its leave month, when it limits them).
    case noJoinMonth(from: String, to: String, first: String, last: String, leaves: Leaving?)
    /// Too much work: `fitting` is how many join months (timing) or random orders (fairness) fit, 0 if none.
    case tooManyJoinMonths(months: Int, members: Int, fiscalYears: Int, fitting: Int)
    case tooManyOrders(orders: Int, members: Int, fitting: Int)
    /// Enumerating every coalition exactly is too much work; `fitting` random orders would fit instead.
    case tooManyCoalitions(members: Int, fiscalYears: Int, fees: Int, fitting: Int)
    case tooManyDraws(draws: Int, members: Int, fiscalYears: Int, fitting: Int)
    /// A draw whose values take a figure past the limit the decoder sets (10^13 yen, a population past 10^9).
    case drawRefused(draw: Int, refusal: ScenarioRevision.Refusal)
    /// `costsim target` on a scenario that states no reduction target (`caseName`: the case asked for, if one
    /// was; `lastYear`: the period's last fiscal year, the example the message gives).
    case noTarget(caseName: String?, lastYear: Int)

    /// The member that leaves, and its leave month, as the message names them.
    package struct Leaving: Equatable, Sendable {
        package let name: String
        package let month: String
    }
}
