package kr.tipa.eval.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.service.ScoreLoadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tipa-eval scores load --evaluator ID FILE.csv [--draft]}. */
@Command(name = "scores", subcommands = {ScoresCommand.Load.class})
final class ScoresCommand {

    @Command(name = "load")
    static final class Load extends BaseCommand {
        @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String evaluator;

        @Parameters(index = "0", paramLabel = "FILE.csv", descriptionKey = "cli.scores.file")
        Path file;

        @Option(names = "--draft", descriptionKey = "cli.scores.draft")
        boolean draft;

        Load(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) throws Exception {
            Round round = requireRound(context, options);
            List<ScoreCsv.Row> rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = ScoreCsv.read(String.valueOf(file.getFileName()), in);
            }
            ScoreLoadService.Outcome outcome = context.scoreLoads().load(round, evaluator,
                    String.valueOf(file.getFileName()), rows, draft);
            if (options.json) {
                var node = Json.object();
                outcome.submitted().forEach(node.putArray("submitted")::add);
                outcome.drafts().forEach(node.putArray("drafts")::add);
                env.out().println(Json.print(node));
            } else {
                env.out().println(text("cli.scores.loaded", evaluator, rows.size(), outcome.submitted().size(),
                        outcome.drafts().size()));
            }
            return ExitCode.OK;
        }
    }
}
