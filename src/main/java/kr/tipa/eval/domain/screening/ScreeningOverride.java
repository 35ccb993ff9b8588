package kr.tipa.eval.domain.screening;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's screening decision (X01, or resolving NEEDS_REVIEW), kept with who, when and why.
 */
public record ScreeningOverride(
        String receiptNo, ScreeningStatus decision, String reason, String decidedBy, Instant decidedAt) {

    public ScreeningOverride {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (decision == ScreeningStatus.NEEDS_REVIEW) {
            throw new IllegalArgumentException("a person decides ELIGIBLE or INELIGIBLE");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a written reason");
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("an override needs the name of who made it");
        }
    }
}
