package kr.tipa.eval.cli;

import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.model.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tipa-eval conflict --evaluator ID --application RECEIPT_NO --reason TEXT}: 회피. */
@Command(name = "conflict")
final class ConflictCommand extends BaseCommand {

    @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
    String evaluator;

    @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
            descriptionKey = "cli.override.application")
    String receiptNo;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.conflict.reason")
    String reason;

    ConflictCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        Conflict conflict = context.scoring().declareConflict(round, receiptNo, evaluator, reason);
        env.out().println(text("cli.conflict.done", conflict.evaluatorId(), conflict.receiptNo()));
        return ExitCode.OK;
    }
}
