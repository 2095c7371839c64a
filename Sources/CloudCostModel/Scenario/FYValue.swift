import CostsimCore

/// A value that may change by fiscal year: `{"2016": 180000000, "2021": 165000000}`.
/// The value for year `y` is the entry with the greatest key `≤ y`.
package struct FYValue<Value: Sendable & Equatable>: Sendable, Equatable {
    /// Entries sorted by fiscal year; the first is at or before the simulated period.
    package let entries: [(fiscalYear: Int, value: Value)]

    /// Nil when there are no entries: a value must be known for some year.
    package init?(entries: [(fiscalYear: Int, value: Value)]) {
        guard !entries.isEmpty else { return nil }
        self.entries = entries.sorted { $0.fiscalYear < $1.fiscalYear }
    }

    /// Entries already known to be sorted and not empty (those of another FY-value).
    private init(sorted entries: [(fiscalYear: Int, value: Value)]) {
        self.entries = entries
    }

    package init(_ value: Value, from fiscalYear: Int) {
        self.entries = [(fiscalYear, value)]
    }

    /// The entry in force in `fiscalYear` (the first entry if the year precedes them all).
    package func entry(in fiscalYear: Int) -> (fiscalYear: Int, value: Value) {
        var chosen = entries[0]
        for entry in entries.dropFirst() where entry.fiscalYear <= fiscalYear { chosen = entry }
        return chosen
    }

    package func value(in fiscalYear: Int) -> Value { entry(in: fiscalYear).value }

    package func map<T>(_ transform: (Value) -> T) -> FYValue<T> {
        FYValue<T>(sorted: entries.map { ($0.fiscalYear, transform($0.value)) })
    }

    package static func == (lhs: FYValue, rhs: FYValue) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.fiscalYear == $1.fiscalYear && $0.value == $1.value }
    }
}
