package kr.tipa.eval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.i18n.Messages;

/** Runs commands in this JVM with captured output, as the launcher would run them. */
public final class CliRunner {

    /** One command's exit status and output. */
    public record Result(int exit, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();
    /** What the person at the console types, one answer per question; none: there is no console. */
    private final java.util.Deque<String> answers = new java.util.ArrayDeque<>();
    private final java.util.List<String> questions = new java.util.ArrayList<>();
    private final java.util.List<Path> windows = new java.util.ArrayList<>();
    private final Messages messages;

    public CliRunner(Locale locale) {
        this.messages = new Messages(locale);
    }

    public CliRunner() {
        this(Locale.KOREAN);
    }

    /** A runner whose commands have the password, as scripted panels do. */
    public static CliRunner withPassword() {
        return new CliRunner().env("TIPA_EVAL_PASSWORD", "test-password");
    }

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A console on which these answers are typed, one per question asked, in order. */
    public CliRunner answering(String... typed) {
        answers.addAll(List.of(typed));
        return this;
    }

    /** The questions asked on the console so far. */
    public java.util.List<String> questions() {
        return questions;
    }

    /** The bundles the window would have opened with, one entry per opened window ("" for none). */
    public java.util.List<Path> windowsOpened() {
        return windows;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli(out, err).run(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The real command tree these commands run in (its output goes nowhere). */
    public picocli.CommandLine commandLine() {
        return cli(new StringWriter(), new StringWriter()).commandLine();
    }

    private Cli cli(StringWriter out, StringWriter err) {
        Clock clock = Clock.systemDefaultZone();
        PrintWriter errors = new PrintWriter(err, true);
        Map<String, String> variables = Map.copyOf(env);
        ConsoleSecrets secrets = new ConsoleSecrets(variables, messages, errors);
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out, true), errors, messages, variables, clock,
                (Path folder) -> new AppContext(folder, messages, clock, secrets), false, question -> {
                    questions.add(question);
                    return java.util.Optional.ofNullable(answers.poll());
                });
        return new Cli(environment, (options, demo, bundle) -> {
            windows.add(bundle == null ? Path.of("") : bundle);
            return ExitCode.OK;
        });
    }
}
