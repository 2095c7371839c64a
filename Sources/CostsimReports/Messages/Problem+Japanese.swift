import CloudCostModel
import CostsimCore

extension Problem {
    /// The Japanese message, for finance staff: what is wrong and how to write it instead.
    var japanese: String {
        switch self {
        case .notAnObject(let found): return "オブジェクト {…} を書いてください（\(found.text(.ja))が書かれています）"
        case .unknownKey(let key, let suggestion, let allowed):
            if let suggestion { return "\(key) という項目はありません。\"\(suggestion)\" の誤りではありませんか？" }
            return "\(key) という項目はありません。ここに書ける項目: " + allowed.joined(separator: ", ")
        case .required(let subject): return "必須です: \(subject.japanese)"
        case .notText(let subject, let found):
            return "\(subject.japanese)をダブルクォート \"…\" で囲んで書いてください（\(found.text(.ja))が書かれています）"
        case .notNumber(let subject, let found, let hint):
            let message = "\(subject.japanese)を数値で書いてください（\(found.text(.ja))が書かれています）"
            switch hint {
            case nil: return message
            case .fullWidthDigits?: return message + "。全角数字です: 引用符を付けずに半角数字で書いてください（例: 7000）"
            case .quoted?: return message + "。引用符と桁区切りのカンマを付けずに書いてください（例: 7000）"
            }
        case .tooManyDecimals(let number):
            return "\(number) は小数点以下が6桁を超えています。costsim は数値を正確に読むため、小数点以下は6桁までです"
        case .tooLarge(let number): return "\(number) は大きすぎます"
        case .outOfRange(let number, let subject, let low, let high):
            return "\(number) は範囲外です。\(subject.japanese)は \(low) 以上 \(high) 以下で書いてください"
        case .notWhole(let number, let subject): return "\(number) は整数ではありません。\(subject.japanese)は整数で書いてください"
        case .monthNotText(let found):
            return "年月をダブルクォートで囲んだ \"YYYY-MM\" で書いてください（例: \"2019-04\"。\(found.text(.ja))が書かれています）"
        case .notMonth(let text):
            return "\(text) は年月ではありません。\"YYYY-MM\" で書いてください（例: \"2019-04\"。年は1900〜2199、月は01〜12）"
        case .notOneOf(let options, let found, let text):
            return
                "\(options.map { "\"\($0)\"" }.joined(separator: "、")) のいずれかを書いてください（\(text.map { $0 + " " } ?? found.text(.ja))が書かれています）"
        case .notList(let subject, let found):
            return "\(subject.japanese)をリスト […] で書いてください（\(found.text(.ja))が書かれています）"
        case .emptyByYear(let subject):
            return "\(subject.japanese)、または年度ごとの値のオブジェクトを書いてください（空のオブジェクトが書かれています）"
        case .notFiscalYearKey(let key): return "\(key) は年度ではありません。年度ごとの値のキーは \"2016\" のような年度です"
        case .byYearStartsLate(let first, let needed):
            return "最初の年度が \(first) ですが、値は \(needed) 年度（fiscalYears.from）から必要です"

        case .emptyText: return "空にはできません"
        case .textTooManyBytes(let bytes, let limit): return "\(bytes) バイトあります。名称は \(limit) 文字までです"
        case .textTooLong(let count, let limit): return "\(count) 文字あります。名称は \(limit) 文字までです"
        case .invisibleCharacter(let codePoint):
            return "見えない文字 \(codePoint)（制御文字または文字方向の指定）が含まれています。表や画面が崩れるため、削除してください"

        case .unknownFormat(let format): return "\(format) はこの版で読めない形式です。\"costsim/1\" と書いてください"
        case .endBeforeStart(let end, let start, let field): return "\(end) が \(field)（\(start)）より前です"
        case .tooManyFiscalYears(let count, let limit): return "\(count) 年度あります。costsim が計算できるのは \(limit) 年度までです"
        case .noMembers: return "一覧が空です。構成団体を1団体以上書いてください"

        case .duplicateID(let id, let previous): return "\(id) は members[\(previous)] の ID と同じです。ID は重複できません"
        case .invalidID(let id): return "\(id) は ID に使えません。英小文字 a〜z、数字、'-'、'_' だけで書いてください（例: \"kusatsu\"）"
        case .codeAsNumber(let digits):
            return "団体コードは数値ではなく、ダブルクォートで囲んだ文字列 \"\(digits)\" で書いてください"
                + "（数値では先頭の0が消えます）。--set では members.ID.code='\"\(digits)\"'"
        case .notLocalGovernmentCode(let code): return "\(code) は全国地方公共団体コード（5桁、または検査数字付きの6桁）ではありません"
        case .unknownCode(let code, let nearest):
            return "\(code) は2020年国勢調査のどの市区町村のコードでもありません"
                + (nearest.isEmpty ? "" : "。近いコード: " + nearest.joined(separator: "、"))
        case .wrongCheckDigit(let code, let given, let expected):
            return "\"\(code)\" の検査数字は \(given) ですが、上5桁からは \(expected) になります（\(code.prefix(5))\(expected)）"
        case .leavesWithoutJoining: return "参加しない団体（joins: null）には脱退（leaves）を書けません"
        case .leavesNotAfterJoins(let leaves, let joins): return "\(leaves) は参加月（\(joins)）より後にしてください"
        case .estimateTooLarge(let limit): return "推計が年 \(limit) 円を超えます。factor を小さくしてください"
        case .pending(let field):
            switch field {
            case "joinCost": return "未入力です。入力するまで移行経費を 0 円として計算しています"
            default: return "未入力です。職員数（staff）と人件費単価（costPerStaff）を入力するまで人件費を計上していません"
            }
        case .nameNotOfCode(let name, let code, let censusName):
            return "\(name) と書かれていますが、団体コード \(code) は2020年国勢調査では\(censusName)です。名前かコードのどちらかが誤っていないか確かめてください（人口などはコードの団体のものを使います）"
        case .nobodyJoins: return "どの団体も期間中に参加しません（参加月がありません）。計画は全団体の単独運用と同じです"
        case .baselineWithoutTarget:
            return "基準年度経費（baseline）が書かれていますが、削減目標（target）がないため使われません"
        case .baselineRequired(let year, let from, let to):
            return "基準年度（\(year)年度）が期間（\(from)〜\(to)年度）の外にあるため、基準年度経費を単独運用の試算から求められません。"
                + "決算額を円で書くか（\"baseline\": 123000000）、推計 {\"estimate\": \"band\"} と書いてください"
        case .targetYearOutsidePeriod(let year, let from, let to):
            return "目標年度 \(year) が期間（\(from)〜\(to)年度）の外にあります。期間内の年度を書いてください"
        case .targetNotAfterBaseline(let year, let baseline):
            return "目標年度 \(year) が基準年度（\(baseline)年度）の後ではありません。基準年度より後の年度を書いてください"
        case .noCategories: return "一覧が空です。数える経費区分を1つ以上書いてください（例: [\"system\", \"governmentCloud\"]）"
        case .duplicateCategory(let category): return "\(category) が2回書かれています。経費区分は1回ずつ書いてください"
        case .populationGrowsTooLarge(let limit, let year): return "この増加率では \(year) 年度までに人口が \(limit) を超えます"

        case .unknownRepresentative(let id, let suggestion):
            return "\(id) は構成団体の ID ではありません" + (suggestion.map { "。\"\($0)\" の誤りではありませんか？" } ?? "")
        case .representativeRequired: return "remainder が \"representative\" のときは必須です: 代表団体の ID"
        case .duplicateLabel(let label, let previous):
            return "\(label) は group.fees[\(previous)] の名称と同じです。経費の名称は重複できません"
        case .usageRequired(let index, let label):
            return "必須です: group.fees[\(index)]（\(label)）は利用量割で按分するため、すべての構成団体に利用量（usage）が必要です"
        case .usdNeedsFX: return "米ドル建ての経費には、シナリオの最上位に \"fx\"（年度ごとの1ドル当たりの円）が必要です"
        case .noFeeKind: return "経費には \"perTenThousand\"、\"perMember\"、\"shared\" のいずれかが必要です"
        case .severalFeeKinds(let kinds):
            return "経費には \"perTenThousand\"、\"perMember\"、\"shared\" のうち1つだけを書きます（\(kinds.joined(separator: " と ")) が書かれています）"
        case .splitOnlyForShared: return "按分（split）できるのは \"shared\" の経費だけです。団体ごと・人口1万人当たりの経費は各団体が直接払います"
        case .noTiers: return "段階料金の一覧が空です"
        case .tierNotAscending(let upTo, let previous): return "\(upTo) は前の段階の \(previous) より大きくしてください"
        case .tierAfterUnbounded: return "\"upTo\": null（上限なし）の段階の後には段階を置けません"
        case .lastTierBounded: return "最後の段階は \"upTo\": null にしてください（どの合計人口にも料金が決まるように）"
        case .tierPopulationWithoutTiers:
            return
                "\"tierPopulation\" は \"monthly\" の段階を選ぶ人口ですが、ここでは \"monthly\" が単一の料金です。\"monthly\" を段階のリストにするか、\"tierPopulation\" を削除してください"
        case .noSharedForm: return "共有経費には \"monthly\"、\"annual\"、\"once\"（\"amount\" と共に）のいずれかが必要です"
        case .severalSharedForms(let forms):
            return "共有経費には \"monthly\"、\"annual\"、\"once\" のうち1つだけを書きます（\(forms.joined(separator: " と ")) が書かれています）"
        case .amountOnlyWithOnce: return "\"amount\" は \"once\" と共にだけ書けます"
        case .splitSum(let sum): return "係数の合計が \(sum) です。合計はちょうど 1 にしてください"
        case .noFeeMembers: return "一覧が空です。すべての構成団体にかかる経費なら \"members\" を書かないでください"
        case .unknownFeeMember(let id, let suggestion):
            return "\(id) は構成団体の ID ではありません" + (suggestion.map { "。\"\($0)\" の誤りではありませんか？" } ?? "")
        case .duplicateFeeMember(let id): return "\(id) が2回書かれています"
        case .windowNotBeforeLeaving(let month, let leaves): return "\(month) は脱退月（\(leaves)）より前にしてください"
        case .noBudgetYears: return "一覧が空です。どの年度でも予算化できるなら \"budgetYears\" を書かないでください"
        case .budgetYearsText(let text):
            return "\(text) は年度の一覧ではありません。[2027, 2028] のように書いてください（表計算のセルなら 2027、2028 や 令和9年度）"
        case .duplicateYear(let year): return "\(year) が2回書かれています"
        case .closedMonthForm(let found): return "月（1〜12）か年月 \"YYYY-MM\" を書いてください（\(found.text(.ja))が書かれています）"
        case .duplicateClosedMonth(let month): return "\(month) が2回書かれています"

        case .reservedVariantName(let name): return "\(name) はケース名に使えません（\"standalone\" と \"plan\" は既定のケースです）"
        case .duplicateVariantName(let name, let previous): return "\(name) は variants[\(previous)] の名前と同じです"
        case .patchNotObject(let found): return "変更内容をオブジェクト {…} で書いてください（\(found.text(.ja))が書かれています）"
        case .patchChangesVariants: return "ケースの中でケースの一覧（variants）は変えられません"
        case .patchItemNeedsKey(let field): return "変更するリストの各項目には、どの項目かを示す \"\(field)\" が必要です"
        case .patchRemoveForm(let field, let key): return "項目を削除するには {\"\(field)\": \"\(key)\", \"remove\": true} だけを書いてください"
        case .patchNothingToRemove(let field, let key): return "\(field) が \(key) の項目はないため、削除できません"

        case .membersFileForm:
            return "構成団体はリスト […] で書くか、シナリオと同じフォルダの表計算ファイルなら {\"csv\": \"members.csv\"} または "
                + "{\"xlsx\": \"members.xlsx\", \"sheet\": \"構成団体\"}（sheet は省略可：最初のシート）と書いてください"
        case .workbookUnreadable(let reason):
            switch reason {
            case .notZIP: return "Excel のブック（.xlsx）として読めません。CSV なら {\"csv\": …} と書き、ブックなら Excel で保存し直してください"
            case .unsupported(let what): return "このブックは costsim が読めない形式を使っています（\(what)）。Excel で「Excel ブック (*.xlsx)」として保存し直してください"
            case .tooLarge(let limit):
                return "ブックの中身が大きすぎます（展開すると \(limit / (1 << 20)) MiB を超えるか、圧縮率が異常です）。構成団体の表だけのブックにしてください"
            case .tooManyEntries(let limit): return "ブックの部品が \(limit) を超えます。構成団体の表だけのブックにしてください"
            case .damaged(let part): return "ブックが壊れています（\(part)）。Excel で開いて保存し直してください"
            }
        case .noSuchSheet(let sheet, let sheets):
            return "\(sheet) というシートはありません。シートは \(sheets.map { "\"\($0)\"" }.joined(separator: "、")) です"
        case .emptySheet: return "ファイルが空です。1行目に見出し（団体名、人口、参加月 など）を書いてください"
        case .notSpreadsheetText:
            return "UTF-8 でも Shift_JIS でもないファイルです。Excel で「CSV UTF-8」または「CSV」として保存してください（Unicode テキストではありません）"
        case .unclosedQuote: return "セルのダブルクォート \" が閉じられていません"
        case .unknownHeading(let heading, let suggestion):
            return "\(heading) という見出しはありません" + (suggestion.map { "。\"\($0)\" の誤りではありませんか？" } ?? "。使える見出しは docs/FORMAT.md にあります")
        case .duplicateHeading(let heading): return "見出し \(heading) が2回あります"
        case .extraCells(let cells, let headings): return "この行には \(cells) 個のセルがありますが、見出しは \(headings) 個です"
        case .missingCells(let cells, let headings):
            return "この行には \(cells) 個のセルしかありませんが、見出しは \(headings) 個です（空欄のセルも区切りの , で残してください）"
        case .noIDOrCode: return "団体ID（id）か団体コード（code）が必要です"
        case .codeLostLeadingZero(let digits, let restored):
            return "\(digits) は先頭の 0 が消えています（Excel は数値の先頭の 0 を消します）。\(restored) と書き、列の書式を「文字列」にしてください"
        case .noDistribution: return "分布には \"triangular\"、\"uniform\"、\"discrete\" のいずれかが必要です"
        case .severalDistributions(let kinds):
            return "分布には \"triangular\"、\"uniform\"、\"discrete\" のうち1つだけを書きます（\(kinds.joined(separator: " と ")) が書かれています）"
        case .distributionArity(let kind, let count, let found):
            return "\(kind == "triangular" ? "三角分布は [最小, 最頻, 最大]" : "一様分布は [最小, 最大]") の \(count) 個の数値で書いてください（\(found) 個あります）"
        case .triangleOrder: return "最小 ≤ 最頻 ≤ 最大 の順に書いてください"
        case .uniformOrder: return "最小 ≤ 最大 の順に書いてください"
        case .weightsCount(let values, let weights): return "値が \(values) 個、重みが \(weights) 個です。値ごとに重みを1つ書いてください"
        case .weightsSum(let sum): return "重みの合計が \(sum) です。合計はちょうど 1 にしてください"
        case .setNeedsEquals: return "PATH=VALUE の形で書いてください（例: members.koka.joins=2021-04）"
        case .setEmptyPart: return "パスに空の部分があります"
        case .setTooDeep(let parts, let limit): return "パスが \(parts) 階層あります。シナリオの値は \(limit) 階層より深くありません"
        case .setNoKeyedItem(let field, let key, let suggestion):
            return "\(field) が \(key) の項目はありません" + (suggestion.map { "。\"\($0)\" の誤りではありませんか？" } ?? "")
        case .setNoIndex(let key, let count): return "\(count) 項目のリストに \(key) 番目の項目はありません"
        case .setKeyMismatch(let field, let key):
            return "パスは \(field) \"\(key)\" を指していますが、値の \(field) が異なります。値から \"\(field)\" を除いてください"
        case .setNotContainer(let location, let found, let key): return "\(location) は\(found.text(.ja))で、\"\(key)\" を持てません"
        }
    }
}
