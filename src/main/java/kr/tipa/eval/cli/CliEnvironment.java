package kr.tipa.eval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.app.DataFolders;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.security.SecretSource;

/** What commands receive from outside: streams, language, environment, and how to open a data folder. */
public record CliEnvironment(
        PrintWriter out,
        PrintWriter err,
        Messages messages,
        Map<String, String> env,
        Clock clock,
        Function<Path, AppContext> contexts,
        boolean interactive) {

    public static CliEnvironment system(PrintWriter out, PrintWriter err) {
        Messages messages = Messages.forUser();
        Clock clock = Clock.systemDefaultZone();
        Map<String, String> env = System.getenv();
        SecretSource secrets = SecretSource.remembering(new ConsoleSecrets(env, messages, err));
        return new CliEnvironment(out, err, messages, env, clock,
                folder -> new AppContext(folder, messages, clock, secrets), System.console() != null);
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
