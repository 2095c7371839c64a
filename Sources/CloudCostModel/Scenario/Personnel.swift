/// Staff working on the systems, standalone and on the shared system.
public struct Personnel: Sendable, Equatable {
    public let staff: ExactDecimal
    public let staffShared: ExactDecimal
    public let costPerStaff: FYValue<Int64>
}
