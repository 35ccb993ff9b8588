package kr.tipa.eval.cli;

import java.nio.file.Path;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.service.ScoreLoadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tipa-eval scores load --evaluator ID FILE.csv [--draft] [--by NAME]}. */
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

        @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.scores.by")
        String by;

        Load(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) throws Exception {
            Round round = requireRound(context, options);
            ScoreCsv.Parsed parsed = ScoreCsv.read(file);
            String who = by == null || by.isBlank() ? env.user() : by;
            ScoreLoadService.Outcome outcome = context.scoreLoads().load(round, evaluator, parsed, who, draft);
            if (options.json) {
                var node = Json.object();
                outcome.submitted().forEach(node.putArray("submitted")::add);
                outcome.drafts().forEach(node.putArray("drafts")::add);
                if (outcome.proxy().isPresent()) {
                    ProxySource source = outcome.proxy().get();
                    node.putObject("proxyEntry").put("enteredBy", source.enteredBy())
                            .put("sourceFile", source.sourceFile()).put("sourceSha256", source.sourceSha256());
                } else {
                    node.putNull("proxyEntry");
                }
                env.out().println(Json.print(node));
            } else {
                env.out().println(text("cli.scores.loaded", evaluator, parsed.rows().size(),
                        outcome.submitted().size(), outcome.drafts().size()));
                outcome.proxy().ifPresent(source -> env.out().println(text("cli.scores.proxy", evaluator,
                        source.enteredBy(), source.sourceFile(), source.sourceSha256())));
            }
            return ExitCode.OK;
        }
    }
}
