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
        // touches 30 entries and apportions among 1, 2, …, 30 members, each apportioned member weighing 10 entries:
        // 30 + 10 × 465 = 4,680 a year, 46,800 an order. 1,000,000 orders: 46,800,000,000 > 3,000,000,000;
        // 3,000,000,000 / 46,800 = 64,102 orders fit.
        let outcome = costsim("fairness", "-", "--samples", "1000000", "--lang", "en", stdin: scenario(members: 30, years: 10))
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains("1000000 random orders of 30 members would take many minutes; use --samples 64102 or fewer"),
            "\(outcome.standardError)")
    }

    @Test("exact fairness of 20 members over 50 years is refused before it starts, with --samples as the way out")
    func exactFairness() {
        // 5,050 × (2^20 − 1) units > 3,000,000,000 (worked in WhatIfTests.exactWorkLimit); 28,301 orders would fit.
        let outcome = costsim("fairness", "-", "--lang", "en", stdin: scenario(members: 20, years: 50))
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.contains(
                "checking all 1,048,575 coalitions of 20 members exactly, over 50 fiscal years with 1 fee, would take many minutes; "
                    + "estimate the Shapley values from random orders instead with --samples 1000 (at most 28301"),
            "\(outcome.standardError)")
        let japanese = costsim("fairness", "-", stdin: scenario(members: 20, years: 50))
        #expect(japanese.standardError.contains("20 団体・50 年度・費用 1 件で全 1,048,575 通りの組合せを厳密に計算すると何分もかかります"))
    }
}
