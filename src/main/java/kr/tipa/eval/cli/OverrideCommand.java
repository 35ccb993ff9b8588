package kr.tipa.eval.cli;

import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tipa-eval override --application R --screening ELIGIBLE|INELIGIBLE --reason TEXT [--by NAME]}. */
@Command(name = "override")
final class OverrideCommand extends BaseCommand {

    /** A person decides one of these; NEEDS_REVIEW is what they resolve. */
    enum Decision {
        ELIGIBLE,
        INELIGIBLE
    }

    @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
            descriptionKey = "cli.override.application")
    String receiptNo;

    @Option(names = "--screening", required = true, paramLabel = "ELIGIBLE|INELIGIBLE",
            descriptionKey = "cli.override.screening")
    Decision decision;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.override.reason")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.override.by")
    String by;

    OverrideCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        if (reason.isBlank()) {
            throw new CliFailure(ExitCode.USAGE, text("cli.override.reasonRequired"));
        }
        Round round = requireRound(context, options);
        String who = by == null || by.isBlank() ? env.user() : by;
        ScreeningDecision result = context.screening().override(round, receiptNo,
                ScreeningStatus.valueOf(decision.name()), reason, who);
        if (options.json) {
            env.out().println(Json.print(ScreeningJson.decision(result,
                    context.rounds().application(round, receiptNo).orElse(null))));
        } else {
            env.out().println(text("cli.override.done", receiptNo, text("screening.status." + result.status().name()),
                    String.join(", ", result.codes().stream().map(Enum::name).toList()), who));
        }
        return ExitCode.OK;
    }
}
