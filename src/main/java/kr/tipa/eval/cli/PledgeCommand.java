package kr.tipa.eval.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PledgeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pledge --evaluator ID [--accept] [--by NAME]}: shows the 보안·청렴 서약 the window shows and records
 * it for the round, once the evaluator agrees on the console or the script says {@code --accept}. A
 * pledge already recorded stays as it was.
 */
@Command(name = "pledge")
final class PledgeCommand extends BaseCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> YES = Set.of("예", "네", "y", "yes");

    @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
    String evaluator;

    @Option(names = "--accept", descriptionKey = "cli.pledge.accept")
    boolean accept;

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.pledge.by")
    String by;

    PledgeCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        PanelMember member = context.evaluators().require(evaluator);
        String pledge = PledgeText.of(env.messages(), member, round);
        Optional<Instant> earlier = context.scoring().pledgeAcceptedAt(round, evaluator);
        if (earlier.isPresent()) {
            print(options, round, pledge, earlier.get(), true);
            return ExitCode.OK;
        }
        if (!options.json) {
            env.out().println(PledgeText.title(env.messages(), round));
            env.out().println();
            env.out().println(pledge);
            env.out().println();
            env.out().flush();
        }
        if (!accept) {
            Optional<String> answer = env.prompt().ask(text("cli.pledge.question"));
            if (answer.isEmpty()) {
                throw new CliFailure(ExitCode.USAGE, text("cli.pledge.noConsole"));
            }
            if (!YES.contains(answer.get().strip().toLowerCase(Locale.ROOT))) {
                throw new CliFailure(ExitCode.REFUSED, text("cli.pledge.declined", evaluator,
                        member.evaluator().name()));
            }
        }
        String who = by == null || by.isBlank() ? env.user() : by;
        Instant at = context.scoring().acceptPledge(round, evaluator, pledge, who);
        print(options, round, pledge, at, false);
        return ExitCode.OK;
    }

    private void print(CommonOptions options, Round round, String pledge, Instant at, boolean already) {
        if (options.json) {
            env.out().println(Json.print(Json.object().put("evaluator", evaluator)
                    .put("programCode", round.programCode()).put("acceptedAt", at.toString())
                    .put("alreadyPledged", already).put("pledgeText", pledge)));
        } else {
            env.out().println(text(already ? "cli.pledge.already" : "cli.pledge.recorded", evaluator,
                    round.programCode(), TIME.format(at.atZone(ZoneId.systemDefault()))));
        }
    }
}
