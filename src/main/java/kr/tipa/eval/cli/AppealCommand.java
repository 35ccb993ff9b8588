package kr.tipa.eval.cli;

import java.nio.file.Path;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code appeal --application R --out FILE.xlsx}: the 이의신청 pack of one company. */
@Command(name = "appeal")
final class AppealCommand extends BaseCommand {

    @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
            descriptionKey = "cli.override.application")
    String receiptNo;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.sheet.out")
    Path out;

    AppealCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        Path file = context.resultWorkbooks().appealPack(round, receiptNo, out.toAbsolutePath());
        env.out().println(text("cli.appeal.done", receiptNo, file));
        return ExitCode.OK;
    }
}
