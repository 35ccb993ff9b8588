package kr.tipa.eval.viewer;

import java.util.List;
import java.util.Objects;
import kr.tipa.eval.i18n.Localizable;

/**
 * A document that cannot be shown, and why. Never an exception: the viewer shows the reason and offers
 * "open with the system viewer".
 *
 * @param reason a {@code viewer.reason.*} message with its arguments (see {@link Reasons})
 * @param detail technical detail for a "details" line and the log (an exception message); "" when none
 */
public record UnreadableDocument(String fileName, Localizable reason, String detail) implements RenderedDocument {

    public UnreadableDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static UnreadableDocument of(String fileName, String reasonKey, String detail, Object... args) {
        return new UnreadableDocument(fileName, new Localizable(reasonKey, List.of(args)), detail);
    }

    public String reasonKey() {
        return reason.key();
    }
}
