import CostsimCore

extension Member {
    /// The standalone renewals this member no longer pays because it is on the shared system in their
    /// month (from `joins`, before `leaves`), within the period `first`…`last`; none if it never joins.
    /// The engine charges a renewal only in a month the member is standalone; this names the ones it skips.
    package func renewalsAvoided(first: Month, last: Month) -> [Renewal] {
        guard let joins else { return [] }
        return standalone.renewals.filter { renewal in
            renewal.month >= joins && renewal.month >= first && renewal.month <= last && (leaves.map { renewal.month < $0 } ?? true)
        }
    }
}
