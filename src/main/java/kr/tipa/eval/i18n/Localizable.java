package kr.tipa.eval.i18n;

import java.util.Arrays;
import java.util.List;

/** A message that is rendered in the user's language only where it is shown. */
public record Localizable(String key, List<Object> args) {

    public static Localizable of(String key, Object... args) {
        return new Localizable(key, Arrays.asList(args));
    }

    public String render(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
