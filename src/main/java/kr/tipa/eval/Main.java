package kr.tipa.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import kr.tipa.eval.cli.Cli;
import kr.tipa.eval.cli.CliEnvironment;
import kr.tipa.eval.ui.WindowLauncher;

/**
 * The launcher's entry point: no arguments open the window, arguments run a command (cli.md). Not a
 * JavaFX Application itself, so the class path launch works without the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliEnvironment env = CliEnvironment.system(out, err);
        int status = new Cli(env, (options, demo, bundle) -> WindowLauncher.open(env, options, demo, bundle)).run(args);
        System.exit(status);
    }
}
