import CostsimCore

extension Provenance {
    /// The line under a page that says what made it: `costsim 0.18.0／入力: omi-cloud.json（SHA-256:
    /// 3f…）／ケース: 計画／作成日: 2026年12月1日` — the version, every input with its digest (check it
    /// with `sha256sum FILE`), the case the page is about when it is about one, and the day.
    package func text(_ language: Language, years: YearStyle, caseName: String? = nil) -> String {
        let inputs = inputs.map { input in
            let name = input.name ?? language.text(ja: "標準入力", en: "standard input")
            return language.text(ja: "\(name)（SHA-256: \(input.sha256)）", en: "\(name) (SHA-256 \(input.sha256))")
        }
        var parts = [
            "costsim \(version)", language.text(ja: "入力: ", en: "input: ") + inputs.joined(separator: language.text(ja: "、", en: ", ")),
        ]
        if !changes.isEmpty {
            parts.append(language.text(ja: "変更: ", en: "changed: ") + changes.map { "--set \($0)" }.joined(separator: " "))
        }
        if let caseName { parts.append(language.text(ja: "ケース: ", en: "case: ") + caseName) }
        parts.append(language.text(ja: "作成日: ", en: "made ") + dayText(language, years: years))
        return parts.joined(separator: language.text(ja: "／", en: " · "))
    }

    /// `2026年12月1日`, `令和8年12月1日`, `2026-12-01`, `Reiwa 8-12-01`.
    func dayText(_ language: Language, years: YearStyle) -> String {
        let twoDigits = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        switch years {
        case .western:
            return language.text(
                ja: "\(made.year)年\(made.month)月\(made.day)日", en: "\(made.year)-\(twoDigits(made.month))-\(twoDigits(made.day))")
        case .japanese:
            // 令和 began on the first of a month (2019-05-01), so for any day costsim makes a page on
            // the month tells the era.
            let era = YearStyle.era(ofCalendarYear: made.year, month: made.month)
            return language.text(
                ja: YearStyle.japanese(era) + "年\(made.month)月\(made.day)日",
                en: "\(era.roman) \(era.number)-\(twoDigits(made.month))-\(twoDigits(made.day))")
        }
    }
}
