package kr.tipa.eval.bundle;

import java.util.Objects;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;

/**
 * One fault of a bundle, naming the file (its path inside the ZIP, or the bundle itself) and the
 * field (a JSON path such as {@code company.businessRegistrationNo}, or empty).
 */
public record BundleProblem(String file, String field, Localizable message) {

    public BundleProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    public String render(Messages messages) {
        String where = field.isEmpty() ? file : messages.get("bundle.problem.where", file, field);
        return where + ": " + message.render(messages);
    }
}
