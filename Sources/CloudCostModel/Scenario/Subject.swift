import CostsimCore

/// What a field of a scenario holds, named in a message ("expected *an amount in yen* …", "required:
/// *the municipality's name*"). One case per kind of field, so each language names it once
/// (`Subject+English.swift`, `Subject+Japanese.swift`).
package enum Subject: Hashable, Sendable {
    case text
    case formatName
    case scenarioName
    case discountRate
    case yenPerUSD
    case members
    case variants
    case period
    case firstFiscalYear
    case lastFiscalYear
    case memberID
    case municipalityName
    case localGovernmentCode
    case populationByYear
    case population
    case growthRate
    case usageByYear
    case usage
    case month
    /// A month with what happens in it: `monthPaid`, `monthCharged`.
    case monthPaid
    case monthCharged
    case overlapMonths
    case subsidyRate
    case allocationTaxRate
    case yen
    case usd
    case standaloneCosts
    case ownSystemPerYear
    case yenPerYear
    case renewals
    case staff
    case staffShared
    case yenPerStaffYear
    case group
    case representativeID
    case fees
    case feeLabel
    case perMemberMonthly
    case ratePerTenThousandOrTiers
    case tierUpTo
    case totalPopulation
    case ratePerTenThousand
    case amountPerYear
    case amountOnce
    case split
    case coefficient
    case variantName
    case patch
    case estimateFactor
    case feeMembers
    case distributionValues
    case distributionValue
    case weight
    case budgetYears
    case budgetYear
    case migrationsPerMonth
    case migrationsPerFiscalYear
    case closedMonths
    case calendarMonth
    case baselineFiscalYear
    case targetFiscalYear
    case reduction
    case costCategories
    case baselineCost
}
