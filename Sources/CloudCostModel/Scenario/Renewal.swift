/// A lump sum (re-procurement, hardware refresh) paid only while standalone in that month.
public struct Renewal: Sendable, Equatable {
    public let month: Month
    public let amount: Int64
    public let label: String
}
