package kr.tipa.eval.bundle;

import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.i18n.Localizable;

/** Collects a bundle's problems so that one refusal lists them all, up to a limit. */
final class Problems {

    /** Thrown when enough problems are known to stop reading. */
    static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    private final List<BundleProblem> list = new ArrayList<>();
    private final int limit;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(String file, String field, String key, Object... args) {
        list.add(new BundleProblem(file, field, Localizable.of(key, args)));
        if (list.size() >= limit) {
            throw new TooMany();
        }
    }

    int count() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() throws BundleRefusedException {
        if (!list.isEmpty()) {
            throw new BundleRefusedException(list);
        }
    }

    List<BundleProblem> all() {
        return List.copyOf(list);
    }
}
