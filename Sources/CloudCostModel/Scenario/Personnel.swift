import CostsimCore

/// Staff working on the systems, standalone and on the shared system.
package struct Personnel: Sendable, Equatable {
    package let staff: ExactDecimal
    package let staffShared: ExactDecimal
    package let costPerStaff: FYValue<Int64>
}
