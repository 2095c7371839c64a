import CostsimCore
import Testing

@testable import CostsimCLI

/// Every command's whole help, as a user reads it. The texts come from each command's one declaration
/// (`Costsim.commands`): an option added to a command shows up here, in its usage line and its list.
@Suite("Help")
struct HelpTests {
    @Test("costsim --help lists every command, from the declarations")
    func overview() {
        #expect(
            costsim("--help", "--lang", "en").standardOutput == """
                costsim — what sharing a cloud system (自治体クラウド) costs each municipality, year by year, to the yen.

                Usage: costsim COMMAND FILE [options]

                Commands:
                  run FILE              Compare staying alone with the plan and each variant; costs by fiscal year.
                  apportion FILE        The secretariat's 負担金 table: each member's share of each group fee in one fiscal year.
                  target FILE           Each member against the reduction target (30 % below FY2018), and what moved.
                  validate FILE         Check a scenario file: prints OK, or every problem as PATH: message.
                  report FILE           Write a council-ready report (Markdown, HTML with charts, an Excel workbook) to a folder.
                  sensitivity FILE      Move each uncertain input down and up: which moves the savings most (tornado).
                  timing FILE           For one member, the savings of every possible join month, and the best.
                  fairness FILE         Does every member gain, would any group do better alone, Shapley shares.
                  risk FILE             How likely are the savings? Many draws of the uncertain inputs, each computed exactly.
                  schedule FILE         Plan who joins when (五月雨方式): the join months, within windows and capacity, that save most.
                  new                   Write a starter scenario from municipality codes: a first estimate in one command.
                  import-members SHEET  Print the members of a spreadsheet (CSV or xlsx) as the JSON members of a scenario.

                Every command that reads a scenario takes --set PATH=VALUE (repeatable) to change one value for
                that run, e.g. --set members.koka.joins=2021-04 --set fx.2027=160; the result is validated as a file.

                Run 'costsim COMMAND --help' for a command's options. FILE may be - for standard input.
                Exit status: 0 success, 1 bad input or output (messages on standard error), 2 bad usage.

                """)
        #expect(costsim("help", "--lang", "en").standardOutput == costsim("--help", "--lang", "en").standardOutput)
    }

    @Test("costsim target --help")
    func targetHelp() {
        #expect(
            costsim("target", "--help", "--lang", "en").standardOutput == """
                Usage: costsim target FILE [--case NAME] [--member ID]...
                                           [--format table|json|csv|markdown|html|xlsx] [--lang ja|en]
                                           [--era western|japanese] [--unit yen|thousand|million] [--out FILE]
                                           [--force] [--set PATH=VALUE]...

                For the scenario's target (its year, baseline year, reduction and categories counted): every
                member's and the group's baseline cost (settled, or the stay-alone case's figure, computed or
                estimated), target, cost in the target year, change, change rate, whether it is met (○/×) and the
                yen above the target, in each case; then what moved — the member's own costs and each group fee —
                adding up to the change exactly. html draws the bridge as a waterfall chart.

                Options:
                  --case NAME           only this case (default: every case).
                  --member ID           only this member's rows (repeatable; the group's figures stay the whole group's).
                  --format FORMAT       table (default), json (costsim-target/1, see MODEL.md), csv (for Excel, exact
                                        yen), markdown, html (with the waterfall chart, printable on A4) or xlsx
                                        (--out FILE.xlsx).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen, thousand or million for table, markdown, html and xlsx; default yen for
                                        table, thousand for markdown, html and xlsx.
                  --out FILE            with xlsx: the workbook's file (.xlsx; without it, standard output, never a
                                        terminal).
                  --force               with xlsx: replace FILE if it exists.
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
    }

    @Test("costsim run --help")
    func runHelp() {
        #expect(
            costsim("run", "--help", "--lang", "en").standardOutput == """
                Usage: costsim run FILE [--format table|json|csv|markdown|html|xlsx] [--member ID]... [--lang ja|en]
                                        [--era western|japanese] [--unit yen|thousand|million]
                                        [--table costs|comparison] [--fiscal-year Y] [--against CASE] [--out FILE]
                                        [--force] [--set PATH=VALUE]...

                Computes the cases standalone (every member stays alone), plan (the scenario as written) and each
                variant, and prints for each case after standalone: every member's and the group's stay-alone total,
                case total, savings, savings rate, payback fiscal year and present value of savings; then the
                group's costs by fiscal year and category for each case.

                Options:
                  --format FORMAT       table (default) for a terminal; json: costsim-result/1 (see MODEL.md);
                                        csv: for Excel (UTF-8 with BOM, CRLF, exact yen); markdown: tables to paste
                                        into a briefing; html: one self-contained page with charts, printable on A4;
                                        xlsx: an Excel workbook of the report's tables, a sheet each, exact yen
                                        shown in the unit by a number format (--out FILE.xlsx).
                  --member ID           this member (repeatable): table adds its costs and savings by fiscal year; json and
                                        csv hold only the members named (the group's figures stay the whole group's);
                                        markdown and html are its council pack (one member), as report --member writes.
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (円), thousand (千円) or million (百万円) for table, markdown and html;
                                        default yen for table, thousand for markdown and html. Each amount is rounded
                                        on its own, so the parts shown need not add up to the totals shown.
                  --table costs|comparison
                                        with csv: costs (default; one row per case, member, fiscal year and
                                        category) or comparison (totals, savings, payback, NPV).
                  --fiscal-year Y       with markdown or html: the year of the apportionment table (default: the last).
                  --against CASE        compare every case with CASE (plan or a variant) instead of with staying alone: what
                                        changes against it, e.g. what the existing members gain from a newcomer joining.
                  --out FILE            with xlsx: the workbook's file (.xlsx; without it, standard output, never a
                                        terminal).
                  --force               with xlsx: replace FILE if it exists.
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("run", "-h").status == 0)
    }

    @Test("costsim apportion --help")
    func apportionHelp() {
        #expect(
            costsim("apportion", "--help", "--lang", "en").standardOutput == """
                Usage: costsim apportion FILE --fiscal-year Y [--case NAME] [--format table|json|csv|markdown|xlsx]
                                              [--lang ja|en] [--era western|japanese] [--unit yen|thousand|million]
                                              [--layout tidy|wide] [--out FILE] [--force] [--set PATH=VALUE]...

                What each member pays of each group fee in fiscal year Y (April Y to March Y+1), summed over the
                months, with the subsidy on it. Each fee's shares add up to its total exactly.

                Options:
                  --fiscal-year Y       the fiscal year (required).
                  --case NAME           plan (default), standalone, or a variant's name.
                  --format FORMAT       table (default), json (costsim-apportionment/1, see MODEL.md), csv (for Excel,
                                        exact yen), markdown, or xlsx (a workbook whose 負担金計 and 計 are SUM
                                        formulas; --out FILE.xlsx).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (default), thousand or million, for table, markdown and xlsx.
                  --layout tidy|wide    with csv: tidy (default; one row per fee and member) or wide (the 負担金 table as
                                        printed: a row per member, a column per fee, with the totals).
                  --out FILE            with xlsx: the workbook's file (.xlsx; without it, standard output, never a
                                        terminal).
                  --force               with xlsx: replace FILE if it exists.
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("apportion", "-h").status == 0)
    }

    @Test("costsim validate --help")
    func validateHelp() {
        #expect(
            costsim("validate", "--help", "--lang", "en").standardOutput == """
                Usage: costsim validate FILE [--lang ja|en] [--set PATH=VALUE]...

                Checks FILE against the costsim/1 format, its variants included. Prints OK (exit status 0), or
                every problem found as PATH: message on standard error (exit status 1).

                Options:
                  --lang ja|en          language of labels and messages (default ja).
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("validate", "-h").status == 0)
    }

    @Test("costsim report --help")
    func reportHelp() {
        #expect(
            costsim("report", "--help", "--lang", "en").standardOutput == """
                Usage: costsim report FILE --out DIR [--unit yen|thousand|million] [--fiscal-year Y] [--lang ja|en]
                                           [--era western|japanese] [--member ID]... [--force] [--set PATH=VALUE]...

                Writes DIR/NAME.md, DIR/NAME.html and DIR/NAME.xlsx (NAME: the scenario file's name without .json):
                the comparison with staying alone for the plan and every variant, the reduction target (when the
                scenario states one), charts of the group's costs by category and of each member's cumulative
                savings with its payback year, the costs by fiscal year, and the apportionment table for one
                fiscal year. The HTML page is self-contained and prints on A4; the workbook holds the same tables,
                a sheet each, with exact yen. All three files are written, or none: existing files are replaced
                only with --force. With --member ID, a council pack for that member alone is written instead, as
                DIR/NAME-ID.md, .html and .xlsx: its comparison, savings by category and costs by fiscal year in
                each case, its cumulative savings with the payback year, and its row of the 負担金 table.

                Options:
                  --out DIR             the folder to write to (made if missing).
                  --unit UNIT           thousand (default, 千円), million (百万円) or yen (円).
                  --fiscal-year Y       the year of the apportionment table (default: the last of the period).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --member ID           write this member's council pack instead of the group's report (repeatable).
                  --force               replace report files that already exist (otherwise nothing is written).
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("report", "-h").status == 0)
    }

    @Test("costsim sensitivity --help")
    func sensitivityHelp() {
        #expect(
            costsim("sensitivity", "--help", "--lang", "en").standardOutput == """
                Usage: costsim sensitivity FILE [--case NAME] [--change PERCENT] [--growth-points POINTS]
                                                [--format table|json|html] [--lang ja|en] [--era western|japanese]
                                                [--unit yen|thousand|million] [--set PATH=VALUE]...

                Moves each uncertain input down and up, one at a time — the exchange rate, every member's population
                growth, each fee's amounts, the staff cost, the migration costs, the stay-alone system cost — and
                shows the change in each member's and the group's savings, largest swing first (a tornado table;
                --format html draws the tornado chart). Each moved scenario is validated as a file is; a move that
                makes it invalid is listed under the table with the reason.

                Options:
                  --case NAME           plan (default) or a variant's name.
                  --change PERCENT      how far amounts and rates move, in percent (default 10: ±10 %).
                  --growth-points POINTS
                                        how far population growth rates move, in percentage points (default 0.5).
                  --format FORMAT       table (default), json (costsim-sensitivity/1) or html (the tornado chart).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (default), thousand or million, for the table (and html).
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("sensitivity", "-h").status == 0)
    }

    @Test("costsim timing --help")
    func timingHelp() {
        #expect(
            costsim("timing", "--help", "--lang", "en").standardOutput == """
                Usage: costsim timing FILE --member ID [--case NAME] [--from YYYY-MM] [--to YYYY-MM]
                                           [--format table|json] [--lang ja|en] [--era western|japanese]
                                           [--unit yen|thousand|million] [--set PATH=VALUE]...

                For each possible join month of member ID (by default every month of the period), its savings, their
                present value and payback year, the group's savings, and the standalone renewals the member avoids
                by joining then; ★ marks the choice with the largest present value — never joining included, so a
                month is starred only when joining then beats staying out. Other members join as planned.

                Options:
                  --member ID           the member whose join month is varied (required).
                  --case NAME           plan (default) or a variant's name: the case in which the join month is varied.
                  --from YYYY-MM        the first join month to try (default: the first month of the period).
                  --to YYYY-MM          the last join month to try (default: the last month of the period).
                  --format table|json   table (default) or json (costsim-timing/1).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (default), thousand or million, for the table (and html).
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("timing", "-h").status == 0)
    }

    @Test("costsim fairness --help")
    func fairnessHelp() {
        #expect(
            costsim("fairness", "--help", "--lang", "en").standardOutput == """
                Usage: costsim fairness FILE [--case NAME] [--samples N] [--seed N] [--format table|json]
                                             [--lang ja|en] [--era western|japanese] [--unit yen|thousand|million]
                                             [--set PATH=VALUE]...

                For each member: does it gain by joining (its case total below its stay-alone total)? For each group
                of members that could leave together: would it save more on a shared system of its own (its members
                joining as planned, the same fees)? And each member's Shapley value — its average contribution to the
                group's savings — beside its actual savings. Every coalition is valued exactly as the engine values
                a case in which only its members join, and the Shapley values add up to the group's savings to the
                yen. Exact (every coalition) for up to 20 members; for more (or with --samples), the Shapley values
                are sampled from N random orders (default 1000, fixed --seed) with a 95 % error bound, and the
                groups checked are each member alone and all but one member. When every coalition would take too
                long (many members, years and fees), it stops before starting and says what --samples would fit.

                Options:
                  --case NAME           plan (default) or a variant's name.
                  --samples N           estimate from this many random orders instead of every coalition
                                        (the default with more than 20 members: 1000).
                  --seed N              the seed of the random orders (default 1): the same seed gives the same answer.
                  --format table|json   table (default) or json (costsim-fairness/1).
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (default), thousand or million, for the table (and html).
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
        #expect(costsim("fairness", "-h").status == 0)
    }

    @Test("costsim risk --help")
    func riskHelp() {
        #expect(
            costsim("risk", "--help", "--lang", "en").standardOutput == """
                Usage: costsim risk FILE [--case NAME] [--draws N] [--seed N]
                                         [--format table|json|csv|markdown|html] [--lang ja|en]
                                         [--era western|japanese] [--unit yen|thousand|million] [--quiet]
                                         [--set PATH=VALUE]...

                Draws N whole scenarios from the distributions in the scenario's "uncertainty" (exchange rate, fee
                amounts, Government Cloud costs, population growth, staff cost, migration cost, join delays; see
                docs/FORMAT.md), by Latin hypercube sampling, and computes each exactly as run does. Prints, for each
                member and the group, the mean and the P5, P10, P50, P90 and P95 of the savings and of their present
                value, the probability of saving, the payback fiscal year's distribution, and which inputs drive the
                spread (rank correlation). The draws run on every core; the same --seed gives the same output.

                Options:
                  --case NAME           plan (default) or a variant's name.
                  --draws N             how many draws (default 1000).
                  --seed N              the seed of the draws (default 1): the same seed gives the same output, byte for byte.
                  --format FORMAT       table (default); json (costsim-risk/1); csv: one row per draw and member, for Excel;
                                        markdown; html: one page with a histogram and a payback chart.
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (円), thousand (千円) or million (百万円); default yen for table,
                                        thousand for markdown and html.
                  --quiet               no progress line on a terminal.
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
    }

    @Test("costsim new --help")
    func newHelp() {
        #expect(
            costsim("new", "--help", "--lang", "en").standardOutput == """
                Usage: costsim new --name NAME --member CODE[:YYYY-MM]... [--from Y] [--to Y] [--fee-per-10k YEN]
                                   [--reduction PERCENT] [--target-year Y] [--out FILE] [--force] [--lang ja|en]

                Writes a valid scenario for the municipalities named by --member (their 5- or 6-digit codes): names
                and populations from the 2020 census, stay-alone system costs estimated from the population band
                (national averages; said as 推計 in every output), one shared fee per 10,000 population a month, and
                "未入力" where only the town knows the figure (staff, staff cost, migration cost: counted as 0, with
                a warning, until filled in). Then it runs the scenario and prints the comparison with staying alone.
                The fee is --fee-per-10k, or the rate that saves --reduction percent of the estimated stay-alone
                costs (default 30: the national 3割削減 goal). Without --out the scenario goes to standard output.

                Options:
                  --name NAME           the group's name, e.g. 湖東.
                  --member CODE[:YYYY-MM]
                                        a member by its code, and the month it joins (default: April of the first year),
                                        e.g. 25441 or 25442:2026-10 (repeatable).
                  --from Y              the first fiscal year (default: that of the first join month given, or this one).
                  --to Y                the last fiscal year (default: the first plus 5, six years).
                  --fee-per-10k YEN     the shared system's fee, yen per 10,000 population a month.
                  --reduction PERCENT   instead, the fee that saves this percentage of the estimated stay-alone costs (default 30).
                  --target-year Y       write a target checking the national goal (30 % below FY2018) in this year; each
                                        member's FY2018 cost is the survey's estimate (推計), to replace with its 決算.
                  --out FILE            write the scenario to FILE (never over an existing one without --force).
                  --force               replace FILE if it exists.
                  --lang ja|en          language of labels and messages (default ja).

                """)
    }

    @Test("costsim import-members --help")
    func importMembersHelp() {
        #expect(
            costsim("import-members", "--help", "--lang", "en").standardOutput == """
                Usage: costsim import-members SHEET [--lang ja|en]

                Reads CSV (UTF-8 with or without BOM, or Shift_JIS as Japanese Excel writes it), one member a row
                under headings such as 団体コード, 団体名, 人口, 参加月, 単独運用経費, 職員数, 人件費単価 (or id, code,
                name, population, joins, annualCost, staff, costPerStaff; docs/FORMAT.md lists them all), checks
                every cell as a scenario's member, and prints the list to paste as "members" of a scenario. An
                Excel workbook (.xlsx) is read from its first sheet. A scenario can also name the file itself:
                "members": {"csv": "members.csv"}, or {"xlsx": "members.xlsx", "sheet": "構成団体"}.

                Options:
                  --lang ja|en          language of labels and messages (default ja).

                """)
    }

    @Test("every command takes --set and --help; unknown options are suggested from the declaration")
    func shared() {
        for command in Costsim.commands where command.readsScenario {
            #expect(command.option(.set) != nil, "\(command.name)")
            #expect(HelpText.help(command, .en).contains("--set PATH=VALUE"), "\(command.name)")
        }
        let outcome = costsim("timing", "x.json", "--membr", "a", "--lang", "en")
        #expect(outcome.status == 2)
        #expect(
            outcome.standardError == "costsim: unknown option --membr; did you mean --member?\nRun 'costsim timing --help' for its usage.\n"
        )
        // Japanese by default, the mistaken --lang value included.
        #expect(
            costsim("timing", "x.json", "--membr", "a").standardError
                == "costsim: --membr というオプションはありません。--member の誤りではありませんか？\n使い方は 'costsim timing --help' で表示されます。\n")
        #expect(costsim("fairnes").standardError.contains("fairness の誤りではありませんか？"))
        #expect(costsim("fairnes", "--lang=en").standardError.contains("did you mean fairness?"))
    }

    @Test("costsim schedule --help")
    func scheduleHelp() {
        #expect(
            costsim("schedule", "--help", "--lang", "en").standardOutput == """
                Usage: costsim schedule FILE [--case NAME] [--seed N] [--starts N]
                                             [--format table|json|markdown|html] [--lang ja|en]
                                             [--era western|japanese] [--unit yen|thousand|million] [--quiet]
                                             [--set PATH=VALUE]...

                Chooses the join month of every member that states when it may join ("earliestJoin", "latestJoin",
                "budgetYears"; see docs/FORMAT.md) within the group's "migrationCapacity" (members a month and a
                fiscal year, months closed to migration), so that every member moved saves (present value > 0; if
                some cannot, it names them) and the group's present value of savings is the largest; other members
                keep their month. Prints each
                member's month, savings, payback and renewals avoided, the group against the plan as written and what
                the plan breaks, and how good the answer is known to be: every schedule computed when they are few
                (exact), otherwise a local search from several starts, each schedule computed as run does.
                --format json holds the schedule as a variant to add to the scenario's "variants" as it is.

                Options:
                  --case NAME           plan (default) or a variant's name: the scenario whose months are planned.
                  --seed N              the seed of the local search's starts (default 1): the same seed gives the same schedule.
                  --starts N            how many starts the local search climbs from (default 8).
                  --format FORMAT       table (default); json (costsim-schedule/1, with the variant); markdown; html: one page with
                                        the calendar chart.
                  --lang ja|en          language of labels and messages (default ja).
                  --era western|japanese
                                        how years are written: western (default; 2025年度) or japanese (令和7年度,
                                        平成 before FY2019; charts R7). CSV and JSON keep Western years.
                  --unit UNIT           yen (円), thousand (千円) or million (百万円); default yen for table,
                                        thousand for markdown and html.
                  --quiet               no progress line on a terminal.
                  --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                                        members.koka.joins=2021-04 or fx.2027=160; validated like the file.

                """)
    }

    @Test("help follows --lang, Japanese by default (issue 18, item 10): the overview, each command, every option")
    func japaneseHelp() {
        let overview = costsim("--help").standardOutput
        #expect(overview.hasPrefix("costsim — 自治体クラウドを共同利用したとき"))
        #expect(overview.contains("使い方: costsim コマンド FILE [オプション]"))
        #expect(overview.contains("  run FILE              単独運用と計画・各バリアントを比較し、年度別の経費を示します。\n"))
        #expect(costsim("--help", "--lang", "ja").standardOutput == overview)
        for command in Costsim.commands {
            let help = costsim(command.name, "--help").standardOutput
            #expect(help.hasPrefix("使い方: costsim \(command.name)"), "\(command.name)")
            #expect(help.contains(command.description.ja), "\(command.name)")
            // Every line fits a 100-column terminal, full-width characters counted as two.
            for line in help.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= HelpText.width, "\(command.name): \(line)")
            }
            for option in command.options {
                #expect(help.contains("  \(option.name.rawValue)"), "\(command.name) \(option.name.rawValue)")
                // Each option's Japanese help is written in Japanese, not the English text copied.
                #expect(
                    option.help.ja != option.help.en && option.help.ja.contains { !$0.isASCII }, "\(command.name) \(option.name.rawValue)")
            }
        }
        // The usage line wraps under its start, which is wider in Japanese (使い方 is six columns).
        #expect(costsim("run", "--help").standardOutput.contains("\n                         [--lang ja|en] [--era western|japanese]"))
    }

    @Test("what a command says it wrote, and its progress, follow --lang too")
    func japaneseProgress() {
        #expect(ProgressText.wrote("Reports/a.md", .ja) == "Reports/a.md を作成しました。\n")
        #expect(ProgressText.wrote("Reports/a.md", .en) == "wrote Reports/a.md\n")
        #expect(ProgressText.draws(done: 120, total: 1000, perSecond: 85, secondsLeft: 11, .ja) == "試行 120/1000、毎秒 85、残り 11 秒")
        #expect(ProgressText.schedules(4200, seconds: 3, .ja) == "日程 4200 通り、3 秒")
        #expect(ProgressText.counted(.joinMonths, done: 3, total: 60, .ja) == "参加月 3/60")
    }
}
