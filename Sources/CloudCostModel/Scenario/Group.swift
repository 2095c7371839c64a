import CostsimCore

/// The shared system: its 代表団体, its remainder rule and its fees.
package struct Group: Sendable, Equatable {
    package let name: String?
    /// Member id of the 代表団体.
    package let representative: String?
    package let remainder: RemainderRule
    package let fees: [Fee]
    /// What `costsim schedule` may place in a month or a fiscal year (nil: no limit).
    package let migrationCapacity: MigrationCapacity?
}
