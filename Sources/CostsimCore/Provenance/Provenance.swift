/// What a page was made from, for its footer: the costsim version, each input file (the scenario, and
/// the members spreadsheet it names) with its SHA-256, and the day it was made — so that a figure in
/// a council paper can be traced back to the exact bytes that produced it.
public struct Provenance: Sendable, Equatable {
    public struct Input: Sendable, Equatable {
        /// The file as the command line (or the scenario) named it; nil for standard input.
        public var name: String?
        public var sha256: String

        public init(name: String?, bytes: [UInt8]) {
            self.name = name
            sha256 = SHA256.hex(bytes)
        }
    }

    /// A calendar day in Japan (JST, UTC+9), where the paper is used.
    public struct Day: Sendable, Equatable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// The day in Japan of a moment given as seconds since 1970-01-01T00:00:00Z (the Unix time;
        /// `SOURCE_DATE_EPOCH` for a reproducible build), by the civil-from-days algorithm.
        public init(unixTime seconds: Int64) {
            let days = (seconds + 9 * 3_600).dividedRoundingDown(by: 86_400)
            // Howard Hinnant's days_from_civil inverse: eras of 400 years (146,097 days) from 0000-03-01.
            let z = days + 719_468
            let era = z.dividedRoundingDown(by: 146_097)
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shifted = (5 * dayOfYear + 2) / 153
            day = Int(dayOfYear - (153 * shifted + 2) / 5 + 1)
            month = Int(shifted < 10 ? shifted + 3 : shifted - 9)
            year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        }
    }

    public var version: String
    public var inputs: [Input]
    /// The command line's `--set` changes (`fx.2027=160`): the figures are not the file's alone.
    public var changes: [String]
    public var made: Day

    public init(version: String = CostsimVersion.current, inputs: [Input], changes: [String] = [], made: Day) {
        self.version = version
        self.inputs = inputs
        self.changes = changes
        self.made = made
    }
}

extension Int64 {
    /// Division rounding toward minus infinity (days before 1970 count back correctly).
    fileprivate func dividedRoundingDown(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
