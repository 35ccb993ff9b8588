package kr.tipa.eval.domain.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * A conflict of interest: the evaluator scores nothing on the application. Either the evaluator declared
 * it (회피), or the agency did ({@code byAgency}: 제척 that arrived with the round, which no member can undo).
 */
public record Conflict(String receiptNo, String evaluatorId, String reason, Instant declaredAt, boolean byAgency) {
    public Conflict {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(declaredAt, "declaredAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a conflict needs a reason");
        }
    }

    /** A conflict the evaluator declared (회피). */
    public Conflict(String receiptNo, String evaluatorId, String reason, Instant declaredAt) {
        this(receiptNo, evaluatorId, reason, declaredAt, false);
    }
}
