import CostsimCore

/// What a long command says on a terminal while it works, and what a command that writes files says
/// it wrote, in each language.
enum ProgressText {
    /// What is being counted in a `done/total` progress line.
    enum Work: Sendable {
        case joinMonths, randomOrders, coalitions

        func text(_ language: Language) -> String {
            switch (self, language) {
            case (.joinMonths, .ja): return "参加月"
            case (.joinMonths, .en): return "join months"
            case (.randomOrders, .ja): return "無作為な順序"
            case (.randomOrders, .en): return "random orders"
            case (.coalitions, .ja): return "組合せ"
            case (.coalitions, .en): return "coalitions"
            }
        }
    }

    /// `random orders 120/1000`, `無作為な順序 120/1000`.
    static func counted(_ work: Work, done: Int, total: Int, _ language: Language) -> String {
        "\(work.text(language)) \(done)/\(total)"
    }

    /// `120/1000 draws, 85/s, 11 s left`.
    static func draws(done: Int, total: Int, perSecond: Int, secondsLeft: Int, _ language: Language) -> String {
        switch language {
        case .ja: return "試行 \(done)/\(total)、毎秒 \(perSecond)、残り \(secondsLeft) 秒"
        case .en: return "\(done)/\(total) draws, \(perSecond)/s, \(secondsLeft) s left"
        }
    }

    /// `4200 schedules, 3 s`.
    static func schedules(_ count: Int, seconds: Int64, _ language: Language) -> String {
        switch language {
        case .ja: return "日程 \(count) 通り、\(seconds) 秒"
        case .en: return "\(count) schedules, \(seconds) s"
        }
    }

    /// `wrote Reports/omi-cloud.md`, `Reports/omi-cloud.md を作成しました。`
    static func wrote(_ file: String, _ language: Language) -> String {
        switch language {
        case .ja: return "\(file) を作成しました。\n"
        case .en: return "wrote \(file)\n"
        }
    }
}
