import CostsimCore

/// Why `costsim schedule` cannot plan: nothing to move, a member with no month it may join in, or
/// more members than the capacity can migrate (the words in `ScheduleError+Messages.swift`).
package enum ScheduleError: Error, Equatable {
    /// No member states `earliestJoin`, `latestJoin` or `budgetYears`.
    case noMemberToMove
    /// The member's window has no month the rules leave open (`from`–`to`: the window within the period).
    case noMonth(member: String, from: String, to: String)
    /// These members can only join in months and fiscal years with room for `room` migrations in all.
    case overCapacity(members: [String], room: Int)
    /// The search would take too long (`months`: the candidate months of all moved members together).
    case tooLarge(members: Int, months: Int, fiscalYears: Int)
}
