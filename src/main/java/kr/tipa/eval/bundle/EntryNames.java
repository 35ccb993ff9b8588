package kr.tipa.eval.bundle;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for names inside a bundle: relative, {@code /}-separated, no {@code ..} segment, no
 * leading {@code /}, no drive letter, no backslash, no control characters.
 */
final class EntryNames {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    /** The message key of the rule the name breaks, if any. */
    static Optional<String> refusal(String name) {
        if (name.isEmpty()) {
            return Optional.of("bundle.entry.empty");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("bundle.entry.backslash");
        }
        if (name.startsWith("/")) {
            return Optional.of("bundle.entry.absolute");
        }
        if (DRIVE.matcher(name).matches()) {
            return Optional.of("bundle.entry.drive");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("bundle.entry.parent");
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return Optional.of("bundle.entry.control");
            }
        }
        return Optional.empty();
    }

    /** Names are compared in NFC: archives made on macOS decompose Hangul. */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
