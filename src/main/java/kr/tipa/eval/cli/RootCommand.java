package kr.tipa.eval.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tipa-eval}: with no command, opens the window. */
@Command(name = "tipa-eval", mixinStandardHelpOptions = true, version = "tipa-eval 0.1",
        resourceBundle = "i18n.messages", sortOptions = false,
        subcommands = {ImportCommand.class, ScreenCommand.class, OverrideCommand.class, EvaluatorCommand.class,
            ConflictCommand.class, ScoresCommand.class, SheetCommand.class, VerifyCommand.class, ResultsCommand.class,
            ChairCommands.Finalise.class, ChairCommands.Exclude.class, ChairCommands.Acknowledge.class,
            ChairCommands.Audit.class, AppealCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class,
            BenchCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--demo", descriptionKey = "cli.option.demo")
    boolean demo;

    private final WindowOpener window;

    /** Opens the desktop window; returns its exit status. */
    @FunctionalInterface
    public interface WindowOpener {
        int open(CommonOptions options, boolean demo);
    }

    public RootCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.open(options, demo);
    }
}
