package kr.tipa.eval.cli;

import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.storage.PanelMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tipa-eval evaluator add|list}. */
@Command(name = "evaluator", subcommands = {EvaluatorCommand.Add.class, EvaluatorCommand.ListAll.class})
final class EvaluatorCommand {

    /** {@code evaluator add --id ID --name NAME [--affiliation A]}. */
    @Command(name = "add")
    static final class Add extends BaseCommand {
        @Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.evaluator.name")
        String name;

        @Option(names = "--affiliation", paramLabel = "A", descriptionKey = "cli.evaluator.affiliation")
        String affiliation;

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            PanelMember member = context.evaluators().add(id, name, affiliation, false);
            if (options.json) {
                env.out().println(Json.print(Json.object().put("id", member.id())
                        .put("name", member.evaluator().name()).put("order", member.order())));
            } else {
                env.out().println(text("cli.evaluator.added", member.id(), member.evaluator().name(), member.order()));
            }
            return ExitCode.OK;
        }
    }

    /** {@code evaluator list}. */
    @Command(name = "list")
    static final class ListAll extends BaseCommand {
        ListAll(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            if (!context.hasDatabase()) {
                return ExitCode.OK;
            }
            for (PanelMember m : context.evaluators().all()) {
                env.out().println(m.order() + "  " + m.id() + "  " + m.evaluator().name() + "  "
                        + m.evaluator().affiliation());
            }
            return ExitCode.OK;
        }
    }
}
