import CloudCostModel
import CostsimCore
import CostsimReports

extension Command {
    /// `costsim report`: the council report, as Markdown and HTML files in a folder.
    static let report = Command(
        name: "report",
        summary: "Write a council-ready report (Markdown and HTML with charts) to a folder.",
        description: """
            Writes DIR/NAME.md and DIR/NAME.html (NAME: the scenario file's name without .json): the comparison
            with staying alone for the plan and every variant, charts of the group's costs by category and of
            each member's cumulative savings with its payback year, the costs by fiscal year, and the
            apportionment table for one fiscal year. The HTML page is self-contained and prints on A4.
            Both files are written, or neither: existing files are replaced only with --force.
            With --member ID, a council pack for that member alone is written instead, as DIR/NAME-ID.md and
            DIR/NAME-ID.html: its comparison, savings by category and costs by fiscal year in each case, its
            cumulative savings with the payback year, and its row of the 負担金 table.
            """,
        options: [
            Option(
                name: .out, value: .text(placeholder: "DIR"), required: true,
                help: "the folder to write to (made if missing)."),
            .unit("thousand (default, 千円), million (百万円) or yen (円)."),
            Option(
                name: .fiscalYear, value: .fiscalYear, help: "the year of the apportionment table (default: the last of the period)."),
            .lang,
            .era,
            Option(
                name: .member, value: .text(placeholder: "ID"), repeatable: true,
                help: "write this member's council pack instead of the group's report (repeatable)."),
            Option(name: .force, value: .none, help: "replace report files that already exist (otherwise nothing is written)."),
            .set,
        ],
        run: { invocation in
            let directory = invocation.arguments.value(.out) ?? "."
            let unit = invocation.choice(.unit, default: DisplayUnit.thousand)
            let year = invocation.fiscalYear
            let file = try invocation.file()
            let document = try invocation.loadScenario()
            try invocation.check(year, in: document.scenario.fiscalYears)
            let results = try ScenarioResults(document)
            let memberIDs = invocation.arguments.all(.member)
            for id in memberIDs { try invocation.checkMember(id, in: document.scenario) }
            let name = file == "-" ? "report" : ReportFiles.baseName(of: file)
            var files: [(name: String, contents: (OutputSink) throws -> Void)] = []
            for member in memberIDs.isEmpty ? [nil] : memberIDs.map(Optional.some) {
                let report = ReportDocument(
                    results: results, language: invocation.language, unit: unit, apportionmentYear: year, years: invocation.years,
                    member: member)
                let base = member.map { "\(name)-\($0)" } ?? name
                files.append(("\(base).md", { sink throws in try report.markdown(to: sink) }))
                files.append(("\(base).html", { sink throws in try report.html(to: sink) }))
            }
            let paths = try ReportFiles.write(files, to: directory, force: invocation.arguments.has(.force))
            for path in paths { invocation.output.write("wrote \(Echo.plain(path))\n") }
        })
}
