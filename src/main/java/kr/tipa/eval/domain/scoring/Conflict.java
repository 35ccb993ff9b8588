package kr.tipa.eval.domain.scoring;

import java.time.Instant;
import java.util.Objects;

/** A declared conflict of interest (회피): the evaluator scores nothing on the application. */
public record Conflict(String receiptNo, String evaluatorId, String reason, Instant declaredAt) {
    public Conflict {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(declaredAt, "declaredAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a conflict needs a reason");
        }
    }
}
