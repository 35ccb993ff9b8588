package kr.tipa.eval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tipa-eval}: with no command, opens the window; with one bundle file (what a desktop passes when
 * a {@code .tbundle} is double-clicked), opens the window and imports it.
 */
@Command(name = "tipa-eval", mixinStandardHelpOptions = true, version = "tipa-eval 0.1",
        resourceBundle = "i18n.messages", sortOptions = false,
        subcommands = {ImportCommand.class, ScreenCommand.class, OverrideCommand.class, EvaluatorCommand.class,
            ConflictCommand.class, PledgeCommand.class, ScoresCommand.class, SheetCommand.class, VerifyCommand.class, ResultsCommand.class,
            ChairCommands.Finalise.class, ChairCommands.Exclude.class, ChairCommands.Acknowledge.class,
            ChairCommands.Audit.class, AppealCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class,
            RoundCommands.class, BenchCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--demo", descriptionKey = "cli.option.demo")
    boolean demo;

    @Parameters(arity = "0..1", paramLabel = "BUNDLE", descriptionKey = "cli.param.openBundle")
    Path bundle;

    private final WindowOpener window;

    /** Opens the desktop window, importing {@code bundle} when it is not null; returns its exit status. */
    @FunctionalInterface
    public interface WindowOpener {
        int open(CommonOptions options, boolean demo, Path bundle);
    }

    private final kr.tipa.eval.i18n.Messages messages;

    public RootCommand(WindowOpener window, kr.tipa.eval.i18n.Messages messages) {
        this.window = window;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (bundle != null) {
            // A mistyped command must not be taken for a file: only an existing bundle opens the window.
            String name = bundle.getFileName() == null ? "" : bundle.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".tbundle") || name.endsWith(".zip")) || !Files.isRegularFile(bundle)) {
                throw new CliFailure(ExitCode.USAGE, messages.get("cli.error.notABundleOrCommand", bundle));
            }
        }
        return window.open(options, demo, bundle == null ? null : bundle.toAbsolutePath());
    }
}
