import CostsimCore

/// A first scenario for a group of municipalities named by their codes (`costsim new`): the members
/// from the shipped census, their stay-alone system costs estimated by band (`BandEstimate`), what
/// only the towns know left as `"未入力"` (staff, staff cost, migration cost), and one group fee.
///
/// The fee is per 10,000 population a month (人口1万人当たり月額), as vendors bill: either the rate
/// given, or the rate at which the group, all on the shared system for the first fiscal year, would pay
/// `1 − reduction` of its members' estimated stay-alone system costs (the national goal of a 3割削減
/// is `reduction` 0.3):
///
///     rate = floor((1 − reduction) · Σ Eᵢ · 10,000 / (12 · Σ popᵢ))
///
/// with `Eᵢ` and `popᵢ` each member's estimate and population in the first fiscal year.
package struct StarterScenario: Sendable {
    /// A member: a municipality of the census and the month it joins (nil: April of the first year).
    package struct Member: Sendable {
        package let municipality: Census2020.Municipality
        package let joins: Month?

        package init(_ municipality: Census2020.Municipality, joins: Month?) {
            self.municipality = municipality
            self.joins = joins
        }
    }

    /// How the group fee is set.
    package enum FeeRule: Sendable, Equatable {
        /// This rate, yen per 10,000 population a month.
        case perTenThousand(Int64)
        /// The rate that saves this fraction of the members' estimated stay-alone system costs.
        case reduction(ExactDecimal)
    }

    package let name: String
    package let members: [Member]
    package let fiscalYears: ClosedRange<Int>
    package let fee: FeeRule
    /// The year the national target (30 % below FY2018) is checked in; nil: no target written. Each
    /// member's FY2018 cost is then written as the survey's estimate (推計), for the town to replace
    /// with its 決算.
    package let targetYear: Int?

    package init(name: String, members: [Member], fiscalYears: ClosedRange<Int>, fee: FeeRule, targetYear: Int? = nil) {
        self.name = name
        self.members = members
        self.fiscalYears = fiscalYears
        self.fee = fee
        self.targetYear = targetYear
    }

    /// The fee's rate, yen per 10,000 population a month (0 for a group of nobody).
    package var rate: Int64 {
        switch fee {
        case .perTenThousand(let rate):
            return rate
        case .reduction(let reduction):
            let population = members.reduce(Int128(0)) { $0 + Int128($1.municipality.population) }
            guard population > 0 else { return 0 }
            let estimates = members.reduce(Int128(0)) { $0 + Int128(BandEstimate.nationalAverage(population: $1.municipality.population)) }
            // (1 − reduction) in millionths, so that the whole product stays exact.
            let kept = ExactDecimal.one.millionths - reduction.millionths
            return Int64(clamping: Yen.floorDivide(kept * estimates * 10_000, ExactDecimal.scale * 12 * population))
        }
    }

    /// The scenario as `costsim/1` JSON, in the order a person writes it.
    package var json: JSONValue {
        let first = Month.firstOfFiscalYear(fiscalYears.lowerBound)
        let pending = JSONValue.string(ObjectReader.placeholderText)
        let estimate = JSONValue.object(JSONObject([("estimate", .string(EstimateMethod.band.rawValue))]))
        let members = members.map { member -> JSONValue in
            let town = member.municipality
            return .object(
                JSONObject(
                    [
                        ("id", .string(town.code)), ("code", .string(town.code)), ("name", .string(town.name)),
                        ("population", .number(String(town.population))), ("joins", .string((member.joins ?? first).description)),
                        ("standalone", .object(JSONObject([("annualCost", estimate)]))),
                        ("personnel", .object(JSONObject([("staff", pending), ("staffShared", pending), ("costPerStaff", pending)]))),
                        ("joinCost", pending),
                    ] + (targetYear == nil ? [] : [("baseline", estimate)])))
        }
        let fee = JSONValue.object(
            JSONObject([
                ("label", .string("共同利用システム利用料")),
                ("perTenThousand", .object(JSONObject([("monthly", .number(String(rate)))]))),
            ]))
        let target = targetYear.map { year in
            JSONValue.object(
                JSONObject([
                    ("baselineFiscalYear", .number(String(ReductionTarget.defaultBaselineFiscalYear))),
                    ("fiscalYear", .number(String(year))),
                    ("reduction", .number(ReductionTarget.defaultReduction.description)),
                ]))
        }
        return .object(
            JSONObject(
                [
                    ("format", .string("costsim/1")),
                    ("name", .string("\(name)（試算：人口は2020年国勢調査、単独運用経費は人口規模別の全国平均による推計）")),
                    (
                        "fiscalYears",
                        .object(
                            JSONObject([("from", .number(String(fiscalYears.lowerBound))), ("to", .number(String(fiscalYears.upperBound)))])
                        )
                    ),
                ] + (target.map { [("target", $0)] } ?? []) + [
                    ("members", .array(members)),
                    ("group", .object(JSONObject([("name", .string(name)), ("fees", .array([fee]))]))),
                ]))
    }
}
