package kr.tipa.eval.service;

import java.util.List;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;

/**
 * A person's input was refused (a score above the maximum, a CSV row that names no application, a
 * submission of an incomplete sheet ...). Nothing was written. Commands exit 2 on it.
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Localizable> reasons;

    public RefusedException(List<Localizable> reasons) {
        super(reasons.isEmpty() ? "refused" : reasons.get(0).render(Messages.korean()), null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    public RefusedException(String key, Object... args) {
        this(List.of(Localizable.of(key, args)));
    }

    public List<Localizable> reasons() {
        return reasons;
    }

    public String render(Messages messages) {
        StringBuilder text = new StringBuilder();
        for (Localizable reason : reasons) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(reason.render(messages));
        }
        return text.toString();
    }
}
