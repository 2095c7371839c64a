import CostsimCore

/// A what-if change of a valid scenario, in types: the one way an analysis changes a scenario
/// (`sensitivity`'s inputs moved, `timing`'s join month, a `risk` draw, a `schedule`, the schedule
/// bound's member alone). `Scenario.revised(by:)` applies it.
///
/// **Why typed, and why it keeps the invariants.** Only `ScenarioDecoder` makes a `Scenario` from
/// nothing, after checking every rule. A revision changes only values the rules bound — amounts, rates,
/// a growth rate, join months — and checks each new value against the very limit the decoder checks
/// for it (`Limits`, the estimate factor's 10, a join before leaving), deriving again what follows from
/// it (the billed populations, a band estimate). So a revised scenario is one the decoder would accept
/// from a file saying the same; a test makes each kind of change both ways — here, and in the JSON
/// decoded again — and requires the same figures. It is made without reading any JSON again, which
/// matters where thousands are made (a risk draw, a schedule).
///
/// Amounts are scaled as a person would edit the file: `floor(amount · m)` in whole yen, USD and rates
/// to a millionth.
package struct ScenarioRevision: Sendable {
    /// The yen-per-dollar rates, scaled or replaced.
    package enum ExchangeRates: Sendable {
        case scaled(by: ExactDecimal)
        case replaced(FYValue<ExactDecimal>)
    }

    /// What a revision changes, to name in a refusal.
    package enum Change: Sendable, Equatable {
        case exchangeRate
        case fee(String)
        case governmentCloud
        case populationGrowth
        case staffCost
        case joinCost
        case standaloneCost
        case joins(memberID: String)
    }

    /// The rule of the decoder a changed value would break.
    package enum Limit: Sendable, Equatable {
        /// An amount past `Limits.amount` (10^13 yen).
        case amount
        /// A population past `Limits.population` (10^9), or a growth rate outside (−1, 1).
        case population
        /// An exchange rate outside 0.000001…`Limits.exchangeRate` yen per USD.
        case exchangeRate
        /// A band estimate's factor past 10.
        case estimateFactor
        /// A join month not before the member leaves.
        case joinsNotBeforeLeaving
    }

    /// Why a revision cannot be made: the change that takes a value past the decoder's rule for it.
    package struct Refusal: Error, Sendable, Equatable {
        package let change: Change
        package let limit: Limit
        /// The member whose value it is (nil: a fee's or the exchange rate).
        package var member: String? = nil
    }

    package var exchangeRates: ExchangeRates?
    /// Multipliers of a fee's amounts and rates (never a tier's bound), by fee label.
    package var fees: [String: ExactDecimal] = [:]
    /// A multiplier of every Government Cloud amount: the fees of that category (after their own
    /// multiplier) and the members' own Government Cloud environments.
    package var governmentCloud: ExactDecimal?
    /// Added to every member's population growth rate (a member without one has 0).
    package var populationGrowth: ExactDecimal?
    /// Multipliers of every member's cost per staff, join cost and stay-alone cost (a band estimate's
    /// factor, or the annual cost given).
    package var staffCost: ExactDecimal?
    package var joinCost: ExactDecimal?
    package var standaloneCost: ExactDecimal?
    /// New join months, by member index; `.some(nil)` never joins (and so never leaves).
    package var joins: [Int: Month?] = [:]
    /// Months a member's join slips, by member id (a member that never joins does not move); a join
    /// that slips to or past the member's `leaves` means it never joins.
    package var joinDelays: [String: Int] = [:]
    /// Keep only these members (by index) and fees (by index in `group.fees`): one member alone with
    /// the fees that charge each member by itself, for the schedule's bound. The group's name, its
    /// migration capacity and the uncertainty go; the representative stays if it is kept.
    package var only: (members: [Int], fees: [Int])?

    package init() {}

    /// Join months only: a schedule, or `timing`'s month.
    package static func joining(_ months: [Int: Month?]) -> ScenarioRevision {
        var revision = ScenarioRevision()
        revision.joins = months
        return revision
    }
}
