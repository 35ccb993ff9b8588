package kr.tipa.eval.signing;

import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;

/** A workbook could not be signed; the target was not touched. */
public final class SigningException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The source is not a workbook we accept (see {@link #refusal()} for why). */
        NOT_A_WORKBOOK("signing.sign.notWorkbook"),
        /** Signing itself failed (a key POI cannot use, an I/O error). */
        FAILED("signing.sign.failed"),
        /** The signed result would not verify (e.g. it has parts Office signatures leave out). */
        NOT_VERIFIABLE("signing.sign.notVerifiable");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final transient VerificationResult refusal;

    SigningException(Problem problem, VerificationResult refusal, Throwable cause) {
        super(problem.key() + (refusal == null ? "" : " (" + refusal.reason().key() + " " + refusal.detail() + ")"),
                cause);
        this.problem = problem;
        this.refusal = refusal;
    }

    public Problem problem() {
        return problem;
    }

    /** For {@link Problem#NOT_A_WORKBOOK} and {@link Problem#NOT_VERIFIABLE}: what the check found. */
    public Optional<VerificationResult> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The problem in words, with the finding behind it when there is one. */
    public String render(Messages messages) {
        String detail;
        if (refusal != null) {
            detail = refusal.message().map(m -> m.render(messages)).orElse("");
        } else if (getCause() != null) {
            detail = Objects.toString(getCause().getMessage(), getCause().getClass().getSimpleName());
        } else {
            detail = "";
        }
        return Localizable.of(problem.key(), detail).render(messages);
    }
}
