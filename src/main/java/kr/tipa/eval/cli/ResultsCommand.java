package kr.tipa.eval.cli;

import java.util.stream.Collectors;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.packages.PackageStatus;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import picocli.CommandLine.Command;

/**
 * {@code tipa-eval results [--json] [--xlsx FILE] [--csv FILE]}: aggregation, selection, ranking and packages
 * (program-rules.md §3–4); on the agency's database merged from the panels' signed results, which
 * {@code results import} brings in.
 */
@Command(name = "results", subcommands = ResultsImportCommand.class)
final class ResultsCommand extends BaseCommand {

    @picocli.CommandLine.Option(names = "--xlsx", paramLabel = "FILE.xlsx", descriptionKey = "cli.results.xlsx")
    java.nio.file.Path xlsx;

    @picocli.CommandLine.Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "cli.results.csv")
    java.nio.file.Path csv;

    ResultsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        if (xlsx != null || csv != null) {
            if (xlsx != null) {
                var o = context.resultWorkbooks().export(round, xlsx.toAbsolutePath());
                env.out().println(text(o.provisional() ? "cli.results.xlsxProvisional" : "cli.results.xlsxFinal",
                        o.file(), o.signer(), o.fingerprint()));
            }
            if (csv != null) {
                var w = context.resultCsv().write(round, csv.toAbsolutePath(), env.user());
                env.out().println(text("cli.results.csvDone", w.file(), w.rows()));
            }
            return ExitCode.OK;
        }
        RoundResults results = context.results().results(round);
        if (options.json) {
            var node = ResultsJson.of(results, context.results().advisory(results));
            if (results.merged()) {
                ResultsJson.panels(node, context.panelResults().states(round));
            }
            env.out().println(Json.print(node));
            return ExitCode.OK;
        }
        var program = round.program();
        env.out().println(text("cli.results.header", program.code(), Decimals.plain(program.cutoff()),
                program.capacity(), results.selectedCount()));
        for (ApplicationOutcome o : results.outcomes()) {
            var a = o.aggregation();
            String packages = o.packages().values().stream()
                    .filter(d -> d.status() == PackageStatus.GRANTED)
                    .map(d -> d.supportPackage().mark()).collect(Collectors.joining());
            if (o.application().application().inPanelPackage()
                    && a.status() == kr.tipa.eval.domain.aggregation.SelectionStatus.SELECTED) {
                packages = text("results.packages.byAgency");
            }
            String panel = results.panelOf(o.receiptNo()).map(p -> p + "  ").orElse("");
            env.out().println(panel + text("cli.results.line",
                    a.rank().map(String::valueOf).orElse("-"), o.receiptNo(), o.application().companyName(),
                    a.totals().stream().map(t -> Decimals.plain(t.total())).collect(Collectors.joining(" ")),
                    a.composite().map(c -> c.toPlainString()).orElse("-"),
                    text("results.status." + a.status().name()), packages));
        }
        return ExitCode.OK;
    }
}
