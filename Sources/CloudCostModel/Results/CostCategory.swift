import CostsimCore

/// The categories of MODEL.md in which every yen of a result is counted. `subsidy` (national
/// subsidies, 国庫補助) and `allocationTax` (local allocation tax measures, 特別交付税措置) are
/// different money, both ≤ 0; what is left, the total, is the burden on the general fund (一般財源).
package enum CostCategory: String, CaseIterable, Sendable {
    case system, personnel, governmentCloud, oneOff, subsidy, allocationTax
}
