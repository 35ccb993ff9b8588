package kr.tipa.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.app.DataFolders;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.security.SecretSource;

/**
 * What commands receive from outside: streams, language, environment, how to open a data folder, and the
 * console to ask a question on.
 */
public record CliEnvironment(
        PrintWriter out,
        PrintWriter err,
        Messages messages,
        Map<String, String> env,
        Clock clock,
        Function<Path, AppContext> contexts,
        boolean interactive,
        Prompt prompt) {

    /** Asks the person at the console a question and reads their one-line answer. */
    @FunctionalInterface
    public interface Prompt {
        /** Nobody to ask: every question goes unanswered. */
        Prompt NONE = question -> Optional.empty();

        /** The answer, or empty when there is no console (or it was closed). */
        Optional<String> ask(String question);
    }

    /** With no console to ask on. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Messages messages, Map<String, String> env, Clock clock,
            Function<Path, AppContext> contexts, boolean interactive) {
        this(out, err, messages, env, clock, contexts, interactive, Prompt.NONE);
    }

    public static CliEnvironment system(PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forUser();
        Clock clock = Clock.systemDefaultZone();
        Map<String, String> env = System.getenv();
        SecretSource secrets = SecretSource.remembering(new ConsoleSecrets(env, messages, err));
        return new CliEnvironment(out, err, messages, env, clock,
                folder -> new AppContext(folder, messages, clock, secrets), System.console() != null,
                question -> Optional.ofNullable(System.console()).map(c -> c.readLine("%s", question)));
    }

    public Path folder(CommonOptions options) {
        return options.db != null ? options.db : DataFolders.defaultFolder();
    }

    /** The name recorded as the actor of what a command does, when none is given. */
    public String user() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "cli" : name;
    }
}
