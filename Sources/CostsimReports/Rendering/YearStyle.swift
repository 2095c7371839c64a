import CloudCostModel
import CostsimCore

/// How years are written: Western (2025年度, FY2025; the default) or in Japanese eras (令和7年度), as
/// council papers often are. CSV and JSON always keep Western years, for computing with.
public enum YearStyle: String, Sendable, CaseIterable {
    case western
    case japanese

    /// The era and the year in it of a fiscal year (April to March): an era's first fiscal year is the
    /// one that begins in the calendar year the era began (FY2019 is 令和元年度, FY1989 平成元年度).
    static func era(ofFiscalYear year: Int) -> (kanji: String, roman: String, number: Int) {
        era(ofCalendarYear: year, month: 12)
    }

    /// The era and the year in it of a month: 令和 from May 2019, 平成 from January 1989, 昭和 from
    /// 1926, 大正 from 1912, 明治 before.
    static func era(ofCalendarYear year: Int, month: Int) -> (kanji: String, roman: String, number: Int) {
        if year > 2019 || (year == 2019 && month >= 5) { return ("令和", "Reiwa", year - 2018) }
        if year >= 1989 { return ("平成", "Heisei", year - 1988) }
        if year > 1926 || (year == 1926 && month == 12) { return ("昭和", "Showa", year - 1925) }
        if year > 1912 || (year == 1912 && month >= 8) { return ("大正", "Taisho", year - 1911) }
        return ("明治", "Meiji", year - 1867)
    }

    /// `令和7`, `令和元`.
    static func japanese(_ era: (kanji: String, roman: String, number: Int)) -> String {
        era.kanji + (era.number == 1 ? "元" : String(era.number))
    }
}

extension Labels {
    /// The labels of `language` with years written in `style`: every table, title, chart and note that
    /// shows a year or a month goes through `year`, `yearShort`, `month`, `period` and `apportionmentTitle`.
    package static func of(_ language: Language, years style: YearStyle) -> Labels {
        var labels = of(language)
        guard style == .japanese else { return labels }
        let year: @Sendable (Int) -> String = { fiscalYear in
            let era = YearStyle.era(ofFiscalYear: fiscalYear)
            return language.text(ja: YearStyle.japanese(era) + "年度", en: "FY \(era.roman) \(era.number)")
        }
        labels.year = year
        labels.yearShort = { fiscalYear in
            let era = YearStyle.era(ofFiscalYear: fiscalYear)
            return "\(era.roman.prefix(1))\(era.number)"  // R7, as on Japanese charts
        }
        labels.month = { month in
            let era = YearStyle.era(ofCalendarYear: month.year, month: month.month)
            return language.text(
                ja: YearStyle.japanese(era) + "年\(month.month)月",
                en: "\(era.roman) \(era.number)-\(month.month < 10 ? "0" : "")\(month.month)")
        }
        labels.period = { from, to in
            language.text(
                ja: "対象期間：\(year(from))〜\(year(to))（\(to - from + 1)年間）", en: "Period: \(year(from))–\(year(to)) (\(to - from + 1) years)")
        }
        labels.apportionmentTitle = { fiscalYear, caseName in
            language.text(ja: "【\(year(fiscalYear)) 負担金按分表】\(caseName)", en: "[Apportionment, \(year(fiscalYear))] \(caseName)")
        }
        return labels
    }
}
