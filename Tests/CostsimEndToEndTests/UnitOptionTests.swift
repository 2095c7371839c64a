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
        // Savings 3,375,000 and 1,425,000 yen, 4,800,000 together → 5 million: floors 3 and 1, the million left to the
        // larger remainder (.425 against .375): 3 and 2. Shapley 3,500,000 and 1,300,000: floors 3 and 1, the million
        // left to .5 against .3: 4 and 1. The difference is of the figures shown: −1 and +1.
        #expect(fairness.contains("Unit: million yen"))
        #expect(fairness.contains("東町    yes                     3              4                 -1"))
        #expect(fairness.contains("西町    yes                     2              1                 +1"))
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
