package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import picocli.CommandLine.Command;

/** {@code tipa-eval screen [--json]}: runs 자격 요건검토 and prints each application's status and reasons. */
@Command(name = "screen")
final class ScreenCommand extends BaseCommand {

    ScreenCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        if (!context.hasDatabase()) {
            // Nothing imported here yet: say so without creating a database.
            return print(options, null, List.of(), Map.of());
        }
        Round round = context.rounds().require(options.program);
        List<ScreeningDecision> decisions = context.screening().screen(round);
        Map<String, StoredApplication> applications = context.rounds().applications(round).stream()
                .collect(Collectors.toMap(StoredApplication::receiptNo, a -> a));
        return print(options, round, decisions, applications);
    }

    private int print(CommonOptions options, Round round, List<ScreeningDecision> decisions,
            Map<String, StoredApplication> applications) {
        if (options.json) {
            ObjectNode root = Json.object();
            ArrayNode list = root.putArray("applications");
            for (ScreeningDecision d : decisions) {
                list.add(ScreeningJson.decision(d, applications.get(d.receiptNo())));
            }
            if (round != null) {
                root.put("programCode", round.programCode());
            }
            env.out().println(Json.print(root));
            return ExitCode.OK;
        }
        if (round == null) {
            env.out().println(text("cli.screen.empty"));
            return ExitCode.OK;
        }
        env.out().println(text("cli.screen.header", round.programCode(), decisions.size()));
        for (ScreeningDecision d : decisions) {
            StoredApplication application = applications.get(d.receiptNo());
            String reasons = d.reasons().stream().map(this::reason).collect(Collectors.joining("; "));
            env.out().println(text("cli.screen.line", d.receiptNo(),
                    application == null ? "" : application.companyName(),
                    text("screening.status." + d.status().name()),
                    reasons.isEmpty() ? "-" : reasons,
                    d.overridden() ? text("cli.screen.overridden", d.override().get().decidedBy()) : ""));
        }
        return ExitCode.OK;
    }

    private String reason(ScreeningReason reason) {
        String label = reason.code().name() + " " + text("screening.code." + reason.code().name());
        return reason.details().isEmpty() ? label : label + " (" + String.join(", ", reason.details()) + ")";
    }
}
