package kr.tipa.eval.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Screen and message text from {@code i18n/messages.properties} (Korean, the fallback) and
 * {@code messages_en.properties}. Korean first: any language other than English reads Korean.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
        // Without the no-fallback control an English system locale would shadow Korean.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The user's language: {@code TIPA_EVAL_LANG} (ko/en) when set, else the system's.
     */
    public static Messages forUser() {
        return forEnvironment(System.getenv(), Locale.getDefault());
    }

    /**
     * {@code TIPA_EVAL_LANG} first; else the system language, except that a POSIX "C" locale (no language
     * chosen at all, as on many servers and fresh installs) counts as no choice, and Korean is the default.
     */
    static Messages forEnvironment(java.util.Map<String, String> env, Locale systemDefault) {
        String chosen = env.get("TIPA_EVAL_LANG");
        if (chosen != null && !chosen.isBlank()) {
            return new Messages(Locale.forLanguageTag(chosen.strip()));
        }
        String posix = firstSet(env, "LC_ALL", "LC_MESSAGES", "LANG");
        boolean unix = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (unix && (posix == null || posix.equals("C") || posix.startsWith("C.") || posix.equals("POSIX"))) {
            return new Messages(Locale.KOREAN);
        }
        return new Messages(systemDefault);
    }

    private static String firstSet(java.util.Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    public static Messages korean() {
        return new Messages(Locale.KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle resourceBundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
