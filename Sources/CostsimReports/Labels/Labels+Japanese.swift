import CloudCostModel
import CostsimCore

extension Labels {
    /// Every label in Japanese, the default. The memberwise initialiser makes a label missing here a
    /// compile error, so both languages stay complete.
    static let japanese = Labels(
        member: "団体", groupTotal: "団体計", fiscalYear: "年度",
        standaloneTotal: "単独運用の総額", caseTotal: { "\($0)総額" }, savings: "削減額", savingsRate: "削減率",
        payback: "回収年度", npv: "削減額(現在価値)", notPaidBack: "回収せず", notJoining: "不参加",
        system: "システム経費", personnel: "人件費", governmentCloud: "ガバメントクラウド", oneOff: "一時経費",
        subsidy: "補助金等", allocationTax: "交付税措置",
        generalFundNote: "合計は、経費から補助金等（国庫補助）と交付税措置（特別交付税措置）を差し引いた一般財源の負担額です。",
        estimateNote: { "推計: \($0)の単独運用のシステム経費は、人口規模別の全国平均（\($1)）から costsim が推計した額です。実際の予算額ではありません。" },
        pendingNote: { "未入力: \($0)は未入力のため計上していません（0 円として計算）。" },
        pendingPersonnel: "人件費", pendingJoinCost: "移行経費",
        total: "合計", feeTotal: "負担金計", net: "差引負担額",
        standaloneCase: "単独運用", planCase: "計画", unit: { "単位：\($0)" },
        roundingNote: { "金額は表示単位（\($0)）未満を四捨五入しているため、内訳の計と合計が一致しない場合があります。" },
        csvCostsHeader: ["ケース", "団体ID", "団体コード", "団体名", "年度", "区分", "金額（円）"], csvBasis: "根拠",
        csvHeadingFiscalYear: "年度", csvHeadingCase: "ケース", csvHeadingUnit: "単位", csvHeadingYen: "円", csvEstimate: "推計（人口規模別の全国平均）",
        csvComparisonHeader: ["ケース", "団体ID", "団体コード", "団体名", "単独運用の総額（円）", "ケースの総額（円）", "削減額（円）", "削減率", "回収年度", "削減額の現在価値（円）"],
        csvAgainstTotal: { "\($0)の総額（円）" },
        csvApportionmentHeader: ["年度", "ケース", "費目", "区分", "団体ID", "団体コード", "団体名", "負担額（円）", "補助金等（円）", "交付税措置（円）"],
        npvNote: { "削減額(現在価値)は割引率\($0)で各年度の削減額を初年度に割り引いた額です。各行で四捨五入しているため、団体計は各団体の和と一致しないことがあります。" },
        chartCostTitle: { "団体全体の経費（単独運用と\($0)）" },
        chartMemberCostTitle: { "経費（単独運用と\($0)）" },
        chartMemberSavingsTitle: { "\($0)の累積削減額（ケースごと）" },
        chartBarsLegend: { "各年度 左（淡色）：単独運用　右：\($0)。補助金等・交付税措置は0より下に表示。" },
        chartSavingsTitle: { "団体ごとの累積削減額（\($0)）" },
        chartYearEnd: "年度末",
        paybackLegend: { "\($0)に回収" },
        chartPaybackNote: "○ 回収年度",
        reportSummary: "単独運用との比較",
        reportCharts: "グラフ",
        reportYears: "年度別経費",
        reportApportionment: "負担金按分表",
        reportFooter: "costsim により作成。金額は円単位で正確に計算し、表示のみ単位未満を丸めています。",
        chartChosenMembers: {
            "団体が多いため、削減にならない団体と、削減額の大きい団体・小さい団体から順に\($0)団体を表示しています。表示していない団体：\($1.joined(separator: "、"))。"
        },
        chartFirstCases: { "最初の\($0)ケースを表示しています。表示していないケース：\($1.joined(separator: "、"))。" },
        inputExchangeRate: "為替レート", inputPopulationGrowth: "人口増減率", inputStaffCost: "職員人件費単価",
        inputJoinCost: "移行経費", inputStandaloneCost: "単独運用のシステム経費",
        input: "入力項目", move: "変化", baseSavings: "基準の削減額",
        sensitivityTitle: { "【感度分析】\($0)：削減額の変化" },
        sensitivityNote: "各入力を一つずつ下げた場合・上げた場合の削減額（単独運用の総額−ケースの総額）の変化。振れ幅の大きい順。人口増減率は全団体の率をポイント単位で動かします。",
        sensitivityRefused: { "\($0) \($1)：シナリオの条件を満たさなくなるため計算していません — " },
        timingTitle: { "【参加時期の比較】\($0)（\($1)）" },
        joinMonth: "参加月", groupSavings: "団体計の削減額", avoidedRenewals: "回避される更新", neverJoins: "参加しない", renewal: "更新",
        month: { "\($0.year)年\($0.month)月" },
        timingNote: "★は削減額の現在価値が最大の選択（参加しない場合を含む）。他の団体の参加時期は計画のまま。",
        fairnessTitle: { "【公平性の検証】\($0)" },
        gains: "参加で得か", shapley: "シャープレイ値", difference: "差（削減額−シャープレイ値）", margin: "誤差(95%)",
        yes: "得", no: "損",
        shapleyExact: { "シャープレイ値：\($0)通りの団体の組合せすべてで、その組合せだけで共同利用した場合の削減額から厳密に計算。" },
        shapleySampled: { "シャープレイ値：団体の並び順を\($0)通り無作為に抽出して推計（乱数の種 \($1)）。誤差は95%信頼区間の半幅。" },
        subsidyRoundingNote: "組合せの削減額は、その組合せの団体だけが参加する場合を本計算と同じ方法（按分・補助金の端数処理を含む）で算出。シャープレイ値は最大剰余法で円単位に丸め、合計は全体の削減額と一致します。",
        blockingTitle: "【単独の共同利用のほうが得になる団体の組合せ】",
        coalition: "組合せ", gainAlone: "その組合せだけで共同利用した場合の追加削減額",
        blockingSummary: { "検証した組合せ \($0)通りのうち \($1)通りで、その組合せだけで共同利用したほうが削減額が大きくなります（削減額の差が大きい上位\($2)通りのみ表示）。" },
        noBlocking: { "検証した組合せ \($0)通りのいずれも、その組合せだけで共同利用するより、全体で共同利用するほうが削減額が大きくなります。" },
        comparisonTitle: { "【単独運用との比較】\($0)" },
        comparisonAgainstTitle: { "【「\($0)」との比較】\($1)" },
        savingsAgainstNote: { "削減額＝「\($0)」の経費−ケースの経費（区分ごと）。" },
        notComparedNote: { caseName, onlyInCase, baseline, onlyInBaseline in
            var parts: [String] = []
            if !onlyInCase.isEmpty { parts.append("\(onlyInCase.joined(separator: "、"))は「\(caseName)」にのみある団体") }
            if !onlyInBaseline.isEmpty { parts.append("\(onlyInBaseline.joined(separator: "、"))は「\(baseline)」にのみある団体") }
            return "比較なし: " + parts.joined(separator: "、") + "のため、団体ごとには比較していません（—）。団体計は、それぞれのケースの全団体の合計どうしを比べた額です。"
        },
        yearTableTitle: { "【年度別経費】\($0)（\($1)）" },
        basisTitle: { "【按分の基礎】\($0)（\($1)）" },
        basisName: { basis in
            switch basis {
            case .equal: return "均等割"
            case .population: return "人口割"
            case .usage: return "利用量割"
            }
        }, population: "人口", usage: "利用量",
        basisNote: "按分の基礎は円単位。各月の額を、均等割・人口割・利用量割の順に係数で分け（最後の割は残額）、各割を人口・利用量等に比例して配分し、1円未満の端数は剰余の大きい団体から1円ずつ配分した額の年度合計です。",
        savingsCategoryTitle: { "【削減額の内訳】\($0)" },
        savingsYearTitle: { "【年度別削減額】\($0)（\($1)）" },
        savingsNote: "削減額＝単独運用の経費−ケースの経費（区分ごと）。一時経費は参加に伴う支出のためマイナス、補助金等・交付税措置は受ける額がプラスになります。",
        reportSavings: "削減額の内訳",
        apportionmentTitle: { "【\($0)年度 負担金按分表】\($1)" },
        period: { "対象期間：\($0)年度〜\($1)年度（\($1 - $0 + 1)年間）" },
        year: { "\($0)年度" })
}
