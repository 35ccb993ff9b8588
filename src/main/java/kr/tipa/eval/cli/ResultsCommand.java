package kr.tipa.eval.cli;

import java.util.stream.Collectors;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.packages.PackageStatus;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import picocli.CommandLine.Command;

/** {@code tipa-eval results [--json]}: aggregation, selection, ranking and packages (program-rules.md §3–4). */
@Command(name = "results")
final class ResultsCommand extends BaseCommand {

    @picocli.CommandLine.Option(names = "--xlsx", paramLabel = "FILE.xlsx", descriptionKey = "cli.results.xlsx")
    java.nio.file.Path xlsx;

    ResultsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        if (xlsx != null) {
            var o = context.resultWorkbooks().export(round, xlsx.toAbsolutePath());
            env.out().println(text(o.provisional() ? "cli.results.xlsxProvisional" : "cli.results.xlsxFinal", o.file(),
                    o.signer(), o.fingerprint()));
            return ExitCode.OK;
        }
        RoundResults results = context.results().results(round);
        if (options.json) {
            env.out().println(Json.print(ResultsJson.of(results, context.results().advisory(results))));
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
            env.out().println(text("cli.results.line",
                    a.rank().map(String::valueOf).orElse("-"), o.receiptNo(), o.application().companyName(),
                    a.totals().stream().map(t -> Decimals.plain(t.total())).collect(Collectors.joining(" ")),
                    a.composite().map(c -> c.toPlainString()).orElse("-"),
                    text("results.status." + a.status().name()), packages));
        }
        return ExitCode.OK;
    }
}
