package kr.tipa.eval.cli;

import java.util.concurrent.Callable;
import kr.tipa.eval.app.AppContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on one data folder; it gets the folder's context and closes it afterwards. */
abstract class BaseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions localOptions;

    @Spec
    CommandSpec spec;

    protected final CliEnvironment env;

    protected BaseCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        CommonOptions options = options();
        try (AppContext context = env.contexts().apply(env.folder(options))) {
            return run(context, options);
        }
    }

    /** The options given after the command's name, completed by those given before it. */
    protected CommonOptions options() {
        Object root = spec.root().userObject();
        return root instanceof RootCommand r ? localOptions.orElse(r.options) : localOptions;
    }

    protected abstract int run(AppContext context, CommonOptions options) throws Exception;

    /** The round the command works on; a folder without a database has none. */
    protected kr.tipa.eval.model.Round requireRound(AppContext context, CommonOptions options) {
        if (!context.hasDatabase()) {
            throw new CliFailure(ExitCode.OTHER, text("cli.error.noRound"));
        }
        return context.rounds().require(options.program);
    }

    protected String text(String key, Object... args) {
        return env.messages().get(key, args);
    }
}
