package kr.tipa.eval.cli;

import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.signing.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tipa-eval evaluator add|list}. */
@Command(name = "evaluator", subcommands = {EvaluatorCommand.Add.class, EvaluatorCommand.ListAll.class,
    EvaluatorCommand.ImportKey.class})
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
            context.keys().requireSecret();
            PanelMember member = context.evaluators().add(id, name, affiliation, false);
            Fingerprint fingerprint = context.keys().create(member.id(), member.evaluator().name(),
                    member.evaluator().affiliation());
            if (options.json) {
                env.out().println(Json.print(Json.object().put("id", member.id())
                        .put("name", member.evaluator().name()).put("order", member.order())
                        .put("fingerprint", fingerprint.value())));
            } else {
                env.out().println(text("cli.evaluator.added", member.id(), member.evaluator().name(), member.order()));
                env.out().println(text("cli.evaluator.fingerprint", fingerprint.value(), fingerprint.shortForm()));
            }
            return ExitCode.OK;
        }
    }

    /** {@code evaluator import-key --id ID FILE.p12}: the evaluator's own certificate instead of a new one. */
    @Command(name = "import-key")
    static final class ImportKey extends BaseCommand {
        @Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
        String id;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "FILE.p12", descriptionKey = "cli.evaluator.p12")
        java.nio.file.Path file;

        ImportKey(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(AppContext context, CommonOptions options) {
            context.evaluators().require(id);
            context.keys().requireSecret();
            String p12 = env.env().get("TIPA_EVAL_P12_PASSWORD");
            char[] password = p12 != null ? p12.toCharArray()
                    : System.console() != null ? System.console().readPassword("%s", text("cli.evaluator.p12Prompt"))
                    : null;
            if (password == null) {
                throw new CliFailure(ExitCode.USAGE, text("cli.error.noSecret", "TIPA_EVAL_P12_PASSWORD"));
            }
            Fingerprint fingerprint = context.keys().importFrom(id, file, password);
            env.out().println(text("cli.evaluator.fingerprint", fingerprint.value(), fingerprint.shortForm()));
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
                        + m.evaluator().affiliation() + "  "
                        + context.keys().fingerprint(m.id()).map(Fingerprint::shortForm).orElse("-"));
            }
            return ExitCode.OK;
        }
    }
}
