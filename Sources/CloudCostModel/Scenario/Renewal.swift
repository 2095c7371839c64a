import CostsimCore

/// A lump sum (re-procurement, hardware refresh) paid only while standalone in that month.
package struct Renewal: Sendable, Equatable {
    package let month: Month
    package let amount: Int64
    package let label: String
}
