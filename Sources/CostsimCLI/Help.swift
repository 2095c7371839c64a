enum Help {
    static let overview = """
    costsim — what sharing a cloud system (自治体クラウド) costs each municipality, year by year, to the yen.

    Usage: costsim COMMAND FILE [options]

    Commands:
      run FILE         Compare staying alone with the plan and each variant; costs by fiscal year.
      apportion FILE   The secretariat's 負担金 table: each member's share of each group fee in one fiscal year.
      validate FILE    Check a scenario file: prints OK, or every problem as PATH: message.

    Run 'costsim COMMAND --help' for a command's options. FILE may be - for standard input.
    Exit status: 0 success, 1 bad input (messages on standard error), 2 bad usage.
    """

    static let run = """
    Usage: costsim run FILE [--format table|json] [--member ID]... [--lang ja|en]

    Computes the cases standalone (every member stays alone), plan (the scenario as written) and each
    variant, and prints for each case after standalone: every member's and the group's stay-alone total,
    case total, savings, savings rate, payback fiscal year and present value of savings; then the
    group's costs by fiscal year and category for each case.

    Options:
      --format table|json   table (default) for people; json prints costsim-result/1 (see MODEL.md).
      --member ID           also print this member's costs by fiscal year for each case (repeatable).
      --lang ja|en          language of the labels (default ja).
    """

    static let apportion = """
    Usage: costsim apportion FILE --fiscal-year Y [--case NAME] [--format table|json] [--lang ja|en]

    What each member pays of each group fee in fiscal year Y (April Y to March Y+1), summed over the
    months, with the subsidy on it. Each fee's shares add up to its total exactly.

    Options:
      --fiscal-year Y       the fiscal year (required).
      --case NAME           plan (default), standalone, or a variant's name.
      --format table|json   table (default); json prints costsim-apportionment/1 (see MODEL.md).
      --lang ja|en          language of the labels (default ja).
    """

    static let validate = """
    Usage: costsim validate FILE

    Checks FILE against the costsim/1 format, its variants included. Prints OK (exit status 0), or
    every problem found as PATH: message on standard error (exit status 1).
    """
}
