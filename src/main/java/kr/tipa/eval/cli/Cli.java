package kr.tipa.eval.cli;

import java.lang.reflect.Constructor;
import kr.tipa.eval.bundle.BundleIntegrityException;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.service.NewVersionRequiredException;
import kr.tipa.eval.service.IntegrityException;
import kr.tipa.eval.service.NoRoundException;
import kr.tipa.eval.security.SecretUnavailableException;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.UnknownApplicationException;
import kr.tipa.eval.model.StorageException;
import kr.tipa.eval.model.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs one command line: parses it, runs the command, and maps what went wrong to the exit status of
 * cli.md with a message in the user's language on standard error (never a stack trace).
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final CliEnvironment env;
    private final RootCommand.WindowOpener window;

    public Cli(CliEnvironment env, RootCommand.WindowOpener window) {
        this.env = env;
        this.window = window;
    }

    public int run(String... args) {
        CommandLine line = commandLine();
        try {
            return line.execute(args);
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    /** The command tree as {@link #run} executes it; tests hold the documentation against it. */
    CommandLine commandLine() {
        CommandLine line = new CommandLine(new RootCommand(window, env.messages()), new Factory());
        line.setResourceBundle(env.messages().resourceBundle());
        describe(line);
        line.setOut(env.out());
        line.setErr(env.err());
        line.setCaseInsensitiveEnumValuesAllowed(false);
        line.setParameterExceptionHandler((e, args1) -> {
            env.err().println(env.messages().get("cli.error.usage", e.getMessage()));
            e.getCommandLine().usage(env.err());
            return ExitCode.USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e));
        return line;
    }

    /** Command descriptions in the user's language, keyed {@code cli.<qualified name>.description}. */
    private void describe(CommandLine line) {
        // Every command answers --help (and -h), not only the root.
        line.getCommandSpec().mixinStandardHelpOptions(true);
        String key = "cli." + line.getCommandSpec().qualifiedName(".").replaceFirst("^tipa-eval\\.?", "");
        key = key.endsWith(".") ? key + "description" : key + ".description";
        if (env.messages().has(key)) {
            line.getCommandSpec().usageMessage().description(env.messages().get(key));
        }
        line.getSubcommands().values().forEach(this::describe);
    }

    private int failure(Exception e) {
        if (e instanceof CliFailure failure) {
            env.err().println(failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof NewVersionRequiredException newVersion) {
            env.err().println(env.messages().get("cli.error.refused"));
            env.err().println(newVersion.render(env.messages()));
            env.err().println(env.messages().get("cli.import.newVersionHint"));
            return ExitCode.REFUSED;
        }
        if (e instanceof BundleIntegrityException integrity) {
            env.err().println(env.messages().get("cli.error.bundleIntegrity"));
            printCapped(integrity.problems().stream().map(p -> p.render(env.messages())).toList());
            return ExitCode.INTEGRITY;
        }
        if (e instanceof BundleRefusedException refused) {
            env.err().println(env.messages().get("cli.error.refused"));
            printCapped(refused.problems().stream().map(p -> p.render(env.messages())).toList());
            return ExitCode.REFUSED;
        }
        if (e instanceof SecretUnavailableException) {
            env.err().println(env.messages().get("cli.error.noSecret", "TIPA_EVAL_PASSWORD"));
            return ExitCode.USAGE;
        }
        if (e instanceof IntegrityException integrity) {
            printCapped(integrity.reasons().stream().map(r -> r.render(env.messages())).toList());
            return ExitCode.INTEGRITY;
        }
        if (e instanceof RefusedException refused) {
            env.err().println(env.messages().get("cli.error.refusedInput"));
            printCapped(refused.reasons().stream().map(r -> r.render(env.messages())).toList());
            return ExitCode.REFUSED;
        }
        if (e instanceof UnknownApplicationException unknown) {
            env.err().println(env.messages().get("cli.error.unknownApplication", unknown.receiptNo()));
            return ExitCode.REFUSED;
        }
        if (e instanceof NoRoundException noRound) {
            env.err().println(noRound.programCode() == null ? env.messages().get("cli.error.noRound")
                    : env.messages().get("cli.error.noSuchRound", noRound.programCode()));
            return ExitCode.OTHER;
        }
        if (e instanceof WrongPasswordException) {
            env.err().println(env.messages().get("cli.error.wrongPassword"));
            return ExitCode.USAGE;
        }
        if (e instanceof StorageException storage) {
            LOG.warn("storage failure", storage);
            env.err().println(storageMessage(storage));
            return ExitCode.OTHER;
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            env.err().println(env.messages().get("cli.error.noFile", missing.getFile()));
            return ExitCode.OTHER;
        }
        LOG.error("command failed", e);
        env.err().println(env.messages().get("cli.error.unexpected", e.getClass().getSimpleName(),
                String.valueOf(e.getMessage())));
        return ExitCode.OTHER;
    }

    /** Every reason up to a screenful, then how many more there are. */
    private void printCapped(java.util.List<String> lines) {
        int shown = Math.min(lines.size(), MAX_LINES);
        lines.subList(0, shown).forEach(env.err()::println);
        if (lines.size() > shown) {
            env.err().println(env.messages().get("cli.error.more", lines.size() - shown));
        }
    }

    private static final int MAX_LINES = 30;

    private String storageMessage(StorageException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("already in use") || text.contains("90020")) {
            return env.messages().get("cli.error.databaseLocked");
        }
        return env.messages().get("cli.error.storage", text);
    }

    /** Builds commands with the environment they need. */
    private final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == CliEnvironment.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(env));
                }
            }
            return fallback.create(type);
        }
    }
}
