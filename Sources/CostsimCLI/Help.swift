enum Help {
    static let overview = """
    costsim — what sharing a cloud system (自治体クラウド) costs each municipality, year by year, to the yen.

    Usage: costsim COMMAND FILE [options]

    Commands:
      run FILE         Compare staying alone with the plan and each variant; costs by fiscal year.
      apportion FILE   The secretariat's 負担金 table: each member's share of each group fee in one fiscal year.
      validate FILE    Check a scenario file: prints OK, or every problem as PATH: message.
      report FILE      Write a council-ready report (Markdown and HTML with charts) to a folder.
      sensitivity FILE Move each uncertain input down and up: which moves the savings most (tornado).
      timing FILE      For one member, the savings of every possible join month, and the best.
      fairness FILE    Does every member gain, would any group do better alone, Shapley shares.

    Every command that reads a scenario takes --set PATH=VALUE (repeatable) to change one value for
    that run, e.g. --set members.koka.joins=2021-04 --set fx.2027=160; the result is validated as a file.

    Run 'costsim COMMAND --help' for a command's options. FILE may be - for standard input.
    Exit status: 0 success, 1 bad input (messages on standard error), 2 bad usage.
    """

    static let run = """
    Usage: costsim run FILE [--format table|json|csv|markdown|html] [--member ID]... [--lang ja|en]
                            [--unit yen|thousand|million] [--table costs|comparison] [--fiscal-year Y]

    Computes the cases standalone (every member stays alone), plan (the scenario as written) and each
    variant, and prints for each case after standalone: every member's and the group's stay-alone total,
    case total, savings, savings rate, payback fiscal year and present value of savings; then the
    group's costs by fiscal year and category for each case.

    Options:
      --format FORMAT       table (default) for a terminal; json: costsim-result/1 (see MODEL.md);
                            csv: for Excel (UTF-8 with BOM, CRLF, exact yen); markdown: tables to paste
                            into a briefing; html: one self-contained page with charts, printable on A4.
      --member ID           also show this member's costs by fiscal year for each case (repeatable; table).
      --lang ja|en          language of the labels (default ja).
      --unit UNIT           yen (円), thousand (千円) or million (百万円) for table, markdown and html;
                            default yen for table, thousand for markdown and html. Rounding is for display
                            only, and the parts shown add up to the totals shown.
      --table TABLE         with csv: costs (default; one row per case, member, fiscal year and
                            category) or comparison (totals, savings, payback, NPV).
      --fiscal-year Y       with markdown or html: the year of the apportionment table (default: the last).
      --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                            members.koka.joins=2021-04 or fx.2027=160; validated like the file.
    """

    static let apportion = """
    Usage: costsim apportion FILE --fiscal-year Y [--case NAME] [--format table|json|csv|markdown]
                                  [--lang ja|en] [--unit yen|thousand|million]

    What each member pays of each group fee in fiscal year Y (April Y to March Y+1), summed over the
    months, with the subsidy on it. Each fee's shares add up to its total exactly.

    Options:
      --fiscal-year Y       the fiscal year (required).
      --case NAME           plan (default), standalone, or a variant's name.
      --format FORMAT       table (default), json (costsim-apportionment/1, see MODEL.md), csv (for Excel,
                            exact yen) or markdown.
      --lang ja|en          language of the labels (default ja).
      --unit UNIT           yen (default), thousand or million, for table and markdown.
      --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                            members.koka.joins=2021-04 or fx.2027=160; validated like the file.
    """

    static let report = """
    Usage: costsim report FILE --out DIR [--lang ja|en] [--unit yen|thousand|million] [--fiscal-year Y] [--force]

    Writes DIR/NAME.md and DIR/NAME.html (NAME: the scenario file's name without .json): the comparison
    with staying alone for the plan and every variant, charts of the group's costs by category and of
    each member's cumulative savings with its payback year, the costs by fiscal year, and the
    apportionment table for one fiscal year. The HTML page is self-contained and prints on A4.

    Options:
      --out DIR             the folder to write to (made if missing).
      --unit UNIT           thousand (default, 千円), million (百万円) or yen (円).
      --fiscal-year Y       the year of the apportionment table (default: the last of the period).
      --lang ja|en          language of the labels (default ja).
      --force               replace report files that already exist (otherwise nothing is written).
      --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                            members.koka.joins=2021-04 or fx.2027=160; validated like the file.
    """

    static let validate = """
    Usage: costsim validate FILE [--set PATH=VALUE]...

    Checks FILE against the costsim/1 format, its variants included. Prints OK (exit status 0), or
    every problem found as PATH: message on standard error (exit status 1).
    """

    static let sensitivity = """
    Usage: costsim sensitivity FILE [--case NAME] [--change PERCENT] [--growth-points POINTS]
                                    [--format table|json|html] [--lang ja|en] [--set PATH=VALUE]...

    Moves each uncertain input down and up, one at a time — the exchange rate, every member's population
    growth, each fee's amounts, the staff cost, the migration costs, the stay-alone system cost — and
    shows the change in each member's and the group's savings, largest swing first (a tornado table;
    --format html draws the tornado chart).

    Options:
      --case NAME           plan (default) or a variant's name.
      --change PERCENT      how far amounts and rates move, in percent (default 10: ±10 %).
      --growth-points P     how far population growth rates move, in percentage points (default 0.5).
      --set PATH=VALUE      change one value of the scenario for this run (repeatable), e.g.
                            members.koka.joins=2021-04 or fx.2027=160; validated like the file.
    """

    static let timing = """
    Usage: costsim timing FILE --member ID [--from YYYY-MM] [--to YYYY-MM] [--format table|json] [--lang ja|en]

    For each possible join month of member ID (by default every month of the period), its savings, their
    present value and payback year, the group's savings, and the standalone renewals the member avoids
    by joining then; ★ marks the month with the largest present value. Other members join as planned.
    """

    static let fairness = """
    Usage: costsim fairness FILE [--case NAME] [--samples N] [--seed N] [--format table|json] [--lang ja|en]

    For each member: does it gain by joining (its case total below its stay-alone total)? For each group
    of members that could leave together: would it save more on a shared system of its own (its members
    joining as planned, the same fees)? And each member's Shapley value — its average contribution to the
    group's savings — beside its actual savings. Exact (every coalition) for up to 20 members; for more,
    the Shapley values are sampled from N random orders (default 1000, fixed --seed) with a 95 % error
    bound, and the groups checked are each member alone and all but one member.
    """

}
