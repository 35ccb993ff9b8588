package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelResultImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code tipa-eval results import PANEL.xlsx… [--by NAME] [--json]}: the agency loads panel chairs' signed
 * results (round-authoring.md §3). Exit 3 on any signature fault or a certificate that is not the panel
 * chair's; exit 2 when a file is not this round's panel or differs from its recomputation; nothing is
 * written unless every file given passes.
 */
@Command(name = "import")
final class ResultsImportCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PANEL.xlsx", descriptionKey = "cli.results.import.files")
    List<Path> files;

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.override.by")
    String by;

    @ParentCommand
    ResultsCommand parent;

    ResultsImportCommand(CliEnvironment env) {
        super(env);
    }

    /** Options may also be given between {@code results} and {@code import}. */
    @Override
    protected CommonOptions options() {
        return localOptions.orElse(parent.options());
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        String who = by == null || by.isBlank() ? env.user() : by;
        List<PanelResultImportService.Outcome> outcomes = context.panelResults().importAll(round,
                files.stream().map(Path::toAbsolutePath).toList(), who);
        if (options.json) {
            ObjectNode root = Json.object();
            root.put("programCode", round.programCode());
            ArrayNode list = root.putArray("imported");
            for (PanelResultImportService.Outcome o : outcomes) {
                ObjectNode node = list.addObject();
                node.put("file", o.file()).put("panel", o.panelId()).put("panelName", o.panelName())
                        .put("version", o.version()).put("final", o.finalResult()).put("unchanged", o.unchanged())
                        .put("replaced", o.replaced()).put("chair", o.chairName()).put("signer", o.signer())
                        .put("fingerprint", o.fingerprint()).put("pinnedNow", o.pinnedNow())
                        .put("rosterChecked", o.rosterChecked()).put("bundleChecked", o.bundleChecked())
                        .put("applications", o.applications()).put("sheets", o.sheets());
                ArrayNode missing = node.putArray("notInResult");
                o.notInResult().forEach(missing::add);
            }
            env.out().println(Json.print(root));
            return ExitCode.OK;
        }
        for (PanelResultImportService.Outcome o : outcomes) {
            if (o.unchanged()) {
                env.out().println(text("cli.results.import.unchanged", o.file(), o.panelId(), o.version()));
                continue;
            }
            env.out().println(text(o.finalResult() ? "cli.results.import.final" : "cli.results.import.provisional",
                    o.panelId(), o.panelName(), o.version(), o.file(), o.applications(), o.sheets()));
            env.out().println(text("cli.results.import.signer", o.chairName(), o.signer(), o.fingerprint()));
            if (o.rosterChecked()) {
                env.out().println(text("cli.results.import.roster"));
            } else if (o.pinnedNow()) {
                env.out().println(text("cli.results.import.pinned", o.panelId(), o.fingerprint()));
            }
            if (o.replaced()) {
                env.out().println(text("cli.results.import.replaced", o.panelId(), o.version() - 1));
            }
            if (!o.bundleChecked()) {
                env.out().println(text("cli.results.import.bundleUnchecked", o.panelId()));
            }
            if (!o.notInResult().isEmpty()) {
                env.out().println(text("cli.results.import.notInResult", String.join(", ", o.notInResult())));
            }
        }
        return ExitCode.OK;
    }
}
