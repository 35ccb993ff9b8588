package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.service.PanelPackage;
import kr.tipa.eval.service.UnderReviewException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tipa-eval round split --out DIR}: the agency's database, screened and decided, becomes one signed
 * package per panel (round-authoring.md §3). Refused, exit 2 with nothing written, while any application
 * is still NEEDS_REVIEW.
 */
@Command(name = "split")
final class RoundSplitCommand extends BaseCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.round.split.out")
    Path out;

    RoundSplitCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        boolean blind = context.rounds().blind(round);
        List<PanelPackage> packages;
        try {
            packages = context.panelPackages().split(round, out, env.user(), ReadProgress.NONE);
        } catch (UnderReviewException e) {
            env.err().println(env.messages().get("cli.error.refusedInput"));
            e.reasons().forEach(r -> env.err().println(r.render(env.messages())));
            if (options.json()) {
                ObjectNode node = Json.object().put("result", "REFUSED");
                ArrayNode list = node.putArray("needsReview");
                e.receiptNos().forEach(list::add);
                env.out().println(Json.print(node));
            }
            return ExitCode.REFUSED;
        }
        String fingerprint = context.keys().fingerprint(KeyService.OWNER).map(f -> f.value())
                .orElse("");
        if (options.json()) {
            env.out().println(Json.print(json(round, blind, fingerprint, packages)));
            return ExitCode.OK;
        }
        env.out().println(text("cli.round.split.done", packages.size(), out.toAbsolutePath().normalize(),
                round.programCode()));
        for (PanelPackage p : packages) {
            env.out().println(text("cli.round.split.package", p.panelId(), p.panelName(), p.applications(),
                    p.file().getFileName(), p.sha256()));
        }
        if (blind) {
            env.out().println(text("cli.round.split.blind"));
        }
        env.out().println(text("cli.round.build.agency", fingerprint, round.program().agency()));
        return ExitCode.OK;
    }

    private static ObjectNode json(Round round, boolean blind, String fingerprint, List<PanelPackage> packages) {
        ObjectNode node = Json.object().put("result", "SPLIT").put("programCode", round.programCode())
                .put("roundBundleId", round.currentBundleId()).put("blind", blind)
                .put("agencyFingerprint", fingerprint);
        ArrayNode list = node.putArray("packages");
        for (PanelPackage p : packages) {
            list.addObject().put("panelId", p.panelId()).put("panelName", p.panelName())
                    .put("file", p.file().toString()).put("applications", p.applications())
                    .put("sha256", p.sha256());
        }
        return node;
    }
}
