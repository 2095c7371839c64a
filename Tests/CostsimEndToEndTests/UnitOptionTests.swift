import CloudCostModel
import CostsimCore
import CostsimReports
import Foundation
import Testing

@testable import CostsimCLI

@Suite("Units and eras on every command that prints money or years")
struct UnitOptionTests {
    let worked = packageRoot.appendingPathComponent("Scenarios/worked-example.json").path

    @Test("timing in 千円: 西町 joining April 2024 saves 2,537,500 yen → 2,538 千円 (rounded half up)")
    func timingThousands() {
        let outcome = costsim("timing", worked, "--member", "west", "--from", "2024-04", "--to", "2024-04", "--unit", "thousand")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("単位：千円"))
        // Savings 2,537,500 → 2,538 (half away from zero); NPV 2,509,559 → 2,510; group savings 4,912,500 → 4,913.
        #expect(outcome.standardOutput.contains("2,538"))
        #expect(outcome.standardOutput.contains("2,510"))
    }

    @Test("sensitivity and fairness take --unit; JSON refuses it")
    func whatIfUnits() {
        let sensitivity = costsim("sensitivity", worked, "--unit", "thousand")
        // The stay-alone cost −10 %: −1,200,000 yen → −1,200 千円; base savings 4,800,000 → 4,800.
        #expect(sensitivity.standardOutput.contains("-1,200") && sensitivity.standardOutput.contains("4,800"))
        let fairness = costsim("fairness", worked, "--unit", "million", "--lang", "en").standardOutput
        // Each amount rounded on its own, halves away from zero: savings 3,375,000 → 3, 1,425,000 → 1, together
        // 4,800,000 → 5; Shapley 3,500,000 → 4 (the half goes up), 1,300,000 → 1. The differences are exact
        // amounts too: −125,000 and +125,000 yen, −0.125 and +0.125 million → 0.
        #expect(fairness.contains("Unit: million yen"))
        #expect(fairness.contains("東町    yes                     3              4                  0"))
        #expect(fairness.contains("西町    yes                     1              1                  0"))
        #expect(fairness.contains("Group                           5              5"))
        #expect(costsim("fairness", worked, "--format", "json", "--unit", "thousand").status == 2)
        #expect(costsim("timing", worked, "--member", "west", "--format", "json", "--era", "japanese").status == 2)
        #expect(costsim("run", worked, "--format", "csv", "--era", "japanese").status == 2)
    }

    @Test("--era japanese in the terminal table of run")
    func runEra() {
        let outcome = costsim("run", worked, "--era", "japanese")
        #expect(outcome.standardOutput.contains("対象期間：令和6年度〜令和7年度（2年間）"))
        #expect(outcome.standardOutput.contains("令和6年度"))
        #expect(!outcome.standardOutput.contains("2024年度"))
    }
}
