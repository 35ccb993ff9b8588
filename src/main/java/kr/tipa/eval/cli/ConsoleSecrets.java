package kr.tipa.eval.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.security.SecretSource;
import kr.tipa.eval.security.SecretUnavailableException;

/** cli.md: the secret comes from {@code TIPA_EVAL_PASSWORD}, else the console; with neither, exit 1. */
final class ConsoleSecrets implements SecretSource {

    static final String VARIABLE = "TIPA_EVAL_PASSWORD";

    private final Map<String, String> env;
    private final Messages messages;
    private final PrintWriter err;

    ConsoleSecrets(Map<String, String> env, Messages messages, PrintWriter err) {
        this.env = env;
        this.messages = messages;
        this.err = err;
    }

    @Override
    public char[] secret() {
        String value = env.get(VARIABLE);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", messages.get("cli.secret.prompt"));
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        err.flush();
        throw new SecretUnavailableException();
    }
}
