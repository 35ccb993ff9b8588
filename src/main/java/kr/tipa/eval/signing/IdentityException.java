package kr.tipa.eval.signing;

import java.util.List;
import kr.tipa.eval.i18n.Localizable;

/** An identity could not be loaded or imported; {@link #problem()} says why in terms a screen can act on. */
public final class IdentityException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The password does not open the file (or its key). */
        WRONG_PASSWORD("signing.identity.wrongPassword"),
        /** Not a PKCS#12 file, or a damaged one. */
        NOT_A_KEYSTORE("signing.identity.notKeystore"),
        /** Only certificates inside: nothing to sign with. */
        NO_PRIVATE_KEY("signing.identity.noPrivateKey"),
        /** Keys inside, but none is an RSA key whose certificate allows signatures. */
        NOT_SIGNING_CAPABLE("signing.identity.notSigningCapable"),
        /** The signing certificate's validity has ended. */
        EXPIRED("signing.identity.expired"),
        /** The file could not be read at all. */
        UNREADABLE("signing.identity.unreadable");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final transient List<Object> args;

    IdentityException(Problem problem, Throwable cause, Object... args) {
        super(problem.key(), cause);
        this.problem = problem;
        this.args = List.of(args);
    }

    IdentityException(Problem problem, Object... args) {
        this(problem, null, args);
    }

    public Problem problem() {
        return problem;
    }

    public Localizable message() {
        return new Localizable(problem.key(), args);
    }
}
