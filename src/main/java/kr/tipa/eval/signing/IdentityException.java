package kr.tipa.eval.signing;

import java.util.List;
import kr.tipa.eval.i18n.Localizable;

/** An identity could not be loaded or imported; {@link #problem()} says why in terms a screen can act on. */
public final class IdentityException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The password does not open the file (or its key). Args: the file. */
        WRONG_PASSWORD("signing.identity.wrongPassword"),
        /** Not a PKCS#12 file, or a damaged one. */
        NOT_A_KEYSTORE("signing.identity.notKeystore"),
        /** Only certificates inside: nothing to sign with. */
        NO_PRIVATE_KEY("signing.identity.noPrivateKey"),
        /** Keys inside, but none is an RSA key whose certificate allows signatures. */
        NOT_SIGNING_CAPABLE("signing.identity.notSigningCapable"),
        /** The signing certificate's validity has ended. Args: its notBefore and notAfter, in Korea time. */
        EXPIRED("signing.identity.expired"),
        /** The signing certificate's validity has not begun. Args: its notBefore and notAfter, in Korea time. */
        NOT_YET_VALID("signing.identity.notYetValid"),
        /** A 공동인증서 on disk could not be used; the message is the NPKI reader's. */
        NPKI_UNUSABLE("signing.npki.unusable"),
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
    private final String messageKey;
    private final transient List<Object> args;

    IdentityException(Problem problem, Throwable cause, Object... args) {
        this(problem, problem.key(), cause, args);
    }

    /** A problem told in a more precise message than the problem's own (e.g. the NPKI reader's). */
    IdentityException(Problem problem, String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.problem = problem;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    IdentityException(Problem problem, Object... args) {
        this(problem, null, args);
    }

    public Problem problem() {
        return problem;
    }

    public Localizable message() {
        return new Localizable(messageKey, args);
    }
}
