import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    /// `costsim validate`: OK, or every problem.
    static let validate = Command(
        name: "validate",
        summary: Words(
            ja: "シナリオを検査します：OK か、すべての問題を「場所: メッセージ」で。", en: "Check a scenario file: prints OK, or every problem as PATH: message."),
        description: Words(
            ja: """
                FILE を costsim/1 形式（バリアントを含む）に照らして検査します。OK（終了コード 0）、または見つけたす
                べての問題を「場所: メッセージ」として標準エラーに示します（終了コード 1）。
                """,
            en: """
                Checks FILE against the costsim/1 format, its variants included. Prints OK (exit status 0), or
                every problem found as PATH: message on standard error (exit status 1).
                """),
        options: [.lang, .set],
        run: { invocation in
            let document = try invocation.loadScenario()
            // A valid file must also compute: figures beyond 64-bit yen are reported here too.
            _ = try ScenarioResults(document)
            invocation.output.write("OK\n")
        })
}
