import CostsimCore

/// The secretariat's 負担金 table: what each member pays of each group fee in one fiscal year.
package struct ApportionmentTable: Sendable {
    package struct Share: Sendable, Equatable {
        package let id: String
        package let name: String
        package let amount: Int64
        /// The subsidy on that amount (≤ 0).
        package let subsidy: Int64
        /// The allocation tax measure on what the subsidy leaves (≤ 0).
        package let allocationTax: Int64
        /// For a shared fee, `amount` by basis (均等割, 人口割, 利用量割, in `SplitBasis` order); empty otherwise.
        package let parts: [Int64]
        /// Whether the fee applies to the member at all (false: the fee names its members, not this one).
        package let applies: Bool

        /// What the member paid by `basis` (0 for a fee that is not shared).
        package func part(_ basis: SplitBasis) -> Int64 {
            parts.indices.contains(basis.rawValue) ? parts[basis.rawValue] : 0
        }
    }

    package struct FeeRow: Sendable {
        package let label: String
        package let category: FeeCategory
        /// What the fee cost the group that year; the shares' amounts add up to it.
        package let total: Int64
        /// Every member, in file order, with 0 where it paid nothing.
        package let shares: [Share]
        /// For a shared fee, its split (the coefficients of its bases); nil otherwise.
        package let split: Split?
        /// The ids of the members the fee applies to, when it names them; nil: every member.
        package let members: [String]?
    }

    /// What a member's bill is apportioned by that year: its population, and its usage if it has one.
    package struct Basis: Sendable, Equatable {
        package let population: Int64
        package let usage: ExactDecimal?
    }

    package let caseName: CaseName
    package let fiscalYear: Int
    /// Member names in file order (the order of every fee's shares).
    package let memberNames: [String]
    /// Member ids, and 全国地方公共団体コード where a member has one, in file order.
    package let memberIDs: [String]
    package let memberCodes: [String?]
    package let fees: [FeeRow]
    /// Each member's population and usage in the fiscal year, in file order.
    package let bases: [Basis]

    /// Nil when `fiscalYear` is outside the simulated period.
    package init?(_ result: CaseResult, fiscalYear: Int) throws(AmountOverflowError) {
        guard result.fiscalYears.contains(fiscalYear) else { return nil }
        let year = fiscalYear - result.fiscalYears.lowerBound
        caseName = result.name
        self.fiscalYear = fiscalYear
        memberNames = result.members.map(\.name)
        memberIDs = result.members.map(\.id)
        memberCodes = result.members.map(\.code)
        var rows: [FeeRow] = []
        for ledger in result.fees {
            var total: Int64 = 0
            var shares: [Share] = []
            for (index, member) in result.members.enumerated() {
                let amount = ledger.amounts[index][year]
                total = try Yen.add(total, amount, [.name(ledger.fee.label), .figure(.total)])
                shares.append(
                    Share(
                        id: member.id, name: member.name, amount: amount, subsidy: ledger.subsidies[index][year],
                        allocationTax: ledger.allocationTaxes[index][year], parts: ledger.parts.map { $0[index][year] },
                        applies: ledger.fee.members?.contains(member.id) ?? true))
            }
            var split: Split?
            if case .shared(_, let fee) = ledger.fee.charge { split = fee }
            rows.append(
                FeeRow(
                    label: ledger.fee.label, category: ledger.fee.category, total: total, shares: shares, split: split,
                    members: ledger.fee.members))
        }
        fees = rows
        bases = result.members.map { Basis(population: $0.billedPopulations[year], usage: $0.usage?.value(in: fiscalYear)) }
    }
}
