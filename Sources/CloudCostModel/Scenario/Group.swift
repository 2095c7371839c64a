/// The shared system: its 代表団体, its remainder rule and its fees.
public struct Group: Sendable, Equatable {
    public let name: String?
    /// Member id of the 代表団体.
    public let representative: String?
    public let remainder: RemainderRule
    public let fees: [Fee]
    /// What `costsim schedule` may place in a month or a fiscal year (nil: no limit).
    public let migrationCapacity: MigrationCapacity?
}
