import CloudCostModel
import CostsimCore
import CostsimReports

extension Usage {
    var japanese: String {
        func or(_ words: [String]) -> String { words.joined(separator: "・") }
        switch self {
        case .missingCommand: return "コマンドを指定してください"
        case .unknownCommand(let name, let suggestion):
            return "\(name) というコマンドはありません" + (suggestion.map { "。\($0) の誤りではありませんか？" } ?? "")
        case .unknownOption(let name, let suggestion):
            return "\(name) というオプションはありません" + (suggestion.map { "。\($0) の誤りではありませんか？" } ?? "")
        case .takesNoValue(let option): return "\(option) には値を付けません"
        case .needsValue(let option, let synopsis): return "\(option) には値が必要です: \(synopsis)"
        case .givenTwice(let option): return "\(option) が2回以上指定されています"
        case .requiredOption(let synopsis, _): return "\(synopsis) は必須です"
        case .notOneOf(let option, let choices, let got):
            return "\(option) には \(choices.joined(separator: "、")) のいずれかを指定してください（\(got) が指定されています）"
        case .notWholeNumber(let option, let low, let high, let got):
            return "\(option) には \(low) 以上 \(high) 以下の整数を指定してください（\(got) が指定されています）"
        case .notFiscalYear(let option, let got): return "\(option) には 2020 のような年度を指定してください（\(got) が指定されています）"
        case .notMonth(let option, let got): return "\(option) には 2021-04 のような年月 \"YYYY-MM\" を指定してください（\(got) が指定されています）"
        case .notPercentage(let option, let points, let got):
            return "\(option) には 0 より大きく 100 より小さい\(points ? "ポイント数" : "百分率")を、小数点以下4桁までで指定してください"
                + "（例: 10 や 0.5。\(got) が指定されています）"
        case .missingFile: return "シナリオファイル（FILE）を指定してください"
        case .missingSpreadsheet: return "表計算ファイル（CSV）を指定してください"
        case .unexpectedOperand(let text): return "\(text) は不要です。このコマンドはファイルを読みません"
        case .feeOrReduction: return "--fee-per-10k と --reduction はどちらか一方だけ指定してください"
        case .memberTwice(let value, let name): return "--member \(value): \(name)が2回指定されています"
        case .badMember(let problem): return "--member: \(problem.text(.ja))"
        case .tooManyFiles(let count, let shown): return "シナリオファイルは1つだけ指定してください（\(count) 個あります: \(shown)）"
        case .unitNotWith(let format, let formats):
            return "\(format) は常に円単位の正確な金額です。--unit は \(or(formats)) で使えます"
        case .eraNotWith(let format, let formats): return "\(format) の年度は常に西暦です。--era は \(or(formats)) で使えます"
        case .onlyWithFormat(let option, let formats):
            let what = option == "--fiscal-year" ? "--fiscal-year（負担金按分表の年度）" : option
            return "\(what) は --format \(or(formats)) で使えます"
        case .fiscalYearOutside(let year, let caseName, let low, let high):
            return "--fiscal-year \(year) は\(caseName.map { "ケース \($0) の期間" } ?? "シナリオの期間") \(low)〜\(high) の外です"
        case .targetYearOutside(let year, let low, let high):
            return "--target-year \(year) は書くシナリオの期間 \(low)〜\(high) の外です（2018年度より後で、--from〜--to の年度を指定してください）"
        case .noSuchMember(let id, let suggestion, let ids):
            return "--member: ID が \(id) の構成団体はありません" + (suggestion.map { "。\($0) の誤りではありませんか？" } ?? "")
                + "（ID: \(ids)）"
        case .noSuchCase(let option, let name, let cases): return "\(option): \(name) というケースはありません。ケースは \(cases.joined(separator: "、")) です"
        case .ambiguousCase(let option, let name, let cases):
            return "\(option): \(name) に当たるケースが複数あります（\(cases.joined(separator: "、"))）。名前を表のとおりに書いてください"
        case .ambiguousMember(let name, let members):
            return "--member: \(name) に当たる構成団体が複数あります（\(members.joined(separator: "、"))）。ID で指定してください"
        case .toBeforeFrom(let to, let from): return "--to \(to) が --from \(from) より前です"
        case .workbookToTerminal:
            return "--format xlsx は Excel のブックを書くため、端末には表示できません。--out FILE.xlsx を付けるか、> FILE.xlsx でファイルに書いてください"
        case .workbookName(let name): return "--out \(name): ブックのファイル名は Excel が開けるよう .xlsx で終えてください"
        case .onePackPerMember(let format):
            return "\(format) で --member を使うと1団体の議会説明資料になります。団体を1つだけ指定してください（複数なら report --member）"
        }
    }

    static func japaneseHint(_ command: String?) -> String {
        "使い方は 'costsim \(command.map { "\($0) " } ?? "")--help' で表示されます。"
    }
}
