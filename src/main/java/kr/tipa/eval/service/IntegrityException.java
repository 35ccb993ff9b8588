package kr.tipa.eval.service;

import java.util.List;
import kr.tipa.eval.i18n.Localizable;

/** A signature does not hold, a file was changed, or a certificate is not the one pinned. Commands exit 3. */
public final class IntegrityException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public IntegrityException(List<Localizable> reasons) {
        super(reasons);
    }

    public IntegrityException(String key, Object... args) {
        super(key, args);
    }
}
