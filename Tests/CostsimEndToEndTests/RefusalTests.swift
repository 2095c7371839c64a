import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

/// What cannot finish in reasonable time is refused at once, with the reason and a way out.
@Suite("Defects: work that would take many minutes")
struct RefusalTests {
    /// A scenario of `members` towns over `years` fiscal years, with a shared fee subsidised at half.
    func scenario(members: Int, years: Int) -> String {
        let list = (0..<members).map {
            #"{"id": "t\#($0)", "name": "T\#($0)", "population": \#(1_000 + $0), "joins": "2020-04", "standalone": {"annualCost": 1200}}"#
        }
        return #"{"format": "costsim/1", "name": "x", "fiscalYears": {"from": 2020, "to": \#(2019 + years)}, "members": ["#
            + list.joined(separator: ",")
            + #"], "group": {"fees": [{"label": "f", "shared": {"monthly": 1000}, "split": {"population": 1}, "subsidyRate": 0.5}]}}"#
    }

    @Test("timing over every month of 1,100 members and 50 years is refused, saying how far to narrow")
    func timing() {
        // 600 months + never = 601 runs × 1,100 members × 50 years = 33,055,000 member-years > 30,000,000.
        // At most 30,000,000 / 55,000 − 1 = 544 months fit.
        let outcome = costsim("timing", "-", "--member", "t0", "--lang", "en", stdin: scenario(members: 1_100, years: 50))
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("narrow the months with --from and --to to at most 544"), "\(outcome.standardError)")
    }

    @Test("fairness with a million sampled orders of 30 members over 10 years is refused, with the number that fits")
    func fairness() {
        // Each fiscal year is a month group of all 30 members with one subsidised bill: adding the members one by one
        // touches 30 entries and apportions among 1, 2, …, 30 members: 30 + 465 = 495 a year, 4,950 an order.
        // 1,000,000 orders: 4,950,000,000 > 3,000,000,000; 3,000,000,000 / 4,950 = 606,060 orders fit.
        let outcome = costsim("fairness", "-", "--samples", "1000000", "--lang", "en", stdin: scenario(members: 30, years: 10))
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains("1000000 random orders of 30 members would take many minutes; use --samples 606060 or fewer"),
            "\(outcome.standardError)")
    }
}
