import CostsimCore

extension Member {
    /// The member joining in `month` instead, everything else as it is: what the decoder makes of the
    /// same member with `"joins": month` (the overlap, the join cost's month and the renewals avoided
    /// follow the join month; the caller keeps `month` before `leaves`).
    func joining(_ month: Month) -> Member {
        Member(
            id: id, name: name, code: code, population: population, populationGrowth: populationGrowth, usage: usage, joins: month,
            leaves: leaves, overlapMonths: overlapMonths, standalone: standalone, personnel: personnel, joinCost: joinCost,
            joinSubsidyRate: joinSubsidyRate, joinAllocationTaxRate: joinAllocationTaxRate, leaveCost: leaveCost, window: window,
            billedPopulations: billedPopulations)
    }
}
